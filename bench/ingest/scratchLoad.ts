import path from 'node:path';
import { alignPlans } from '../../src/align';
import { loadWrites } from '../../src/db/write/runWrite';
import { planWrite } from '../../src/graph';
import { readPlanFile } from '../../src/ingest';
import { PARSER_VERSION } from '../../src/manage/planScript';
import { writeCorpus, type Scale } from '../corpus/corpus';
import { resetDatabase, startBenchDb } from '../db';
import { secondsAsync } from '../stats';
import { option } from '../argv';

// A corpus loaded from scratch the way `npm start` loads it (plans merged up to 50k rows per
// transaction), with fresh plans' own items CREATEd (the loader's default) and, interleaved in the
// same run, with everything MERGEd (as before): `npx tsx bench/ingest/scratchLoad.ts --scale large
// [--runs 3] [--plans n] [--align] [--paths create,merge,create-no-fulltext]`. Prints nodes+rels/s
// per run and the medians. `create-no-fulltext` drops the full-text index first: what it costs a load.

const log = (line: string) => process.stderr.write(`[scratch] ${line}\n`);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const scale = option('scale', 'medium') as Scale;
  const corpus = writeCorpus(scale, path.join(__dirname, '..', 'work', 'corpus', scale));
  const limit = Number(option('plans', String(corpus.length)));
  const runs = Number(option('runs', '3'));
  const align = process.argv.includes('--align');
  const writes = corpus.slice(0, limit).map((p) => planWrite(readPlanFile(p.file), { parserVersion: PARSER_VERSION }));
  const loads = writes.map((w) => ({ write: w, script: { file: `${w.planId}.cypher`, sha256: w.revision } }));
  const db = await startBenchDb(log);
  type Path = 'create' | 'merge' | 'create-no-fulltext';
  const paths = option('paths', 'create,merge').split(',') as Path[];
  const figures = new Map<Path, number[]>();
  try {
    for (let i = 0; i < runs; i++) {
      for (const path of paths) {
        await resetDatabase(db.executor);
        if (path === 'create-no-fulltext') await db.executor.autoCommit('DROP INDEX plangraph_text IF EXISTS');
        const load = await secondsAsync(() =>
          loadWrites(db.executor, loads, { by: 'bench', createFresh: path !== 'merge' }),
        );
        // A group's records all carry the group's counters: count each transaction once.
        const perTransaction = new Map(load.value.map((r) => [r.group?.id ?? r.loadId, r.counters]));
        const written = [...perTransaction.values()].reduce((n, c) => n + c.nodesCreated + c.relationshipsCreated, 0);
        const aligned = align ? (await secondsAsync(() => alignPlans({ executor: db.executor }))).seconds : 0;
        figures.set(path, [...(figures.get(path) ?? []), written / load.seconds]);
        log(
          `run ${i + 1} ${path}: ${writes.length} plans, ${written} nodes+rels in ${load.seconds.toFixed(2)} s = ` +
            `${(written / load.seconds).toFixed(0)}/s${align ? `; aligned in ${aligned.toFixed(2)} s, load + align ${(load.seconds + aligned).toFixed(2)} s` : ''}`,
        );
      }
    }
    for (const [path, rates] of figures)
      log(`${path}: median ${median(rates).toFixed(0)} nodes+rels/s (${rates.map((r) => r.toFixed(0)).join(', ')})`);
  } finally {
    await db.stop();
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
