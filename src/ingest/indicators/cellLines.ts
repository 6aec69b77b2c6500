import {
  appendTail,
  type Cell,
  lastLineOf,
  isWrapTail,
  nextNonBlank,
  type Note,
  readNotes,
  type RawRow,
  type RowShape,
  type TableBody,
} from './cells';
import { rowSeq } from './numbering';
import { cleanCell, isBlank, isNoteStart, normalizeLine } from './text';

/**
 * Splits lines laid out one cell per line (each cell line starts with a tab, Yuzhong, Yongchuan,
 * Jiangbei) into cells, from line index `from` up to (not including) `to`. A line without a leading tab directly under a cell line is that cell
 * wrapped (`应保` / `尽保`); after a blank line it is body text, and the run ends. Empty pieces
 * beside text on one line are stray tabs, not cells.
 */
export function readCellStream(lines: readonly string[], from: number, to = lines.length): Cell[] {
  const cells: Cell[] = [];
  let blankBefore = false;
  let underCell = false;
  for (let j = from; j < Math.min(to, lines.length); j++) {
    const raw = normalizeLine(lines[j] ?? '');
    if (isBlank(raw)) {
      blankBefore = true;
      underCell = false;
      continue;
    }
    const last = cells[cells.length - 1];
    if (raw.includes('\t')) {
      const [head = '', ...rest] = raw.split('\t');
      if (head.trim() !== '' && last && underCell) appendTail(last, head, j + 1);
      const texts = rest.map(cleanCell).filter((t) => t !== '');
      for (const text of texts.length > 0 || head.trim() !== '' ? texts : ['']) {
        cells.push({ text, line: j + 1, endLine: j + 1, blankBefore });
        blankBefore = false;
      }
    } else if (last && underCell && isWrapTail(raw)) {
      appendTail(last, raw, j + 1);
    } else {
      return cells;
    }
    blankBefore = false;
    underCell = true;
  }
  return cells;
}

/**
 * Groups a cell stream into rows of `shape.width` cells. A row starts where the 序号 cell holds a
 * number; a blank line only ends a row early when the next row visibly starts there (the text
 * also has blank lines inside rows). A lone text cell followed by empty cells and then a row is a
 * category row.
 */
export function readCellLines(lines: readonly string[], from: number, shape: RowShape): TableBody {
  const cells = readCellStream(lines, from);
  const rows: RawRow[] = [];
  let notes: Note[] | null = null;
  let expected = 1;
  const seqAt = (k: number): number | null => rowSeq(cells[k + shape.seq]?.text ?? '', shape.numbering);
  let i = 0;
  while (i < cells.length) {
    const cell = cells[i] as Cell;
    if (isNoteStart(cell.text)) {
      notes = readNotes(lines, cell.line - 1);
      break;
    }
    const seq = seqAt(i);
    if (seq !== null) {
      const row: Cell[] = [cell];
      let k = i + 1;
      while (row.length < shape.width && k < cells.length) {
        const next = cells[k] as Cell;
        if (next.blankBefore && (isNoteStart(next.text) || seqAt(k) === seq + 1)) break;
        row.push(next);
        k++;
      }
      rows.push({ kind: 'data', cells: row });
      expected = seq + 1;
      i = k;
      continue;
    }
    if (cell.text === '') {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < cells.length && cells[k]?.text === '') k++;
    if (seqAt(k) === null || (rows.length > 0 && seqAt(k) !== expected)) break;
    rows.push({ kind: 'category', cells: [cell] });
    i = k;
  }
  return { rows, notes: notes ?? readNotes(lines, nextNonBlank(lines, lastLineOf(rows))) };
}
