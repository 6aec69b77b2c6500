import { Executor } from '../../src/db/executor';
import { cypherName } from '../../src/graph/cypherLiteral';
import { testConnection } from '../setup/testDatabase';

/**
 * Gives an integration suite an empty database: no nodes, no constraints, no indexes.
 * Community edition has one user database, so "empty" means wiped, and suites run in band.
 */
export function useEmptyDatabase(): { executor: () => Executor } {
  let executor: Executor | null = null;
  beforeAll(async () => {
    executor = Executor.connect(testConnection());
    await wipe(executor);
  });
  afterAll(async () => {
    // Leave nothing behind: a suite that reads the bundled plans must not meet this suite's data.
    if (executor) await wipe(executor);
    await executor?.close();
  });
  return {
    executor: () => {
      if (!executor) throw new Error('useEmptyDatabase(): the executor exists only inside tests and hooks');
      return executor;
    },
  };
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
