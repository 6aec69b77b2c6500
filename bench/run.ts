import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { writeCorpus, type Scale } from './corpus/corpus';
import { parseCorpus } from './corpus/verify';
import { startBenchDb, type BenchDb } from './db';
import { loadCorpus, measureIngest } from './ingest/ingest';
import { measureQueries, SERVERS, type Server } from './load/queries';
import { RESULTS_DIR, writeReport, type ScaleResult } from './report/report';

// `npm run bench -- --help` lists the options; bench/README.md says what each measures.

interface Options {
  scale: Scale | 'all';
  runs: number;
  seconds?: number;
  seconds50?: number;
  loadRuns?: number;
  naiveLimit?: number;
  only: 'all' | 'ingest' | 'queries';
  stories?: string[];
  clients: number[];
  servers?: Server[];
  load: boolean;
  out?: string;
}

const integer = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
};
const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const program = new Command('bench')
  .addOption(new Option('--scale <scale>', 'corpus size').choices(['small', 'medium', 'large', 'all']).default('small'))
  .option('--runs <n>', 'runs per measurement', integer, 3)
  .option('--seconds <s>', 'seconds per query run (default 1 at small scale, 2 otherwise)', integer)
  .option('--seconds-50 <s>', 'seconds per query run at 50 clients (default: --seconds)', integer)
  .option('--load-runs <n>', 'load runs per mode (default 1 at large scale, 3 otherwise)', integer)
  .option('--naive-limit <n>', 'plans in the naive/batched load comparison (default 5 at small, 40 otherwise)', integer)
  .addOption(
    new Option('--only <part>', 'measure only the ingest or only the queries; the other keeps its last figures')
      .choices(['all', 'ingest', 'queries'])
      .default('all'),
  )
  .option('--stories <names>', 'comma-separated story names (default: all five)', list)
  .option('--clients <n,n>', 'client counts', (v) => list(v).map(integer), [1, 10, 50])
  .option('--servers <names>', `comma-separated servers (default: ${SERVERS.join(',')})`, (v) => list(v) as Server[])
  .option('--no-load', 'with --only queries: query the bench database as an earlier run of the same scale left it')
  .option('--out <dir>', 'write results here instead of bench/results (for partial runs)');

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The last results of a scale, whose ingest or query figures a partial run keeps. */
function previousResult(dir: string, scale: Scale): ScaleResult | null {
  const file = path.join(dir, `${scale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ScaleResult) : null;
}

async function benchScale(db: BenchDb, scale: Scale, opts: Options, dir: string): Promise<ScaleResult> {
  const corpus = writeCorpus(scale, path.join(__dirname, 'work', 'corpus', scale));
  parseCorpus(corpus);
  log(`${scale}: ${corpus.length} plans generated and verified`);
  // A run into --out keeps bench/results' figures when it has none of its own.
  const previous = previousResult(dir, scale) ?? previousResult(RESULTS_DIR, scale);
  const date = new Date().toISOString();
  let ingest = previous?.ingest;
  if (opts.only === 'queries') {
    if (opts.load) await loadCorpus(db.executor, corpus, log);
  } else {
    ingest = await measureIngest(db.executor, corpus, {
      runs: opts.runs,
      loadRuns: opts.loadRuns ?? (scale === 'large' ? 1 : 3),
      naiveLimit: opts.naiveLimit ?? (scale === 'small' ? 5 : 40),
      log,
    });
  }
  if (!ingest) throw new Error(`--only queries keeps the last ingest figures of ${scale}, and there are none`);
  if (opts.only === 'ingest')
    // The query figures of the last full run stay in the report, with their own date.
    return {
      scale,
      date,
      ingest,
      queries: previous?.queries ?? [],
      queriesDate: previous?.queriesDate ?? previous?.date,
    };
  // One second per run keeps the small scale within a few minutes (45 runs per server).
  const seconds = opts.seconds ?? (scale === 'small' ? 1 : 2);
  const queries = await measureQueries(db.executor, {
    runs: opts.runs,
    seconds: (connections) => (connections >= 50 ? (opts.seconds50 ?? seconds) : seconds),
    connections: opts.clients,
    ...(opts.stories ? { stories: opts.stories } : {}),
    ...(opts.servers ? { servers: opts.servers } : {}),
    password: db.server.password,
    boltUri: db.server.uri,
    log,
  });
  return { scale, date, ingest, queries };
}

async function main(): Promise<void> {
  const opts = program.parse().opts<Options>();
  const unknown = opts.servers?.filter((s) => !SERVERS.includes(s)) ?? [];
  if (unknown.length > 0) program.error(`--servers: unknown ${unknown.join(', ')}`);
  const scales: Scale[] = opts.scale === 'all' ? ['small', 'medium', 'large'] : [opts.scale];
  const dir = opts.out ? path.resolve(opts.out) : RESULTS_DIR;
  const db = await startBenchDb(log);
  const stop = () => void db.stop().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    mkdirSync(dir, { recursive: true });
    for (const scale of scales) {
      const result = await benchScale(db, scale, opts, dir);
      writeFileSync(path.join(dir, `${scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
      process.stdout.write(await writeReport(db, dir));
    }
  } finally {
    await db.stop();
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
