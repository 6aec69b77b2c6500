import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadWrites } from '../../src/db/write/runWrite';
import { planWrite } from '../../src/graph';
import { readPlanFile } from '../../src/ingest';
import { PARSER_VERSION } from '../../src/manage/planScript';
import { writeCorpus, type Scale } from '../corpus/corpus';
import { BENCH_BOLT_PORT, BENCH_HOME, resetDatabase, startBenchDb, variantOf, type BenchDb } from '../db';
import { option } from '../argv';
import { cpuSecondsOf, loadAverage, median } from '../stats';
import { layoutFor } from '../../src/localNeo4j/layout';

// Neo4j settings and group sizes compared in one run: a bench instance per settings variant (all
// started first, each warmed by one discarded load), then whole-corpus loads from scratch, every
// variant in turn, run after run.
//   npx tsx bench/ingest/settingsLoad.ts --scale large --runs 3 \
//     --servers 'default;db.tx_state.memory_allocation=OFF_HEAP' --ports 7797,7792 --groups 50000,100000
// A server variant is `default` or `,`-separated neo4j.conf lines, JVM flags (those start with -) and `heap=<size>`
// (the JVM heap, instead of BENCH_NEO4J_HEAP); a collector flag (-XX:+UseParallelGC) replaces G1.
// The first variant runs on the bench's own home and port, the others on <home>-<i> and the next ports.

const log = (line: string) => process.stderr.write(`[settings] ${line}\n`);
/** Seconds of stop-the-world pauses Neo4j logged (debug.log, VmPauseMonitor) since byte `from` of its log. */
const debugLog = (home: string) => path.join(home, 'logs', 'debug.log');
const logSize = (home: string) => statSync(debugLog(home)).size;
function pausesSince(home: string, from: number): number {
  const size = logSize(home) - from;
  const buf = Buffer.alloc(Math.max(0, size));
  const fd = openSync(debugLog(home), 'r');
  readSync(fd, buf, 0, size, from);
  closeSync(fd);
  const ms = [...buf.toString('utf8').matchAll(/stop-the-world pause: \{pauseTime=(\d+)/g)].map((m) => Number(m[1]));
  return ms.reduce((a, b) => a + b, 0) / 1000;
}
/**
 * Every collection's pause from the JVM's own GC log (`-Xlog:gc`, added to every variant): count and seconds since byte
 * `from`. VmPauseMonitor (above) logs only pauses it notices (over ~100 ms), so many short ones add up unseen there.
 */
const gcLog = (home: string) => path.join(home, 'logs', 'gc.log');
const gcLogSize = (home: string) => statSync(gcLog(home)).size;
function gcSince(home: string, from: number): { count: number; seconds: number } {
  const text = readFileSync(gcLog(home)).subarray(from).toString('utf8');
  const ms = [...text.matchAll(/\] GC\(\d+\) Pause .* (\d+\.\d+)ms$/gm)].map((m) => Number(m[1]));
  return { count: ms.length, seconds: ms.reduce((a, b) => a + b, 0) / 1000 };
}

async function main(): Promise<void> {
  const scale = option('scale', 'large') as Scale;
  const corpus = writeCorpus(scale, path.join(__dirname, '..', 'work', 'corpus', scale));
  const limit = Number(option('plans', String(corpus.length)));
  const runs = Number(option('runs', '3'));
  const servers = option('servers', 'default').split(';');
  const ports = option('ports', String(BENCH_BOLT_PORT)).split(',').map(Number);
  const groups = option('groups', '50000').split(',').map(Number);
  const writes = corpus.slice(0, limit).map((p) => planWrite(readPlanFile(p.file), { parserVersion: PARSER_VERSION }));
  const loads = writes.map((w) => ({ write: w, script: { file: `${w.planId}.cypher`, sha256: w.revision } }));
  const dbs: BenchDb[] = [];
  const figures = new Map<string, number[]>();
  const load = async (db: BenchDb, groupRows: number) => {
    await resetDatabase(db.executor);
    const log0 = logSize(db.server.home);
    const gc0 = gcLogSize(db.server.home);
    const cpu0 = cpuSecondsOf(db.server.pid);
    const t0 = performance.now();
    const results = await loadWrites(db.executor, loads, { by: 'bench', groupRows });
    const seconds = (performance.now() - t0) / 1000;
    const perTx = new Map(results.map((r) => [r.group?.id ?? r.loadId, r.counters]));
    const written = [...perTx.values()].reduce((n, c) => n + c.nodesCreated + c.relationshipsCreated, 0);
    const cpu = cpuSecondsOf(db.server.pid) - cpu0;
    const gc = gcSince(db.server.home, gc0);
    return { seconds, written, transactions: perTx.size, cpu, paused: pausesSince(db.server.home, log0), gc };
  };
  try {
    for (const [i, spec] of servers.entries()) {
      const home = i === 0 ? BENCH_HOME : `${BENCH_HOME}-${i}`;
      const variant = variantOf(spec, home, ports[i] ?? BENCH_BOLT_PORT + i);
      variant.jvm = [...(variant.jvm ?? []), `-Xlog:gc:file=${path.join(layoutFor(home).logs, 'gc.log')}`];
      const db = await startBenchDb(log, variant);
      dbs.push(db);
      const warm = await load(db, groups[0] ?? 50_000);
      log(
        `server ${i} (${spec}) warmed: ${(warm.written / warm.seconds).toFixed(0)}/s in ${warm.seconds.toFixed(2)} s`,
      );
    }
    for (let run = 1; run <= runs; run++)
      for (const [i, db] of dbs.entries())
        for (const groupRows of groups) {
          const name = `${servers[i]} @${groupRows}`;
          const r = await load(db, groupRows);
          const { cpu, paused, gc } = r;
          figures.set(name, [...(figures.get(name) ?? []), r.written / r.seconds]);
          log(
            `run ${run} ${name}: ${r.written} nodes+rels in ${r.transactions} transactions, ${r.seconds.toFixed(2)} s = ` +
              `${(r.written / r.seconds).toFixed(0)}/s; neo4j CPU ${cpu.toFixed(1)} s, VM pauses ${paused.toFixed(1)} s, ` +
              `GC ${gc.count} pauses ${gc.seconds.toFixed(2)} s; load avg ${loadAverage()}`,
          );
        }
    for (const [name, rates] of figures)
      log(`${name}: median ${median(rates).toFixed(0)} nodes+rels/s (${rates.map((r) => r.toFixed(0)).join(', ')})`);
  } finally {
    for (const db of dbs) await db.stop();
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
