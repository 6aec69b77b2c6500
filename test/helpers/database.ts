import { Executor } from '../../src/db/executor';
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
    await executor.autoCommit(`DROP CONSTRAINT ${quoteName(String(row.name))} IF EXISTS`);
  }
  for (const row of await executor.read("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
    await executor.autoCommit(`DROP INDEX ${quoteName(String(row.name))} IF EXISTS`);
  }
}

function quoteName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
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
