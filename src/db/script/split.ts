import { lexCypher } from './lex';
import { decodeUnicodeEscapes } from './unicodeEscapes';

/** One statement of a Cypher script, with where it starts in the file (1-based). */
export interface ScriptStatement {
  /** 1-based position among the script's statements. */
  index: number;
  /** Line of the statement's first token. */
  line: number;
  text: string;
}

/**
 * Splits a Cypher script on the `;` that end statements: a `;` inside a string ('…', "…"), a
 * quoted name (`…`) or a comment (// …, /* … *\/) does not count. Strings and comments are told
 * apart as Neo4j does (lex.ts, after decoding \uXXXX escapes), so what is sent as one statement is
 * what Neo4j reads as one. Statements that are only comments or white space are dropped.
 */
export function splitStatements(script: string): ScriptStatement[] {
  const { text, rawOffset } = decodeUnicodeEscapes(script);
  const tokens = lexCypher(text);
  const statements: ScriptStatement[] = [];
  const lines = new LineCounter(script);
  let start = 0;
  let first: number | null = null;
  const push = (end: number) => {
    if (first !== null) statements.push({ index: statements.length + 1, line: lines.lineAt(first), text: script.slice(start, end).trim() });
  };
  for (const token of tokens) {
    const raw = rawOffset[token.start] as number;
    if (token.kind === 'symbol' && token.text === ';') {
      push(raw);
      start = raw + 1;
      first = null;
    } else if (first === null) {
      first = raw;
    }
  }
  push(script.length);
  return statements;
}

/** Length of the white space and comments before a statement's first token. */
export function leadingTrivia(text: string): number {
  const { text: decoded, rawOffset } = decodeUnicodeEscapes(text);
  const [first] = lexCypher(decoded);
  return first ? (rawOffset[first.start] as number) : text.length;
}

/** 1-based line numbers of offsets, asked for in increasing order. */
export class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.offset) (this.offset = 0), (this.line = 1);
    for (; this.offset < offset; this.offset += 1) if (this.text[this.offset] === '\n') this.line += 1;
    return this.line;
  }
}
