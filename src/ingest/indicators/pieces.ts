import { normalizeLine } from './text';

/**
 * A run of text on one line with where it stands: `start`/`end` are character columns (code
 * points, so a CJK glyph counts one, as `pdftotext -layout` places them), `line` is 1-based.
 */
export interface Piece {
  text: string;
  line: number;
  start: number;
  end: number;
}

// Dot leaders between a name and its value (`人均预期寿命……岁`, `.....`) are spacing, not text.
const LEADERS = /…{1,}|\.{3,}|·{3,}|(?:\.\s){3,}/g;

/** The line as code points with ideographic spaces and leaders turned into plain spaces. */
function spaced(line: string): string[] {
  return Array.from(normalizeLine(line).replace(LEADERS, (m) => ' '.repeat(Array.from(m).length)));
}

function split(line: string, lineNo: number, gap: RegExp): Piece[] {
  const chars = spaced(line);
  const joined = chars.join('');
  const pieces: Piece[] = [];
  // Offsets of the joined string are UTF-16; map them back to code-point columns.
  const column = codePointColumns(chars);
  let last = 0;
  const push = (from: number, to: number): void => {
    const raw = joined.slice(from, to);
    const text = raw.trim();
    if (text === '') return;
    const lead = raw.length - raw.trimStart().length;
    const s = column(from + lead);
    pieces.push({ text, line: lineNo, start: s, end: s + Array.from(text).length });
  };
  for (const m of joined.matchAll(gap)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, joined.length);
  return pieces;
}

function codePointColumns(chars: readonly string[]): (utf16: number) => number {
  const at: number[] = [];
  chars.forEach((c, i) => {
    for (let k = 0; k < c.length; k++) at.push(i);
  });
  return (utf16) => at[utf16] ?? chars.length;
}

/** Cells of a line laid out in columns: separated by tabs or by runs of two or more spaces. */
export function piecesOf(line: string, lineNo: number): Piece[] {
  return split(line, lineNo, /(?: {2,}|\t)[ \t]*/g);
}

/** Every white-space separated word of a line, with its position. */
export function wordsOf(line: string, lineNo: number): Piece[] {
  return split(line, lineNo, /[ \t]+/g);
}
