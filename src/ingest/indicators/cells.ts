import type { Numbering } from './columns';
import { cleanCell, hasNoText, isNoteStart, isProse, joinWrapped, normalizeLine } from './text';

/** One table cell after un-flattening; `line`/`endLine` are 1-based, `endLine` > `line` when it wrapped. */
export interface Cell {
  text: string;
  line: number;
  endLine: number;
  /** A blank line separates this cell from the one before it. */
  blankBefore: boolean;
}

/** A data row, or a row that only names the category of the rows below it (`一、人口`). */
export interface RawRow {
  kind: 'data' | 'category';
  cells: Cell[];
}

export interface Note {
  text: string;
  line: number;
}

export interface TableBody {
  rows: RawRow[];
  notes: Note[];
}

/**
 * Where the data rows stand relative to the header: how many columns, which holds the row number
 * and how it is printed, and (for unnumbered rows) the name and value columns a row fills.
 */
export interface RowShape {
  width: number;
  seq: number;
  numbering: Numbering;
  name: number;
  values: number[];
}

/** Tab-separated header cells; trailing empty cells are stray tabs, not columns. */
export function splitTabs(line: string): string[] {
  const cells = normalizeLine(line).split('\t').map(cleanCell);
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * Reads the note block that starts at line index `from` (0-based): the 注 line and directly
 * following numbered lines (`2. …`), since multi-part notes are printed one part per line.
 */
export function readNotes(lines: readonly string[], from: number): Note[] {
  const notes: Note[] = [];
  for (let j = from; j < lines.length; j++) {
    const text = cleanCell(lines[j] ?? '');
    if (text === '') {
      if (notes.length > 0) break;
      continue;
    }
    if (notes.length > 0 && !isNoteStart(text) && !/^[（(]?\d+[)）.．、]/.test(text)) break;
    if (notes.length === 0 && !isNoteStart(text)) break;
    notes.push({ text, line: j + 1 });
  }
  return notes;
}

export function nextNonBlank(lines: readonly string[], from: number): number {
  let j = from;
  while (j < lines.length && hasNoText(normalizeLine(lines[j] ?? ''))) j++;
  return j;
}

/** Text that could be a wrapped piece of the cell above rather than body text after the table. */
export function isWrapTail(text: string): boolean {
  return !isProse(text) && !isNoteStart(text) && cleanCell(text).length <= 30;
}

export function appendTail(cell: Cell, text: string, line: number): void {
  cell.text = joinWrapped(cell.text, text);
  cell.endLine = line;
}

/** Category rows with no data row under them are the text after the table, not part of it. */
export function dropTrailingCategories(rows: RawRow[]): RawRow[] {
  let n = rows.length;
  while (n > 0 && rows[n - 1]?.kind === 'category') n--;
  return rows.slice(0, n);
}

export function lastLineOf(rows: readonly RawRow[]): number {
  return Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.endLine)));
}
