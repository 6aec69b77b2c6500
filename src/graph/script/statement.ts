import { isStructural, unicodeEscapes } from '../../db/script/unicodeEscapes';
import { cypherLiteral } from '../cypherLiteral';
import type { GraphWrite, WriteStatement } from '../write';

// Every character Cypher ends a `//` comment at. Text after one would be code, so no text from a
// plan may ever carry one into a comment.
const COMMENT_ENDS = /[\r\n\u0085\u2028\u2029]+/g;

/** Comments are single `//` lines, so a stray line break in a title or file name must not escape them. */
export function commentLine(text: string): string {
  return `// ${defuseEscapes(text.replace(COMMENT_ENDS, ' '))}`;
}

/**
 * Neo4j decodes `\uXXXX` before it reads a comment, so the text `\u000d` would end one too (and a
 * `\u` without hex digits fails the whole statement; the loader refuses the other structural ones).
 * Doubling the backslash of such an escape leaves it as text; escapes of other characters (JSON's
 * `\u0085` in a quoted warning) stay, so the warning still reads back exactly.
 */
function defuseEscapes(text: string): string {
  const risky = unicodeEscapes(text).filter(isStructural);
  let out = '';
  let at = 0;
  for (const e of risky) {
    out += `${text.slice(at, e.start)}\\`;
    at = e.start;
  }
  return out + text.slice(at);
}

/**
 * Plan text quoted in a comment, escaped rather than flattened so it reads back exactly: JSON
 * spells CR and LF as \r and \n, but leaves U+0085, U+2028 and U+2029 raw, and each ends a comment.
 */
export function quotedForComment(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0085\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A graph write as a script for Neo4j's own tools. Parameters come as cypher-shell `:param`
 * commands: the shared ones once at the top, each batch (`rows`, one row per line) right above
 * the statement that UNWINDs it. Statements end with `;` and a newline, the form cypher-shell and
 * Browser split on; literals never contain raw line breaks, so a `;` at a line end only ever ends
 * a statement.
 */
export function renderScript(write: Pick<GraphWrite, 'header' | 'statements'>): string {
  const head = write.header.map(commentLine).join('\n');
  let current: string | null = null;
  const body = write.statements.map((s) => {
    const rows = rowsParam(s);
    // cypher-shell keeps $rows until the next :param; a sweep's rows are printed once for all its statements.
    const param = rows === current ? '' : `${rows}\n`;
    current = rows;
    return `${commentLine(s.comment)}\n${param}${s.cypher};\n`;
  });
  return `${head}\n\n${body.join('\n')}`;
}

function rowsParam(s: WriteStatement): string {
  return `:param {rows: [\n${s.rows.map((r) => `  ${cypherLiteral(r)}`).join(',\n')}\n]}`;
}
