import { readFileSync } from 'node:fs';
import path from 'node:path';
import { groups as loaderGroups, loadWrites } from '../../src/db/write/runWrite';
import { toParams } from '../../src/db/write/params';
import neo4j from 'neo4j-driver';
import { cypherInteger, type Executor } from '../../src/db/executor';
import type { ManagedServer } from '../../src/localNeo4j/server';
import { applySchema } from '../../src/db/script/applySchema';
import { projectRoot } from '../../src/config/env';
import { planWrite } from '../../src/graph';
import type { Props } from '../../src/graph/model';
import { mergeWrites } from '../../src/graph/write';
import { readPlanFile } from '../../src/ingest';
import { PARSER_VERSION } from '../../src/manage/planScript';
import { batches } from '../../src/graph/script/unwind';
import { writeCorpus, type Scale } from '../corpus/corpus';
import { BENCH_BOLT_PORT, BENCH_HOME, resetDatabase, startBenchDb, variantOf } from '../db';
import { option } from '../argv';
import { cpuSecondsOf, loadAverage, median } from '../stats';

// What Neo4j itself takes on this machine for our data shape, beside the loader, interleaved in one
// run: `npx tsx bench/ingest/ceiling.ts --scale large [--runs 3] [--variants loader,schema,bare]
// [--tx 50000] [--send 20000] [--server 'heap=6g,-XX:+UseParallelGC']`.
// - loader: loadWrites as `npm start` calls it (fresh plans CREATEd), schema and reference data in place.
// - schema: the corpus's nodes and relationships (every row, the same properties, collapsed to one
//   row per node / per link) written as plain `UNWIND $rows AS r CREATE (n:Label) SET n = r`, and
//   links as `MATCH (a) WHERE id(a) = r.a MATCH (b) WHERE id(b) = r.b CREATE (a)-[x:T]->(b) SET x = r.props`
//   (no key lookups: endpoint ids come back from the node statements), with the project's schema
//   (constraints, range and full-text indexes) in place.
// - bare: the same writes with no constraint or index at all (only Neo4j's token lookup indexes).
// Links whose endpoint the merging of Plan id and title stubs below cannot name (about 1 %) are left out, and said.
// - bare-noprops: the same nodes and links without any property: Neo4j's record-creation ceiling.
// - groups: the schema variant cut the way the loader cuts a load: plans in groups of --tx rows (as loadWrites groups
//   them), each group one transaction writing its own nodes and then its links. Nodes more than one group names
//   (regions, departments, domains, cited plans) are written first, in a transaction of their own, and counted in the
//   time; groups then only link to them. `groups*2`: two groups' transactions at once — what parallel writers inside
//   one load could get from Neo4j (a deadlock retries its group).
// Transactions of --tx rows, statements of --send rows, pipelined. Prints nodes+rels/s, and the CPU
// seconds the node process and the Neo4j JVM spent during each write (2 cores: 2 CPU-s per second).

const log = (line: string) => process.stderr.write(`[ceiling] ${line}\n`);

type Variant = string;

