/** One statement of a Cypher script, with where it starts in the file (1-based). */
export interface ScriptStatement {
  /** 1-based position among the script's statements. */
  index: number;
  line: number;
  text: string;
}

/**
 * Splits a Cypher script on the `;` that end statements, the way cypher-shell does: a `;`
 * inside a string ('…', "…"), a quoted name (`…`) or a comment (// …, /* … *\/) does not count.
 * Statements that are only comments or white space are dropped.
 */
export function splitStatements(script: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let i = 0;
  const push = (end: number) => {
    const text = script.slice(start, end);
    if (stripComments(text).trim() !== '') {
      const offsetLines = countNewlines(text.slice(0, leadingTrivia(text)));
      statements.push({ index: statements.length + 1, line: startLine + offsetLines, text: text.trim() });
    }
  };
  while (i < script.length) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === '\n') line += 1;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(script, i, ch);
      line += countNewlines(script.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if (ch === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      const stop = end === -1 ? script.length : end + 2;
      line += countNewlines(script.slice(i, stop));
      i = stop;
      continue;
    }
    if (ch === ';') {
      push(i);
      start = i + 1;
      startLine = line;
    }
    i += 1;
  }
  push(script.length);
  return statements;
}

/** Index of the quote closing the one at `open`; backslash escapes apply inside strings, `` doubles inside names. */
function closingQuote(script: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < script.length) {
    const ch = script[i];
    if (ch === '\\' && quote !== '`') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (quote === '`' && script[i + 1] === '`') {
        i += 2;
        continue;
      }
      return i;
    }
    i += 1;
  }
  return script.length;
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n += 1;
  return n;
}

/** Length of the white space and comments before a statement's first token: its line is where the code starts. */
export function leadingTrivia(text: string): number {
  const match = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(text);
  return match ? match[0].length : 0;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}
