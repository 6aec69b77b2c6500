import { ScriptLoadError } from './errors';
import type { CypherScript } from './readScript';

/**
 * Neo4j applies schema and administration commands at once, outside the file's transaction, so a
 * data script holding one could not keep its promise that a failure writes nothing. They are
 * refused before anything runs; schema changes go in cypher/schema.cypher (applySchema.ts).
 */
export function refuseSchemaCommands(script: CypherScript): void {
  const [first] = script.schemaCommands;
  if (first === undefined) return;
  const { statement, command } = first;
  throw new ScriptLoadError(
    'SCHEMA_REFUSED',
    `${script.file}: statement ${statement.index} (line ${statement.line}) is a schema command (${command}); Neo4j runs schema and ` +
      'administration commands outside the transaction, so a data script cannot roll them back. Schema changes go in ' +
      'cypher/schema.cypher, applied statement by statement at every start (npm start, plangraph serve). Nothing from the file was written',
    script.file,
    statement.index,
    statement.line,
  );
}
