import { lexCypher, type Token } from './lex';
import type { ScriptStatement } from './split';
import { decodeUnicodeEscapes, isStructural, unicodeEscapes } from './unicodeEscapes';

/** Why one statement of a script is refused, and where in it (an offset into its text). */
export interface Refusal {
  offset: number;
  what: string;
  why: string;
}

// Scripts loaded through Plan Graph (plangraph load/add, the loadScript mutation, npm start) only
// read and write the graph. Anything that reaches outside the database is refused before the first
// statement runs: LOAD CSV and procedures can fetch URLs and files from the database host
// (apoc.load.*, apoc.import.*, apoc.export.*, dbms.*) or run Cypher this check never sees
// (apoc.cypher.*, apoc.periodic.*), and plugin functions can do the same. Plan scripts need none.
const OUTSIDE =
  'scripts loaded through Plan Graph may only read and write the graph; load data from outside as plan texts or sidecars';

// Cypher's own namespaced functions (date.truncate, duration.between, point.distance, …); any other
// namespace belongs to a plugin.
const BUILT_IN_NAMESPACES = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
  'db',
  'graph',
]);

/** The first reason to refuse a statement, or null when it only reads and writes the graph. */
export function refusal(text: string): Refusal | null {
  for (const e of unicodeEscapes(text)) {
    if (e.char !== null && isStructural(e)) {
      return {
        offset: e.start,
        what: `the escape ${text.slice(e.start, e.end)} (${JSON.stringify(e.char)})`,
        why:
          'Neo4j decodes \\uXXXX escapes before it reads a statement, so an escaped quote, backslash, slash, asterisk, ' +
          'semicolon or line break changes what is text and what is code; write the character itself, or escape it inside a string',
      };
    }
  }
  const { text: decoded, rawOffset } = decodeUnicodeEscapes(text);
  const tokens = lexCypher(decoded).filter((t) => t.kind !== 'string');
  const found = findOutbound(tokens);
  return found ? { ...found, offset: rawOffset[found.offset] as number } : null;
}

function findOutbound(tokens: readonly Token[]): Refusal | null {
  const word = (i: number) => (tokens[i]?.kind === 'word' ? tokens[i].text.toUpperCase() : null);
  const symbol = (i: number) => (tokens[i]?.kind === 'symbol' ? tokens[i].text : null);
  const isName = (i: number) => tokens[i]?.kind === 'word' || tokens[i]?.kind === 'name';
  for (let i = 0; i < tokens.length; i += 1) {
    const at = (tokens[i] as Token).start;
    const before = symbol(i - 1);
    if (word(i) === 'LOAD' && word(i + 1) === 'CSV') {
      return { offset: at, what: 'LOAD CSV', why: `it makes the database server read a file or URL; ${OUTSIDE}` };
    }
    // CALL { … } and CALL (x) { … } are subqueries; CALL followed by a name calls a procedure.
    if (word(i) === 'CALL' && before !== '.' && before !== ':' && before !== '$' && isName(i + 1)) {
      const name = qualifiedName(tokens, i + 1);
      return {
        offset: at,
        what: `CALL ${name.text}`,
        why: `procedures can reach outside the database (apoc.load.*, apoc.export.*, dbms.*) or run Cypher unseen, and no plan script needs one; ${OUTSIDE}`,
      };
    }
    if (isName(i) && before !== '.' && before !== '$') {
      const name = qualifiedName(tokens, i);
      const namespace = name.parts[0]?.toLowerCase() ?? '';
      if (name.parts.length > 1 && symbol(name.next) === '(' && !BUILT_IN_NAMESPACES.has(namespace)) {
        return {
          offset: at,
          what: `the function ${name.text}`,
          why: `it is not one of Cypher's own functions, and plugin functions can reach outside the database or run Cypher unseen; ${OUTSIDE}`,
        };
      }
    }
  }
  return null;
}

/** `a.b.c` (parts may be quoted with backticks) starting at token `from`; `next` is the token after it. */
function qualifiedName(tokens: readonly Token[], from: number): { parts: string[]; text: string; next: number } {
  const parts: string[] = [];
  let i = from;
  for (;;) {
    const t = tokens[i];
    if (!t || (t.kind !== 'word' && t.kind !== 'name')) break;
    // A quoted name with dots in it is read as a namespace too: that only ever refuses more.
    parts.push(...t.text.split('.'));
    i += 1;
    if (tokens[i]?.kind !== 'symbol' || tokens[i]?.text !== '.') break;
    i += 1;
  }
  return { parts, text: parts.join('.'), next: i };
}

/** The refusal message for a statement of a script: names the file, statement, line, what and why. */
export function refusalMessage(
  file: string,
  statement: ScriptStatement,
  lineOfOffset: (offset: number) => number,
  r: Refusal,
): string {
  return `${file}: statement ${statement.index} (line ${lineOfOffset(r.offset)}) is refused: ${r.what} — ${r.why}. Nothing from the file was written`;
}
