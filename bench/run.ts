import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus, type Scale } from './corpus/corpus';
import { parseCorpus } from './corpus/verify';
import { startBenchDb, type BenchDb } from './db';
import { measureIngest } from './ingest/ingest';
import { measureQueries } from './load/queries';
import { RESULTS_DIR, writeReport, type ScaleResult } from './report/report';

// `npm run bench -- --scale small|medium|large|all [--runs 3] [--seconds 2] [--naive-limit n] [--only ingest]`

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function benchScale(db: BenchDb, scale: Scale): Promise<ScaleResult> {
  const runs = Number(option('runs', '3'));
  const corpus = writeCorpus(scale, path.join(__dirname, 'work', 'corpus', scale));
  parseCorpus(corpus);
  log(`${scale}: ${corpus.length} plans generated and verified`);
  const ingest = await measureIngest(db.executor, corpus, {
    runs,
    loadRuns: Number(option('load-runs', scale === 'large' ? '1' : '3')),
    naiveLimit: Number(option('naive-limit', scale === 'small' ? '5' : '40')),
    log,
  });
  if (option('only', 'all') === 'ingest') {
    // The query figures of the last full run stay in the report, with their own date.
    const file = path.join(RESULTS_DIR, `${scale}.json`);
    const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ScaleResult) : null;
    return {
      scale,
      date: new Date().toISOString(),
      ingest,
      queries: previous?.queries ?? [],
      queriesDate: previous?.queriesDate ?? previous?.date,
    };
  }
  const queries = await measureQueries(db.executor, {
    runs,
    // One second per run keeps the small scale within a few minutes (45 runs per server).
    seconds: Number(option('seconds', scale === 'small' ? '1' : '2')),
    connections: [1, 10, 50],
    password: db.server.password,
    boltUri: db.server.uri,
    log,
  });
  return { scale, date: new Date().toISOString(), ingest, queries };
}

async function main(): Promise<void> {
  const wanted = option('scale', 'small');
  const scales: Scale[] = wanted === 'all' ? ['small', 'medium', 'large'] : [wanted as Scale];
  if (!scales.every((s) => ['small', 'medium', 'large'].includes(s)))
    throw new Error(`--scale must be small, medium, large or all, found ${wanted}`);
  const db = await startBenchDb(log);
  const stop = () => void db.stop().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    mkdirSync(RESULTS_DIR, { recursive: true });
    for (const scale of scales) {
      const result = await benchScale(db, scale);
      writeFileSync(path.join(RESULTS_DIR, `${scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
      process.stdout.write(await writeReport(db));
    }
  } finally {
    await db.stop();
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
