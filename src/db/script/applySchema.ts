import type { Executor, WriteCounters } from '../executor';
import { ScriptLoadError } from './errors';
import { readScript } from './readScript';

/**
 * Applies a schema-only script (constraints, indexes) statement by statement. Used at every
 * service start, so it keeps no audit record; `plangraph load` on the same file does.
 */
export async function applySchema(executor: Executor, file: string): Promise<{ constraintsAdded: number; indexesAdded: number }> {
  const script = readScript(file);
  if (!script.schemaOnly) {
    throw new ScriptLoadError('MIXED_SCHEMA', `${file}: expected only CREATE/DROP CONSTRAINT|INDEX statements`, file);
  }
  const totals = { constraintsAdded: 0, indexesAdded: 0 };
  for (const statement of script.statements) {
    const counters: WriteCounters = await executor.autoCommit(statement.text).catch((err: unknown) => {
      throw new ScriptLoadError('STATEMENT_FAILED', `${file}: statement ${statement.index} (line ${statement.line}) failed: ${(err as Error).message}`, file, statement.index, statement.line, { cause: err });
    });
    totals.constraintsAdded += counters.constraintsAdded;
    totals.indexesAdded += counters.indexesAdded;
  }
  return totals;
}
