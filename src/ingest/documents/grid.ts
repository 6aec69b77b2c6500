import type { GridRow } from './types';

/** A cell as it is placed in a table: its text and the grid columns and rows it covers. */
export interface PlacedCell {
  text: string;
  colSpan: number;
  /** HTML rowspan; Word marks the rows below with vMerge instead (`merged`). */
  rowSpan: number;
  /** Word's vMerge continue: this cell is the one above, seen again. */
  merged: boolean;
}

/**
 * Lays rows of placed cells onto a grid the way a reader sees the table: a cell spanning rows or
 * merged down fills every row it covers, a cell spanning columns fills its first column and leaves
 * the others empty, and a row that is one cell across the whole table is a label row.
 */
export function fillGrid(rows: readonly PlacedCell[][]): GridRow[] {
  const width = Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + c.colSpan, 0)));
  const carried: ({ text: string; rows: number } | undefined)[] = [];
  const above: string[] = [];
  return rows.map((row) => {
    const cells: string[] = [];
    let col = 0;
    const takeCarried = () => {
      while (carried[col] && (carried[col]?.rows ?? 0) > 0) {
        const c = carried[col] as { text: string; rows: number };
        cells[col] = c.text;
        c.rows--;
        col++;
      }
    };
    for (const cell of row) {
      takeCarried();
      const text = cell.merged ? (above[col] ?? '') : cell.text;
      for (let k = 0; k < cell.colSpan; k++) {
        cells[col + k] = k === 0 ? text : '';
        if (cell.rowSpan > 1) carried[col + k] = { text: k === 0 ? text : '', rows: cell.rowSpan - 1 };
      }
      col += cell.colSpan;
    }
    takeCarried();
    for (let k = 0; k < width; k++) {
      cells[k] ??= '';
      above[k] = cells[k] ?? '';
    }
    const spansAll = width > 1 && row.length === 1 && row[0]?.colSpan === width;
    return { cells: spansAll ? [cells[0] ?? ''] : cells, spansAll };
  });
}

/** A cell's paragraphs as one line: CJK text joins directly, other text with a space. */
export function joinCellParagraphs(parts: readonly string[]): string {
  return parts
    .map((p) => p.replace(/[\t\r\n]+/g, ' ').trim())
    .filter((p) => p !== '')
    .reduce((a, b) => (a === '' ? b : /[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) ? `${a} ${b}` : a + b), '');
}

/** The table as the text path's lines: one row a line, cells separated by tabs (the `line-rows` layout). */
export function gridLines(rows: readonly GridRow[]): string[] {
  return rows.map((r) => (r.spansAll ? (r.cells[0] ?? '') : r.cells.join('\t')));
}
