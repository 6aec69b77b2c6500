import { toDatabaseError } from '../errors';
import type { Executor, WriteCounters } from '../executor';
import { ScriptLoadError } from './errors';
import { readScript } from './readScript';

/** One schema command as it ran. */
export interface AppliedStatement {
  statement: number;
  line: number;
  /** The command's text (without its comments). */
  text: string;
  counters: WriteCounters;
}

export interface SchemaResult {
  constraintsAdded: number;
  indexesAdded: number;
  /** Every statement, in order, with what it changed: Neo4j commits each on its own. */
  applied: AppliedStatement[];
}

/**
 * Applies a schema-only script (constraints, indexes) statement by statement: `npm start` and
 * `plangraph serve` do at every start. Schema commands are not transactional in Neo4j, so nothing
 * is claimed to roll back: the result lists each statement applied, and a failure says which
 * statements were applied before it and that the rest did not run.
 */
export async function applySchema(executor: Executor, file: string): Promise<SchemaResult> {
  const script = readScript(file);
  const data = script.statements.find((s) => !script.schemaCommands.some((c) => c.statement === s));
  if (data !== undefined) {
    throw new ScriptLoadError(
      'MIXED_SCHEMA',
      `${file}: statement ${data.index} (line ${data.line}) is not a schema command; a schema script holds only CREATE/DROP CONSTRAINT|INDEX statements`,
      file,
      data.index,
      data.line,
    );
  }
  const applied: AppliedStatement[] = [];
  for (const { statement } of script.schemaCommands) {
    const text = statement.text.replace(/^(\s*\/\/[^\n]*\n)+/, '').trim();
    try {
      applied.push({
        statement: statement.index,
        line: statement.line,
        text,
        counters: await executor.autoCommit(statement.text),
      });
    } catch (err) {
      const dbError = toDatabaseError(err);
      const done =
        applied.length === 0
          ? 'none was applied before it'
          : `statements ${applied.map((a) => a.statement).join(', ')} were applied before it and stay applied`;
      throw new ScriptLoadError(
        'SCHEMA_FAILED',
        `${file}: statement ${statement.index} (line ${statement.line}) failed [${dbError.neo4jCode ?? dbError.code}]: ${dbError.message.split('\n')[0]} — ` +
          `schema commands are not transactional: ${done}; the ${script.schemaCommands.length - applied.length - 1} after it did not run`,
        file,
        statement.index,
        statement.line,
        { cause: dbError },
      );
    }
  }
  const sum = (key: 'constraintsAdded' | 'indexesAdded') => applied.reduce((n, a) => n + a.counters[key], 0);
  return { constraintsAdded: sum('constraintsAdded'), indexesAdded: sum('indexesAdded'), applied };
}
