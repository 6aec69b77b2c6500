import {
  appendTail,
  type Cell,
  dropTrailingCategories,
  lastLineOf,
  isWrapTail,
  nextNonBlank,
  readNotes,
  type RawRow,
  type RowShape,
  splitTabs,
  type TableBody,
} from './cells';
import { cleanCell, hasNoText, isContinuedCaption, isNoteStart, isPageNumber, isProse, normalizeLine } from './text';
import { rowSeq } from './numbering';

/**
 * Reads a table flattened one row per line with tab-separated cells (Chongqing, Changshou).
 * `from` is the 0-based index of the first line after the header. Blank lines inside the table
 * are skipped; a line whose 序号 cell is not a number continues a short row above (a wrapped
 * cell) or, when it has a single short cell, names a category.
 */
export function readLineRows(lines: readonly string[], from: number, shape: RowShape): TableBody {
  let rows: RawRow[] = [];
  let blankBefore = false;
  for (let j = from; j < lines.length; j++) {
    const raw = normalizeLine(lines[j] ?? '');
    if (hasNoText(raw)) {
      blankBefore = true;
      continue;
    }
    if (isNoteStart(cleanCell(raw))) return { rows, notes: readNotes(lines, j) };
    // A page break inside the table leaves its page number (`- 7 -`) or a 续表 caption: not a category.
    if (isPageNumber(raw) || isContinuedCaption(raw)) continue;
    const cells: Cell[] = splitTabs(raw).map((text) => ({ text, line: j + 1, endLine: j + 1, blankBefore }));
    const last = rows[rows.length - 1];
    if (startsRow(cells, shape)) {
      rows.push({ kind: 'data', cells });
    } else if (last?.kind === 'data' && last.cells.length < shape.width && !blankBefore && isWrapTail(raw)) {
      continueRow(last, cells, j + 1);
    } else if (cells.filter((c) => c.text !== '').length === 1 && cells[0]?.text && !isProse(raw)) {
      rows.push({ kind: 'category', cells: [cells[0]] });
    } else {
      break;
    }
    blankBefore = false;
  }
  rows = dropTrailingCategories(rows);
  return { rows, notes: readNotes(lines, nextNonBlank(lines, lastLineOf(rows))) };
}

/**
 * A numbered row prints its number; an unnumbered one is a line with its name and a value filled
 * (a wrapped cell's tail or a category label fills one cell).
 */
function startsRow(cells: readonly Cell[], shape: RowShape): boolean {
  if (shape.numbering !== 'none') return rowSeq(cells[shape.seq]?.text ?? '', shape.numbering) !== null;
  const filled = (i: number): boolean => (cells[i]?.text ?? '') !== '';
  return filled(shape.name) && shape.values.some(filled);
}

/** A row wrapped mid-cell: the first piece of the next line finishes the last cell. */
function continueRow(row: RawRow, cells: Cell[], line: number): void {
  const [head, ...rest] = cells;
  const tail = row.cells[row.cells.length - 1];
  if (head && tail) appendTail(tail, head.text, line);
  row.cells.push(...rest);
}
