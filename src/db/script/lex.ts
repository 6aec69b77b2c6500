/**
 * A Cypher lexer just exact enough to tell code from strings and comments the way Neo4j 5.26
 * does: `//` comments end at LF or CR (not at NEL, LS or PS), `/* … *\/` do not nest, strings
 * take backslash escapes, quoted names double their backticks. Run it on decoded text
 * (see unicodeEscapes.ts) to see what Neo4j sees.
 */
export type TokenKind = 'word' | 'name' | 'string' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** For a word or symbol the text itself; for a string or quoted name its content, unescaped only of `` ` `` doubling. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_]/u;
const WORDS = /[\p{L}\p{N}_]+/uy;
// ASCII punctuation is code; any other character that is not part of a word (white space of any
// kind, controls) separates tokens, which errs towards seeing two words where Neo4j sees one.
const SYMBOL = /[!#-&(-/:-@[\\\]^{-~]/;

export function lexCypher(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      i = lineEnd(text, i);
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(text, i, ch);
      const body = text.slice(i + 1, end);
      tokens.push({
        kind: ch === '`' ? 'name' : 'string',
        text: ch === '`' ? body.replaceAll('``', '`') : body,
        start: i,
        end: Math.min(end + 1, text.length),
      });
      i = end + 1;
    } else if (WORD.test(ch)) {
      WORDS.lastIndex = i;
      WORDS.exec(text);
      tokens.push({ kind: 'word', text: text.slice(i, WORDS.lastIndex), start: i, end: WORDS.lastIndex });
      i = WORDS.lastIndex;
    } else {
      if (SYMBOL.test(ch)) tokens.push({ kind: 'symbol', text: ch, start: i, end: i + 1 });
      i += 1;
    }
  }
  return tokens;
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}

/** Index of the quote closing the one at `open` (the text's length when none does). */
function closingQuote(text: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && quote !== '`') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (quote === '`' && text[i + 1] === '`') {
        i += 2;
        continue;
      }
      return i;
    }
    i += 1;
  }
  return text.length;
}
