import type { Executor } from '../executor';
import { ScriptLoadError } from './errors';
import { runSchemaStatements } from './loadScripts';
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
  const { constraintsAdded, indexesAdded } = await runSchemaStatements(executor, script);
  return { constraintsAdded, indexesAdded };
}
