import type { Layout } from './layout';
import type { Line } from './lines';
import type { LineSpan } from './types';

export interface TableRow {
  cells: string[];
  lines: LineSpan;
}

/**
 * Rows of a flattened table (a 专栏's list, a table of goals), in either layout a Word table comes
 * out of text export in: one cell per line (`\t1`, `\t婴幼儿照护服务`) with rows separated by blank
 * lines, or one row per line with its cells between tabs (`1\t婴幼儿照护服务\t…`, as the document
 * readers and many converters write). Empty cells are dropped in both, so a row reads the same.
 */
export function tableRows(layout: Layout, span: LineSpan): TableRow[] {
  const lines = layout.lines.slice(span[0], span[1]);
  return rowPerLine(lines) ? linesAsRows(lines) : blockRows(lines);
}

const cellsOf = (line: Line): string[] => line.raw.split('\t').map((c) => c.replace(/\u3000/g, ' ').trim());
const filledCells = (line: Line): string[] => cellsOf(line).filter((c) => c !== '');

/** Most lines hold two cells or more: each line is a row. */
function rowPerLine(lines: readonly Line[]): boolean {
  const filled = lines.filter((l) => l.kind !== 'blank');
  return filled.filter((l) => filledCells(l).length >= 2).length * 2 > filled.length;
}

/** One row per line; a line of one cell continues the last cell above it (a cell's text wrapped). */
function linesAsRows(lines: readonly Line[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    const cells = filledCells(line);
    const above = rows[rows.length - 1];
    if (cells.length >= 2 || !above) rows.push({ cells, lines: [line.no, line.no] });
    else {
      const last = above.cells.length - 1;
      if (last >= 0) above.cells[last] += cells[0] ?? '';
      else above.cells.push(...cells);
      above.lines[1] = line.no;
    }
  }
  return rows.filter((r) => r.cells.length > 0);
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
