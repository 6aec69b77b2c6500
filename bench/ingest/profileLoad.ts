import path from 'node:path';
import neo4j, { type ProfiledPlan, type Transaction } from 'neo4j-driver';
import { PARSER_VERSION } from '../../src/manage/planScript';
import { batches } from '../../src/graph/script/unwind';
import { mergeWrites, type WriteStatement } from '../../src/graph/write';
import { planWrite } from '../../src/graph';
import { readPlanFile } from '../../src/ingest';
import { collapsed, KEEP_PLAN, SEND_ROWS } from '../../src/db/write/runWrite';
import { toParams } from '../../src/db/write/params';
import { writeCorpus, type Scale } from '../corpus/corpus';
import { resetDatabase, startBenchDb } from '../db';
import { option } from '../argv';

// Where a merged load spends its time, statement by statement: `npx tsx bench/ingest/profileLoad.ts
// --scale medium [--plans 40] [--paths merge,create]`. The first n plans of the bench corpus are merged as `npm start` and
// the bench merge them (one transaction), then sent one statement at a time (not pipelined, so each
// one's time is its own) on an emptied database; a second pass on an emptied database runs each
// statement under PROFILE for its db hits. The Executor does not expose plans, so this talks to
// the bench's Neo4j with the driver directly, the way bench/baseline does. Paths: `merge` sends
// every statement as a reload does; `create` sends a fresh plan's own items and links through
// their CREATE form, as the loader does for plans with nothing loaded (db/write/runWrite.ts).
// With both, each pass runs them one after the other, so their figures come from the same minutes.

const log = (line: string) => process.stderr.write(`[profile] ${line}\n`);

type Path = 'merge' | 'create';

interface Line {
  kind: string;
  path: Path;
  rows: number;
  /** Client-side ms of the statement in each run, planned as on a server's first load. */
  cold: number[];
  /** The same with its plan cached. */
  cached: number[];
  dbHits: number;
  operators: Map<string, number>;
}

