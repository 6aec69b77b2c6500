import { piecesOf, type Piece } from './indicators/pieces';
import type { Layout } from './layout';
import type { Line } from './lines';
import type { LineSpan } from './types';

export interface TableRow {
  cells: string[];
  lines: LineSpan;
}

/**
 * Rows of a flattened table (a 专栏's list, a table of goals), in each layout a Word or PDF table
 * comes out of text export in: one cell per line (`\t1`, `\t婴幼儿照护服务`) with rows separated by
 * blank lines; one row per line with its cells between tabs (`1\t婴幼儿照护服务\t…`, as the document
 * readers and many converters write); or one row per line in character columns (`pdftotext
 * -layout`), a wrapped cell going on below, under its own column. Empty cells are dropped in all
 * three, so a row reads the same.
 */
export function tableRows(layout: Layout, span: LineSpan): TableRow[] {
  const lines = layout.lines.slice(span[0], span[1]);
  return rowPerLine(lines) ? linesAsRows(lines) : blockRows(lines);
}

const cellsOf = (line: Line): string[] => line.raw.split('\t').map((c) => c.replace(/\u3000/g, ' ').trim());
const hasTab = (line: Line): boolean => line.raw.includes('\t');
/**
 * A line's filled cells: between tabs (as printed; `start` is then the cell's position in the row),
 * else in character columns (runs of two spaces or more between them).
 */
const piecesAt = (line: Line): Piece[] =>
  hasTab(line)
    ? cellsOf(line)
        .filter((c) => c !== '')
        .map((text, start) => ({ text, line: line.no, start, end: start + 1 }))
    : piecesOf(line.raw, line.no);

/** More lines hold two cells or more than hold one cell after a tab: each line is a row. */
function rowPerLine(lines: readonly Line[]): boolean {
  const filled = lines.filter((l) => l.kind !== 'blank');
  const rows = filled.filter((l) => piecesAt(l).length >= 2).length;
  const cells = filled.filter((l) => l.raw.startsWith('\t') && piecesAt(l).length === 1).length;
  return rows > 0 && rows > cells;
}

interface ColumnRow extends TableRow {
  /** Where each cell starts, for a row in character columns: a wrapped cell's next lines start there too. */
  starts: number[];
}

/**
 * One row per line. Between tabs, a line of one cell continues the last cell above it (a cell's
 * text wrapped). In character columns, a row opens at the table's left edge with two cells or more;
 * any other line holds wrapped parts of the row above, each under the cell it continues.
 */
function linesAsRows(lines: readonly Line[]): TableRow[] {
  const rows: ColumnRow[] = [];
  let left = Infinity;
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    const pieces = piecesAt(line);
    const above = rows[rows.length - 1];
    const opens = hasTab(line)
      ? pieces.length >= 2
      : pieces.length >= 2 && (pieces[0]?.start ?? 0) <= Math.min(left, pieces[0]?.start ?? 0) + 1;
    if (opens || !above) {
      if (!hasTab(line)) left = Math.min(left, pieces[0]?.start ?? left);
      rows.push({
        cells: pieces.map((p) => p.text),
        starts: pieces.map((p) => p.start),
        lines: [line.no, line.no],
      });
      continue;
    }
    for (const piece of pieces) {
      const at = hasTab(line) ? above.cells.length - 1 : columnOf(above.starts, piece.start);
      if (at < 0) above.cells.push(piece.text);
      else above.cells[at] += piece.text;
    }
    above.lines[1] = line.no;
  }
  return rows.filter((r) => r.cells.length > 0).map(({ cells, lines: span }) => ({ cells, lines: span }));
}

/** The cell a wrapped part starting at `start` continues: the last one starting at or before it (a character's slack). */
function columnOf(starts: readonly number[], start: number): number {
  let at = 0;
  starts.forEach((s, i) => {
    if (s <= start + 1) at = i;
  });
  return starts.length === 0 ? -1 : at;
}

/** One cell per line, rows separated by blank lines; a line without a tab continues the cell above it. */
function blockRows(lines: readonly Line[]): TableRow[] {
  const rows: Line[][] = [[]];
  for (const line of lines) {
    if (line.kind === 'blank') rows.push([]);
    else rows[rows.length - 1]?.push(line);
  }
  return rows.filter((r) => r.length > 0).map(toRow);
}

function toRow(row: readonly Line[]): TableRow {
  const cells: string[] = [];
  for (const line of row) {
    const [head, ...rest] = cellsOf(line);
    const last = cells.length - 1;
    if (line.kind !== 'cell' && last >= 0) cells[last] += head ?? '';
    else if (head) cells.push(head);
    cells.push(...rest.filter((c) => c !== ''));
  }
  return { cells, lines: [row[0]?.no ?? 0, row[row.length - 1]?.no ?? 0] };
}
