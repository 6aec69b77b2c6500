import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from '../../src/bootstrap';
import { Executor } from '../../src/db/executor';
import { cypherName } from '../../src/graph/cypherLiteral';
import { createLogger } from '../../src/logger';
import { testConnection } from '../setup/testDatabase';

/**
 * What an integration suite finds in the database when its tests start:
 * - `empty`: no nodes, no constraints, no indexes;
 * - `bundled`: what `npm start` prepares — the schema, the reference data, the five bundled plans
 *   and the curation scripts, aligned.
 */
export type GraphState = 'empty' | 'bundled';

/**
 * The one way an integration suite gets its database: in `state`, set in beforeAll, whatever the
 * suites before it did. Community edition has one user database, so a state is made by wiping it
 * and loading what the state holds; suites run in band. The bundled state takes a while to load,
 * so suites share it: one finds the graph still exactly as it was last prepared (every node,
 * relationship, property, audit record, constraint and index; see graphFingerprint) and uses it
 * as it is, or prepares it afresh. A suite that writes therefore leaves nothing to clean up: the
 * next suite finds the graph changed and rebuilds it.
 */
export function useGraph(state: GraphState): { executor: () => Executor } {
  let executor: Executor | null = null;
  beforeAll(async () => {
    executor = Executor.connect(testConnection());
    await freshGraph(executor, state);
  }, 300_000);
  afterAll(async () => {
    await executor?.close();
  });
  return {
    executor: () => {
      if (!executor) throw new Error('useGraph(): the executor exists only inside tests and hooks');
      return executor;
    },
  };
}

/** Puts the test database in `state` (see useGraph); a bundled graph still as prepared is kept. */
async function freshGraph(executor: Executor, state: GraphState): Promise<void> {
  if (state === 'empty') return wipe(executor);
  const prepared = readPrepared();
  if (prepared !== null && prepared === (await graphFingerprint(executor))) return;
  const started = Date.now();
  await wipe(executor);
  await prepareDatabase(executor, createLogger('silent'));
  writePrepared(await graphFingerprint(executor));
  const suite = path.relative(process.cwd(), expect.getState().testPath ?? '?');
  process.stderr.write(`[test graph] ${suite}: prepared the bundled graph in ${(Date.now() - started) / 1000} s\n`);
}

// The fingerprint of the bundled graph as last prepared, kept in a file of this test run
// (globalSetup names it): every test file runs in a module registry of its own.
function preparedFile(): string {
  const file = process.env.PLANGRAPH_TEST_GRAPH_STATE;
  if (!file) throw new Error('PLANGRAPH_TEST_GRAPH_STATE is not set: run integration tests through jest');
  return file;
}

function readPrepared(): string | null {
  try {
    return readFileSync(preparedFile(), 'utf8');
  } catch {
    return null;
  }
}

function writePrepared(fingerprint: string): void {
  writeFileSync(preparedFile(), fingerprint);
}

/**
 * A hash of everything a suite could read: the graph (graphDump), the audit records by count (a
 * load or removal only ever adds them) and the schema. The revision token is left out: starting a
 * service re-applies the schema, which changes nothing but the token.
 */
export async function graphFingerprint(executor: Executor): Promise<string> {
  const counts = await graphCounts(executor, { withAudit: true });
  delete counts.Revision;
  const schema = [
    ...(await executor.read('SHOW CONSTRAINTS YIELD name RETURN name')),
    ...(await executor.read('SHOW INDEXES YIELD name RETURN name')),
  ];
  const names = schema.map((r) => String(r.name)).sort();
  const text = JSON.stringify([await graphDump(executor), counts, names]);
  return createHash('sha256').update(text).digest('hex');
}

export async function wipe(executor: Executor): Promise<void> {
  await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  // Schema names come from the database itself, never from input; DROP takes no parameter for them.
  for (const row of await executor.read('SHOW CONSTRAINTS YIELD name RETURN name')) {
    await executor.autoCommit(`DROP CONSTRAINT ${cypherName(String(row.name))} IF EXISTS`);
  }
  for (const row of await executor.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
    await executor.autoCommit(`DROP INDEX ${cypherName(String(row.name))} IF EXISTS`);
  }
}

/** Node counts per label and relationship counts per type: what idempotency and atomicity tests compare. */
export async function graphCounts(executor: Executor, { withAudit = false } = {}): Promise<Record<string, number>> {
  const rows = await executor.read(
    `CALL () { MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n
       UNION ALL MATCH ()-[r]->() RETURN '-' + type(r) AS key, count(*) AS n }
     RETURN key, n ORDER BY key`,
  );
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const key = String(row.key);
    if (!withAudit && ['Load', '-LOADED', 'Revision', 'WriteLock'].includes(key)) continue;
    counts[key] = Number(row.n);
  }
  return counts;
}

const AUDIT_LABELS = ['Load', 'Revision', 'WriteLock'];

/**
 * The whole graph (audit records aside) as sorted text: every node with its labels and typed
 * properties, every relationship with its ends' keys and typed properties. Two loads that must
 * give the same graph must give the same dump, down to INTEGER versus FLOAT.
 */
export async function graphDump(executor: Executor): Promise<string[]> {
  const typed = (v: string) => `[k IN keys(${v}) | [k, valueType(${v}[k]), ${v}[k]]]`;
  const key = (v: string) => `coalesce(${v}.id, ${v}.code, ${v}.titleKey, ${v}.from + '→' + ${v}.to)`;
  const rows = await executor.read(
    `CALL () { MATCH (n) WHERE none(l IN labels(n) WHERE l IN $audit)
       RETURN [labels(n), ${typed('n')}] AS item
     UNION ALL MATCH (a)-[r]->(b) WHERE type(r) <> 'LOADED'
       RETURN [type(r), ${key('a')}, ${key('b')}, ${typed('r')}] AS item }
     RETURN item`,
    { audit: AUDIT_LABELS },
  );
  // keys() order depends on how a node was written; the properties are compared by name.
  const byName = (props: Array<[string, string, unknown]>) =>
    [...props].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return rows
    .map((r) => {
      const item = r.item as unknown[];
      return JSON.stringify([...item.slice(0, -1), byName(item[item.length - 1] as Array<[string, string, unknown]>)]);
    })
    .sort();
}
