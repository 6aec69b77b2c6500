import { toDatabaseError } from '../errors';
import type { WriteCounters } from '../executor';
import { ScriptLoadError } from './errors';
import type { CypherScript } from './readScript';
import type { ScriptStatement } from './split';

export function emptyCounters(): WriteCounters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    indexesAdded: 0,
    indexesRemoved: 0,
    constraintsAdded: 0,
    constraintsRemoved: 0,
  };
}

/** Adds `c` into `into`, counter by counter. */
export function addCounters(into: WriteCounters, c: WriteCounters): void {
  for (const key of Object.keys(into) as (keyof WriteCounters)[]) into[key] += c[key];
}

/** The counters an audit line carries: the non-zero ones, and the deletions always. */
export function counterSummary(c: WriteCounters): Record<string, number> {
  const nonZero = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0));
  return { ...nonZero, nodesDeleted: c.nodesDeleted, relationshipsDeleted: c.relationshipsDeleted };
}

/** A statement of a data script failed: its transaction is rolled back, and the message says so. */
export function failed(script: CypherScript, statement: ScriptStatement, err: unknown): never {
  const dbError = toDatabaseError(err);
  throw new ScriptLoadError(
    'STATEMENT_FAILED',
    `${script.file}: statement ${statement.index} (line ${statement.line}) failed [${dbError.neo4jCode ?? dbError.code}]: ` +
      `${dbError.message.split('\n')[0]} — the file was rolled back; nothing from it was written`,
    script.file,
    statement.index,
    statement.line,
    { cause: dbError },
  );
}