interface NodeSet {
  label: string;
  key: string;
  rows: Props[];
}
interface RelSet {
  type: string;
  from: { label: string; key: string };
  to: { label: string; key: string };
  rows: Array<{ from: string; to: string; props: Props }>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const uniqueKeys = (label: string, key: string): string[] => (label === 'Plan' ? ['id', 'titleKey'] : [key]);
const NODE = /^UNWIND \$rows AS row\nMERGE \(n:(\w+) \{(\w+): row\.\w+\}\)/;
const REL_A = /MATCH \(a:(\w+) \{(\w+): row\.from\}\)/;
const REL_B = /MATCH \(b:(\w+) \{(\w+): row\.to\}\)/;
const REL_T = /MERGE \(a\)-\[r:(\w+)\]->\(b\)/;

/** Every node and link the merged corpus writes, one row each (later rows over earlier, as MERGE + SET += makes them). */
function shape(statements: ReturnType<typeof mergeWrites>['statements']): { nodes: NodeSet[]; rels: RelSet[] } {
  const nodes = new Map<string, { label: string; key: string; byKey: Map<string, Props> }>();
  const rels = new Map<string, RelSet & { seen: Map<string, number> }>();
  const nodeSet = (label: string, key: string) => {
    let set = nodes.get(label);
    if (!set) nodes.set(label, (set = { label, key, byKey: new Map() }));
    return set;
  };
  // A Plan is keyed by id and by titleKey (a citation's stub has the title only): one node whichever names it.
  const addNode = (set: { label: string; key: string; byKey: Map<string, Props> }, row: Props) => {
    const UNIQUE = uniqueKeys(set.label, set.key);
    const names = UNIQUE.map((k) => row[k])
      .filter((v) => v !== undefined)
      .map(text);
    const before = names.map((k) => set.byKey.get(k)).find((r) => r !== undefined);
    const merged = { ...before, ...row };
    for (const k of UNIQUE.map((u) => merged[u])
      .filter((v) => v !== undefined)
      .map(text))
      set.byKey.set(k, merged);
  };
  for (const s of statements) {
    if (s.sweep) continue;
    const n = NODE.exec(s.cypher);
    if (n) {
      const set = nodeSet(n[1] as string, n[2] as string);
      for (const row of s.rows) addNode(set, row);
      continue;
    }
    const a = REL_A.exec(s.cypher);
    const b = REL_B.exec(s.cypher);
    const t = REL_T.exec(s.cypher);
    if (!a || !b || !t) continue;
    const id = `${t[1]} ${a[1]} ${b[1]}`;
    let set = rels.get(id);
    if (!set)
      rels.set(
        id,
        (set = {
          type: t[1] as string,
          from: { label: a[1] as string, key: a[2] as string },
          to: { label: b[1] as string, key: b[2] as string },
          rows: [],
          seen: new Map(),
        }),
      );
    for (const row of s.rows) {
      const pair = `${text(row.from)}\u0000${text(row.to)}`;
      const props = (row.props as Props | undefined) ?? {};
      const at = set.seen.get(pair);
      if (at === undefined) {
        set.seen.set(pair, set.rows.length);
        set.rows.push({ from: text(row.from), to: text(row.to), props });
      } else {
        const before = set.rows[at] as RelSet['rows'][number];
        before.props = { ...before.props, ...props };
      }
    }
  }
  // Endpoints the plans do not write (reference data: regions, departments) become nodes with their key only.
  for (const set of rels.values())
    for (const end of [set.from, set.to]) {
      const ns = nodeSet(end.label, end.key);
      for (const row of set.rows) {
        const k = end === set.from ? row.from : row.to;
        if (!ns.byKey.has(k)) addNode(ns, { [end.key]: k });
      }
    }
  return {
    nodes: [...nodes.values()].map((s) => ({ label: s.label, key: s.key, rows: oneEach(s.label, s.key, s.byKey) })),
    rels: [...rels.values()].map(({ seen: _seen, ...s }) => s),
  };
}

/** One row per node: rows that share any unique key's value are one node (a Plan named by id and by title). */
function oneEach(label: string, key: string, byKey: Map<string, Props>): Props[] {
  const keys = uniqueKeys(label, key);
  const canonical = new Map<string, Props>();
  const out = new Set<Props>();
  for (const row of new Set(byKey.values())) {
    const names = keys.filter((k) => row[k] !== undefined).map((k) => `${k}=${text(row[k])}`);
    const before = names.map((n) => canonical.get(n)).find((r) => r !== undefined);
    const merged = before ? { ...before, ...row } : row;
    if (before) out.delete(before);
    out.add(merged);
    for (const k of keys) if (merged[k] !== undefined) canonical.set(`${k}=${text(merged[k])}`, merged);
  }
  return [...out];
}

const ownCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function emptyBare(executor: Executor): Promise<void> {
  await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  for (const { name } of await executor.read('SHOW CONSTRAINTS YIELD name RETURN name'))
    await executor.autoCommit(`DROP CONSTRAINT ${String(name)}`);
  for (const { name } of await executor.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"))
    await executor.autoCommit(`DROP INDEX ${String(name)}`);
}

async function emptyWithSchema(executor: Executor): Promise<void> {
  await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  await applySchema(executor, path.join(projectRoot, 'cypher', 'schema.cypher'));
}

type Run = (cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;
interface BareWriter {
  write(work: (run: Run) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Transactions straight on the driver, not through the Executor: the ceiling is Neo4j's own speed,
 * and two transactions at once could not both hold the service's write lock (which every writer of
 * the service takes, and which no option turns off).
 */
function bareWriter(server: ManagedServer): BareWriter {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  return {
    async write(work) {
      const session = driver.session();
      const tx = session.beginTransaction();
      try {
        await work(async (cypher, params) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
        await tx.commit();
      } catch (err) {
        await tx.rollback().catch(() => undefined);
        throw err;
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}

/** Work items of at most `tx` rows each, run one transaction each, statements of `send` rows pipelined. */
async function synthetic(
  writer: BareWriter,
  data: { nodes: NodeSet[]; rels: RelSet[] },
  noProps: boolean,
  txRows: number,
  sendRows: number,
  concurrency = 1,
): Promise<{ written: number; nodeSeconds: number; relSeconds: number }> {
  const ids = new Map<string, Map<string, unknown>>();
  type Send = { cypher: string; params: Record<string, unknown>; after?: (r: Record<string, unknown>[]) => void };
  const nodeSends: Send[] = [];
  for (const set of data.nodes) {
    const keyed = new Map<string, unknown>();
    ids.set(set.label, keyed);
    for (const batch of batches(set.rows, sendRows)) {
      nodeSends.push({
        cypher: noProps
          ? `UNWIND $rows AS r CREATE (n:${set.label}) RETURN collect(id(n)) AS ids`
          : `UNWIND $rows AS r CREATE (n:${set.label}) SET n = r RETURN collect(id(n)) AS ids`,
        params: toParams({ rows: noProps ? batch.map(() => 0) : batch }),
        after: (rows) => {
          const got = (rows[0]?.ids ?? []) as unknown[];
          batch.forEach((row, i) => {
            for (const k of uniqueKeys(set.label, set.key)) if (row[k] !== undefined) keyed.set(text(row[k]), got[i]);
          });
        },
      });
    }
  }
  const runGroups = async (sends: Send[], rowsOf: (s: Send) => number) => {
    let group: Send[] = [];
    let size = 0;
    const flush = async () => {
      if (group.length === 0) return;
      const g = group;
      group = [];
      size = 0;
      await writer.write(async (run) => {
        const outs = await Promise.all(g.map((s) => run(s.cypher, s.params)));
        outs.forEach((rows, i) => g[i]?.after?.(rows));
      });
    };
    // With concurrency > 1, that many transactions are open at once (a pool); a deadlock retries the group.
    const inFlight = new Set<Promise<void>>();
    const launch = async () => {
      const g = group;
      group = [];
      size = 0;
      if (g.length === 0) return;
      const one = (async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            await writer.write(async (run) => {
              const outs = await Promise.all(g.map((s) => run(s.cypher, s.params)));
              outs.forEach((rows, i) => g[i]?.after?.(rows));
            });
            return;
          } catch (err) {
            if (attempt >= 5 || !/Deadlock/i.test(String(err))) throw err;
            log(`deadlock, group retried`);
          }
        }
      })();
      inFlight.add(one);
      void one.finally(() => inFlight.delete(one)).catch(() => undefined);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    };
    for (const s of sends) {
      if (size + rowsOf(s) > txRows) await (concurrency === 1 ? flush() : launch());
      group.push(s);
      size += rowsOf(s);
    }
    await (concurrency === 1 ? flush() : launch());
    await Promise.all(inFlight);
  };
  const rowsIn = (s: Send) => (s.params.rows as unknown[]).length;
  const t0 = performance.now();
  await runGroups(nodeSends, rowsIn);
  const t1 = performance.now();
  const relSends: Send[] = [];
  for (const set of data.rels) {
    const from = ids.get(set.from.label) as Map<string, unknown>;
    const to = ids.get(set.to.label) as Map<string, unknown>;
    const known = set.rows.filter((r) => from.has(r.from) && to.has(r.to));
    if (known.length < set.rows.length)
      log(`${set.type}: ${set.rows.length - known.length} rows without endpoints left out`);
    for (const batch of batches(known, sendRows)) {
      relSends.push({
        cypher: noProps
          ? `UNWIND $rows AS r MATCH (a) WHERE id(a) = r.a MATCH (b) WHERE id(b) = r.b CREATE (a)-[x:${set.type}]->(b)`
          : `UNWIND $rows AS r MATCH (a) WHERE id(a) = r.a MATCH (b) WHERE id(b) = r.b CREATE (a)-[x:${set.type}]->(b) SET x = r.props`,
        params: {
          rows: batch.map((r) => ({
            a: cypherInteger(from.get(r.from) as number),
            b: cypherInteger(to.get(r.to) as number),
            ...(noProps ? {} : { props: toParams(r.props) }),
          })),
        },
      });
    }
  }
  const t2 = performance.now();
  await runGroups(relSends, rowsIn);
  const t3 = performance.now();
  const written = data.nodes.reduce((n, s) => n + s.rows.length, 0) + relSends.reduce((n, s) => n + rowsIn(s), 0);
  return { written, nodeSeconds: (t1 - t0) / 1000, relSeconds: (t3 - t2) / 1000 };
}

interface GroupSplit {
  /** Nodes named by more than one group, one row each. */
  shared: NodeSet[];
  /** Each group's own nodes and all its links. */
  groups: Array<{ nodes: NodeSet[]; rels: RelSet[] }>;
}

/** A node's names: label and value of each unique key it has. */
const namesOf = (label: string, key: string, row: Props): string[] =>
  uniqueKeys(label, key)
    .filter((k) => row[k] !== undefined)
    .map((k) => `${label}\u0000${text(row[k])}`);

function splitGroups(writes: ReturnType<typeof planWrite>[], groupRows: number): GroupSplit {
  const shaped = loaderGroups(writes, groupRows, (w) => w).map((g) => shape(mergeWrites(g).statements));
  const groupsOf = new Map<string, Set<number>>();
  shaped.forEach((g, i) => {
    for (const set of g.nodes)
      for (const row of set.rows)
        for (const name of namesOf(set.label, set.key, row))
          groupsOf.set(name, (groupsOf.get(name) ?? new Set()).add(i));
  });
  const isShared = (label: string, key: string, row: Props) =>
    namesOf(label, key, row).some((n) => (groupsOf.get(n)?.size ?? 0) > 1);
  const sharedRows = new Map<string, { label: string; key: string; rows: Props[] }>();
  const groups = shaped.map((g) => ({
    rels: g.rels,
    nodes: g.nodes.map((set) => {
      const own: Props[] = [];
      for (const row of set.rows) {
        if (!isShared(set.label, set.key, row)) {
          own.push(row);
          continue;
        }
        let shared = sharedRows.get(set.label);
        if (!shared) sharedRows.set(set.label, (shared = { label: set.label, key: set.key, rows: [] }));
        shared.rows.push(row);
      }
      return { ...set, rows: own };
    }),
  }));
  // Rows of one shared node from several groups become one row (later over earlier), as oneEach makes them.
  const shared = [...sharedRows.values()].map((s) => ({
    label: s.label,
    key: s.key,
    rows: oneEach(s.label, s.key, new Map(s.rows.map((r, i) => [String(i), r]))),
  }));
  return { shared, groups };
}

/**
 * The shared nodes in transactions of their own (one at a time), then every group in one transaction (its nodes,
 * then its links by internal id), `concurrency` groups at once.
 */
async function groupedSynthetic(
  writer: BareWriter,
  split: GroupSplit,
  txRows: number,
  sendRows: number,
  concurrency: number,
): Promise<{ written: number; left: number; retries: number }> {
  const sharedIds = new Map<string, unknown>();
  let written = 0;
  let left = 0;
  let retries = 0;
  const createNodes = (run: Run, sets: readonly NodeSet[], into: Map<string, unknown>) =>
    Promise.all(
      sets.flatMap((set) =>
        batches(set.rows, sendRows).map(async (batch) => {
          const rows = await run(
            `UNWIND $rows AS r CREATE (n:${set.label}) SET n = r RETURN collect(id(n)) AS ids`,
            toParams({ rows: batch }),
          );
          const got = (rows[0]?.ids ?? []) as unknown[];
          batch.forEach((row, i) => {
            for (const name of namesOf(set.label, set.key, row)) into.set(name, got[i]);
          });
          return batch.length;
        }),
      ),
    );
  const sharedRows = split.shared.flatMap((set) => batches(set.rows, txRows).map((rows) => ({ ...set, rows })));
  for (const set of sharedRows)
    await writer.write(async (run) => {
      written += (await createNodes(run, [set], sharedIds)).reduce((a, b) => a + b, 0);
    });
  const writeGroup = async (group: GroupSplit['groups'][number]) => {
    for (let attempt = 0; ; attempt++) {
      let n = 0;
      let out = 0;
      try {
        await writer.write(async (run) => {
          const own = new Map<string, unknown>();
          n += (await createNodes(run, group.nodes, own)).reduce((a, b) => a + b, 0);
          const idOf = (label: string, key: string) =>
            own.get(`${label}\u0000${key}`) ?? sharedIds.get(`${label}\u0000${key}`);
          const sends: Array<Promise<unknown>> = [];
          for (const set of group.rels) {
            const known = set.rows.flatMap((r) => {
              const a = idOf(set.from.label, r.from);
              const b = idOf(set.to.label, r.to);
              return a === undefined || b === undefined ? [] : [{ a, b, props: r.props }];
            });
            out += set.rows.length - known.length;
            n += known.length;
            for (const batch of batches(known, sendRows))
              sends.push(
                run(
                  `UNWIND $rows AS r MATCH (a) WHERE id(a) = r.a MATCH (b) WHERE id(b) = r.b CREATE (a)-[x:${set.type}]->(b) SET x = r.props`,
                  {
                    rows: batch.map((r) => ({
                      a: cypherInteger(r.a as number),
                      b: cypherInteger(r.b as number),
                      props: toParams(r.props),
                    })),
                  },
                ),
              );
          }
          await Promise.all(sends);
        });
        written += n;
        left += out;
        return;
      } catch (err) {
        if (attempt >= 5 || !/Deadlock/i.test(String(err))) throw err;
        retries++;
      }
    }
  };
  const queue = [...split.groups];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let g = queue.shift(); g !== undefined; g = queue.shift()) await writeGroup(g);
    }),
  );
  return { written, left, retries };
}

async function main(): Promise<void> {
  const scale = option('scale', 'large') as Scale;
  const corpus = writeCorpus(scale, path.join(__dirname, '..', 'work', 'corpus', scale));
  const limit = Number(option('plans', String(corpus.length)));
  const runs = Number(option('runs', '3'));
  const txRows = Number(option('tx', '50000'));
  const sendRows = Number(option('send', '20000'));
  const concurrency = Number(option('concurrency', '1'));
  const variants = option('variants', 'loader,schema,bare').split(',');
  const writes = corpus.slice(0, limit).map((p) => planWrite(readPlanFile(p.file), { parserVersion: PARSER_VERSION }));
  const loads = writes.map((w) => ({ write: w, script: { file: `${w.planId}.cypher`, sha256: w.revision } }));
  const data = shape(mergeWrites(writes).statements);
  const split = variants.some((v) => v.startsWith('groups')) ? splitGroups(writes, txRows) : undefined;
  if (split)
    log(
      `groups: ${split.groups.length} of --tx ${txRows} rows, ${split.shared.reduce((n, x) => n + x.rows.length, 0)} shared nodes written first`,
    );
  const nodeRows = data.nodes.reduce((n, s) => n + s.rows.length, 0);
  const relRows = data.rels.reduce((n, s) => n + s.rows.length, 0);
  const propCount = data.nodes.reduce((n, s) => n + s.rows.reduce((m, r) => m + Object.keys(r).length, 0), 0);
  const bytes = data.nodes.reduce((n, s) => n + s.rows.reduce((m, r) => m + JSON.stringify(r).length, 0), 0);
  log(
    `${writes.length} plans: synthetic ${nodeRows} nodes (${(propCount / nodeRows).toFixed(1)} properties, ` +
      `${(bytes / nodeRows).toFixed(0)} JSON chars a node), ${relRows} relationships; tx ${txRows}, send ${sendRows}, ${concurrency} at once`,
  );
  // --server: the bench instance's settings, as a settingsLoad.ts variant (`heap=6g,-XX:+UseParallelGC,name=value`).
  const db = await startBenchDb(log, variantOf(option('server', 'default'), BENCH_HOME, BENCH_BOLT_PORT));
  const writer = bareWriter(db.server);
  const javaPid = Number(readFileSync(path.join(BENCH_HOME, 'run', 'neo4j.pid'), 'utf8').trim()) || db.server.pid;
  const figures = new Map<Variant, number[]>();
  try {
    for (let i = 0; i < runs; i++) {
      for (const variant of variants) {
        if (variant === 'loader') await resetDatabase(db.executor);
        else if (variant.startsWith('schema') || variant.startsWith('groups')) await emptyWithSchema(db.executor);
        else await emptyBare(db.executor);
        const [cpu0, jcpu0, t0] = [ownCpu(), cpuSecondsOf(javaPid), performance.now()];
        let written: number;
        let detail = '';
        if (variant === 'loader') {
          const results = await loadWrites(db.executor, loads, { by: 'bench', groupRows: txRows });
          const perTx = new Map(results.map((r) => [r.group?.id ?? r.loadId, r.counters]));
          written = [...perTx.values()].reduce((n, c) => n + c.nodesCreated + c.relationshipsCreated, 0);
        } else if (variant.startsWith('groups') && split) {
          const r = await groupedSynthetic(
            writer,
            split,
            txRows,
            sendRows,
            Number(variant.split('*')[1] ?? concurrency),
          );
          written = r.written;
          detail = ` (${r.left} links without endpoints left out, ${r.retries} groups retried after a deadlock)`;
        } else {
          // `bare*2`: the same with two transactions open at once.
          const [base, times] = variant.split('*') as [string, string | undefined];
          const r = await synthetic(
            writer,
            data,
            base === 'bare-noprops',
            txRows,
            sendRows,
            Number(times ?? concurrency),
          );
          written = r.written;
          detail = ` (nodes ${(nodeRows / r.nodeSeconds).toFixed(0)}/s in ${r.nodeSeconds.toFixed(2)} s, rels ${(relRows / r.relSeconds).toFixed(0)}/s in ${r.relSeconds.toFixed(2)} s)`;
        }
        const seconds = (performance.now() - t0) / 1000;
        const [cpu, jcpu] = [ownCpu() - cpu0, cpuSecondsOf(javaPid) - jcpu0];
        figures.set(variant, [...(figures.get(variant) ?? []), written / seconds]);
        log(
          `run ${i + 1} ${variant}: ${written} nodes+rels in ${seconds.toFixed(2)} s = ${(written / seconds).toFixed(0)}/s${detail}; ` +
            `CPU node ${cpu.toFixed(1)} s, neo4j ${jcpu.toFixed(1)} s (${((cpu + jcpu) / seconds).toFixed(2)} of 2 cores); load avg ${loadAverage()}`,
        );
      }
    }
    for (const [variant, rates] of figures)
      log(`${variant}: median ${median(rates).toFixed(0)} nodes+rels/s (${rates.map((r) => r.toFixed(0)).join(', ')})`);
  } finally {
    await writer.close();
    await db.stop();
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
