import { createHash } from 'node:crypto';
import { CYPHER_SCRIPT } from '../../files/kinds';
import { readInput } from '../../files/readInput';
import { ScriptLoadError } from './errors';
import { refusal, refusalMessage } from './guard';
import { schemaCommand } from './schemaCommand';
import { leadingTrivia, splitStatements, type ScriptStatement } from './split';

export interface CypherScript {
  file: string;
  sha256: string;
  statements: ScriptStatement[];
  /** Plan ids named by `// plangraph:plan <id>` lines: the plans a Load record links to. */
  plans: string[];
  /** Its schema and administration commands (CREATE/DROP INDEX …), which Neo4j does not run transactionally. */
  schemaCommands: SchemaStatement[];
}

export interface SchemaStatement {
  statement: ScriptStatement;
  /** e.g. `DROP INDEX`. */
  command: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const PLAN_DIRECTIVE = /^\/\/\s*plangraph:plan\s+(\S+)\s*$/gm;

/**
 * Reads and checks a script before anything touches the database, so bad files fail with nothing
 * written. The file is read the way every command reads its files (src/files): a missing file or a
 * directory is reported in the same words whichever path met it.
 */
export function readScript(file: string): CypherScript {
  return parseScript(readInput(file, CYPHER_SCRIPT), file);
}

/** Checks a script's bytes (from a file or an API request); `file` names it in messages and the audit record. */
export function parseScript(bytes: Uint8Array, file: string): CypherScript {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ScriptLoadError('NOT_UTF8', `${file}: the file is not valid UTF-8; expected a UTF-8 Cypher script`, file);
  }
  const statements = splitStatements(text);
  if (statements.length === 0) {
    throw new ScriptLoadError(
      'EMPTY_SCRIPT',
      `${file}: found no Cypher statement (only comments or white space); expected statements separated by ';'`,
      file,
    );
  }
  refuseOutbound(file, statements);
  refuseShellCommands(file, statements);
  // Which path may run them is the caller's call: data loads refuse them, applySchema needs only them.
  const schemaCommands = statements.flatMap((statement) => {
    if (statement.command !== undefined) return [];
    const command = schemaCommand(statement.text);
    return command === null ? [] : [{ statement, command }];
  });
  const plans = [...text.matchAll(PLAN_DIRECTIVE)].map((m) => m[1] as string);
  return {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    statements,
    plans,
    schemaCommands,
  };
}

/** Refuses the whole script, before anything runs, when a statement reaches outside the graph (guard.ts). */
function refuseOutbound(file: string, statements: readonly ScriptStatement[]): void {
  for (const statement of statements) {
    const r = refusal(statement.text);
    if (r === null) continue;
    const newlines = (to: number) => statement.text.slice(0, to).split('\n').length - 1;
    const lineOf = (offset: number) => statement.line - newlines(leadingTrivia(statement.text)) + newlines(offset);
    const line = lineOf(r.offset);
    throw new ScriptLoadError(
      'STATEMENT_REFUSED',
      refusalMessage(file, statement, lineOf, r),
      file,
      statement.index,
      line,
    );
  }
}

/** The two forms of cypher-shell's `:param`: a map of parameters, or one name and its value. */
export const PARAM_MAP = /^\{[\s\S]*\}$/;
export const PARAM_ARROW = /^([A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)+`)\s*=>\s*([\s\S]+)$/;

/**
 * Of cypher-shell's commands a data script may hold `:param` (how plan scripts show their rows),
 * nothing else: the loader runs each file as one transaction of its own (so `:begin`/`:commit`
 * would mislead), on the database it is connected to (so `:use` would too).
 */
function refuseShellCommands(file: string, statements: readonly ScriptStatement[]): void {
  for (const statement of statements) {
    const command = statement.command;
    if (command === undefined) continue;
    const isParam = command.name === ':param' || command.name === ':params';
    if (isParam && (PARAM_MAP.test(command.argument) || PARAM_ARROW.test(command.argument))) continue;
    const expected = isParam
      ? 'expected `:param {name: value, …}` or `:param name => value`'
      : 'a script loaded through Plan Graph runs as one transaction on the configured database; the only cypher-shell command it may hold is `:param`';
    throw new ScriptLoadError(
      'COMMAND_REFUSED',
      `${file}: statement ${statement.index} (line ${statement.line}) is the cypher-shell command ${command.name} ${command.argument}`.trimEnd() +
        `; ${expected}. Nothing from the file was written`,
      file,
      statement.index,
      statement.line,
    );
  }
}
