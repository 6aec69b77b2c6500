/**
 * Neo4j's Cypher 5 parser reads a statement through a Java Unicode-escape filter: every `\uXXXX`
 * whose backslash follows an even number of backslashes is decoded *before* the statement is
 * lexed, in code, strings and comments alike. So `// a\u000dCREATE …` is a comment that ends and
 * code that runs, and `\u004cOAD CSV` spells LOAD CSV. Checked against Neo4j 5.26.
 */
export interface UnicodeEscape {
  /** Offset of the backslash in the raw text. */
  start: number;
  /** Offset just after the escape. */
  end: number;
  /** The character it decodes to, or null when the hex digits are missing (Neo4j rejects the statement). */
  char: string | null;
}

// Characters that decide where strings, quoted names, comments and statements start or end: spelled
// as escapes, they would make a statement read differently to a reviewer (and to this project's
// lexer) than to Neo4j.
const STRUCTURAL = new Set(["'", '"', '`', '\\', '/', '*', ';', '\n', '\r']);

/** True for an escape Neo4j cannot decode (it rejects the statement) or that decodes to a structural character. */
export function isStructural(e: UnicodeEscape): boolean {
  return e.char === null || STRUCTURAL.has(e.char);
}

const ESCAPE = /\\+u+([0-9a-fA-F]{4})?/g;

/** The escapes Neo4j decodes in `text`, in order. */
export function unicodeEscapes(text: string): UnicodeEscape[] {
  const escapes: UnicodeEscape[] = [];
  for (const m of text.matchAll(ESCAPE)) {
    const backslashes = /^\\+/.exec(m[0])?.[0].length ?? 0;
    // Only the last backslash can start an escape, and only when the ones before it pair up.
    if (backslashes % 2 === 0) continue;
    const start = (m.index ?? 0) + backslashes - 1;
    const hex = m[1];
    escapes.push({
      start,
      end: (m.index ?? 0) + m[0].length,
      char: hex === undefined ? null : String.fromCharCode(parseInt(hex, 16)),
    });
  }
  return escapes;
}

export interface DecodedText {
  text: string;
  /** `rawOffset[i]` is where decoded character `i` starts in the raw text (one extra entry for the end). */
  rawOffset: number[];
}

/** The text as Neo4j's lexer sees it. */
export function decodeUnicodeEscapes(raw: string): DecodedText {
  let text = '';
  const rawOffset: number[] = [];
  let i = 0;
  for (const e of unicodeEscapes(raw)) {
    for (; i < e.start; i += 1) {
      text += raw[i];
      rawOffset.push(i);
    }
    if (e.char === null) continue;
    text += e.char;
    rawOffset.push(e.start);
    i = e.end;
  }
  for (; i < raw.length; i += 1) {
    text += raw[i];
    rawOffset.push(i);
  }
  rawOffset.push(raw.length);
  return { text, rawOffset };
}
