import { lexCypher, type Token } from './lex';
import { decodeUnicodeEscapes } from './unicodeEscapes';

/** A cypher-shell command (`:param {…}`, `:begin` …): what follows its name, without a trailing `;`. */
export interface ShellCommand {
  /** Lower-cased, with its colon: `:param`. */
  name: string;
  argument: string;
}

/** One statement of a Cypher script, with where it starts in the file (1-based). */
export interface ScriptStatement {
  /** 1-based position among the script's statements. */
  index: number;
  /** Line of the statement's first token. */
  line: number;
  text: string;
  /** Set when the statement is a cypher-shell command rather than Cypher. */
  command?: ShellCommand;
}

/**
 * Splits a Cypher script on the `;` that end statements: a `;` inside a string ('…', "…"), a
 * quoted name (`…`) or a comment (// …, /* … *\/) does not count. Strings and comments are told
 * apart as Neo4j does (lex.ts, after decoding \uXXXX escapes), so what is sent as one statement is
 * what Neo4j reads as one. Statements that are only comments or white space are dropped.
 *
 * A statement that starts with `:` is a cypher-shell command and ends as cypher-shell ends it:
 * `:param {…}` after its map's closing brace (the map may span lines) and the rest of that line,
 * any other command (`:param x => 1`, `:begin`) at the end of its line.
 */
export function splitStatements(script: string): ScriptStatement[] {
  const { text, rawOffset } = decodeUnicodeEscapes(script);
  const tokens = lexCypher(text);
  const statements: ScriptStatement[] = [];
  const lines = new LineCounter(script);
  const raw = (token: Token) => rawOffset[token.start] as number;
  let start = 0;
  let first: number | null = null;
  const push = (end: number, command?: ShellCommand) => {
    if (first === null) return;
    const statement = {
      index: statements.length + 1,
      line: lines.lineAt(first),
      text: script.slice(start, end).trim(),
    };
    statements.push(command === undefined ? statement : { ...statement, command });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (first === null && token.kind === 'symbol' && token.text === ':') {
      first = raw(token);
      const end = commandEnd(script, tokens, i, rawOffset);
      const body = script.slice(first, end).trim();
      push(end, commandOf(body));
      while (i + 1 < tokens.length && raw(tokens[i + 1] as Token) < end) i += 1;
      start = end;
      first = null;
    } else if (token.kind === 'symbol' && token.text === ';') {
      push(raw(token));
      start = raw(token) + 1;
      first = null;
    } else if (first === null) {
      first = raw(token);
    }
  }
  push(script.length);
  return statements;
}

/** Where the command whose `:` is tokens[at] ends in the raw script. */
function commandEnd(script: string, tokens: readonly Token[], at: number, rawOffset: readonly number[]): number {
  const name = tokens[at + 1];
  const open = tokens[at + 2];
  let from = rawOffset[(tokens[at] as Token).start] as number;
  if (name?.kind === 'word' && /^params?$/i.test(name.text) && open?.kind === 'symbol' && open.text === '{') {
    // A map that never closes runs to the end of the file, as in cypher-shell.
    from = script.length;
    let depth = 0;
    for (let i = at + 2; i < tokens.length; i += 1) {
      const t = tokens[i] as Token;
      if (t.kind === 'symbol' && t.text === '{') depth += 1;
      else if (t.kind === 'symbol' && t.text === '}' && --depth === 0) {
        from = rawOffset[t.end] as number;
        break;
      }
    }
  }
  const eol = script.slice(from).search(/[\r\n]/);
  return eol === -1 ? script.length : from + eol;
}

function commandOf(body: string): ShellCommand {
  const name = /^:[^\s;]*/.exec(body)?.[0] ?? ':';
  return {
    name: name.toLowerCase(),
    argument: body
      .slice(name.length)
      .trim()
      .replace(/[\s;]+$/, ''),
  };
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
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    for (; this.offset < offset; this.offset += 1) if (this.text[this.offset] === '\n') this.line += 1;
    return this.line;
  }
}