function kindOf(s: WriteStatement): string {
  const first = s.cypher.split('\n').find((l) => /^(MERGE|MATCH|CREATE)/.test(l)) ?? s.cypher;
  const merge = s.cypher.split('\n').find((l) => l.startsWith('MERGE') || l.startsWith('CREATE'));
  const head = s.sweep ? `sweep ${first}` : (merge ?? first);
  return `${head.slice(0, 70)}${s.cypher.includes('\nSET') ? ' SET' : s.cypher.includes('ON CREATE') ? ' ON CREATE' : ''}`;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function walk(plan: ProfiledPlan, into: Map<string, number>): number {
  into.set(plan.operatorType, (into.get(plan.operatorType) ?? 0) + plan.dbHits);
  return plan.dbHits + plan.children.reduce((n, c) => n + walk(c, into), 0);
}

async function gcMillis(tx: { run: Transaction['run'] }): Promise<number> {
  const res = await tx.run(
    "CALL dbms.queryJmx('java.lang:type=GarbageCollector,*') YIELD attributes RETURN sum(attributes.CollectionTime.value) AS ms",
  );
  return Number(res.records[0]?.get('ms') ?? 0);
}

async function main(): Promise<void> {
  const scale = option('scale', 'medium') as Scale;
  const corpus = writeCorpus(scale, path.join(__dirname, '..', 'work', 'corpus', scale));
  const limit = Number(option('plans', '40'));
  const writes = corpus.slice(0, limit).map((p) => planWrite(readPlanFile(p.file), { parserVersion: PARSER_VERSION }));
  const merged = mergeWrites(writes);
  const total = merged.statements.reduce((n, s) => n + s.rows.length, 0);
  log(`${writes.length} plans merged: ${merged.statements.length} statements, ${total} rows`);

  const db = await startBenchDb(log);
  const driver = neo4j.driver(db.server.uri, neo4j.auth.basic(db.server.username, db.server.password));
  try {
    const lines = new Map<string, Line>();
    const line = (s: WriteStatement, path: Path) => {
      const kind = kindOf(s);
      let l = lines.get(`${path} ${kind}`);
      if (!l)
        lines.set(
          `${path} ${kind}`,
          (l = { kind, path, rows: 0, cold: [], cached: [], dbHits: 0, operators: new Map() }),
        );
      return l;
    };
    const paths = option('paths', 'merge,create').split(',') as Path[];
    const drops = option('drop', '')
      .split(',')
      .filter((d) => /^\w+$/.test(d));
    const totals = new Map<string, number[]>();
    // warm-up: Neo4j's JIT, not measured. cold: the query cache emptied first, so every statement
    // is planned, as on a server's first load; cached: the same statements with their plans kept
    // (the loader's KEEP_PLAN), so cold − cached is planning. profile: db hits per operator.
    const runs = Number(option('runs', '1'));
    type Pass = 'warm-up' | 'cold' | 'cached' | 'profile';
    const passes: Pass[] = [
      'warm-up',
      ...Array.from({ length: runs }, (): Pass[] => ['cold', 'cached']).flat(),
      'profile',
    ];
    for (const pass of passes) {
      for (const path of paths) {
        await resetDatabase(db.executor);
        // What an index costs a load: `--drop plangraph_text` measures without the full-text index.
        for (const index of drops) await db.executor.autoCommit(`DROP INDEX ${index} IF EXISTS`);
        if (pass === 'warm-up' || pass === 'cold') await db.executor.autoCommit('CALL db.clearQueryCaches()');
        const session = driver.session();
        const gcBefore = await gcMillis(session);
        const tx = session.beginTransaction();
        const started = performance.now();
        let written = 0;
        for (const s of merged.statements.filter((st) => !st.sweep)) {
          // Every plan is fresh on an emptied database; rows naming one node twice are one (as the loader does).
          const cypher = path === 'create' && s.create ? s.create.cypher : s.cypher;
          const rows = path === 'create' && s.create ? collapsed(s.rows, s.create) : s.rows;
          for (const batch of batches(rows, SEND_ROWS)) {
            const t0 = performance.now();
            const res = await tx.run(
              `${pass === 'profile' ? 'PROFILE ' : KEEP_PLAN}${cypher}`,
              toParams({ rows: batch }),
            );
            const ms = performance.now() - t0;
            const c = res.summary.counters.updates();
            written += c.nodesCreated + c.relationshipsCreated;
            const l = line(path === 'create' && s.create ? { ...s, cypher } : s, path);
            if (pass === 'profile') {
              const plan = res.summary.profile;
              if (plan) l.dbHits += walk(plan, l.operators);
            } else if (pass === 'cold' || pass === 'cached') l[pass].push(ms);
            if (pass === 'warm-up') l.rows += batch.length;
          }
        }
        const statementsMs = performance.now() - started;
        const other = driver.session();
        const txs = await other.run('SHOW TRANSACTIONS YIELD currentQuery, estimatedUsedHeapMemory');
        await other.close();
        const t0 = performance.now();
        await tx.commit();
        const commitMs = performance.now() - t0;
        const gcAfter = await gcMillis(session);
        await session.close();
        const heap = txs.records
          .filter((r) => !String(r.get('currentQuery')).startsWith('SHOW'))
          .map((r) => `${(Number(r.get('estimatedUsedHeapMemory')) / 1e6).toFixed(1)} MB`);
        if (pass === 'cold' || pass === 'cached') {
          const key = `${path} ${pass}`;
          totals.set(key, [...(totals.get(key) ?? []), (written * 1000) / (statementsMs + commitMs)]);
        }
        log(
          `${path} ${pass}: ${written} nodes+rels, statements ${statementsMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms, GC ${gcAfter - gcBefore} ms, ` +
            `the transaction's estimated heap before commit ${heap.join(', ')}`,
        );
      }
    }
    for (const [key, rates] of totals)
      log(
        `${key}: ${rates.map((r) => r.toFixed(0)).join(', ')} nodes+rels/s with commit (median ${median(rates).toFixed(0)})`,
      );
    const sorted = [...lines.values()].sort((a, b) => median(b.cached) - median(a.cached));
    const sum = sorted.reduce((n, l) => n + median(l.cached), 0) / paths.length;
    process.stdout.write(
      `| path | statement | rows | ms planned | ms cached | share (cached) | db hits | hits/row | busiest operators (db hits) |\n|---|---|---|---|---|---|---|---|---|\n`,
    );
    for (const l of sorted) {
      const ops = [...l.operators.entries()]
        .filter(([, h]) => h > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([op, h]) => `${op} ${h}`)
        .join(', ');
      process.stdout.write(
        `| ${l.path} | \`${l.kind}\` | ${l.rows} | ${median(l.cold).toFixed(0)} | ${median(l.cached).toFixed(0)} | ${((100 * median(l.cached)) / sum).toFixed(1)} % | ${l.dbHits} | ${(l.dbHits / Math.max(1, l.rows)).toFixed(1)} | ${ops} |\n`,
      );
    }
  } finally {
    await driver.close();
    await db.stop();
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
