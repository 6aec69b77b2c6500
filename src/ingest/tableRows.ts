import type { Layout } from './layout';
import type { Line } from './lines';
import type { LineSpan } from './types';

export interface TableRow {
  cells: string[];
  lines: LineSpan;
}

/**
 * Rows of a flattened table whose cells sit one per line (`\t1`, `\t婴幼儿照护服务`) and whose rows are
 * separated by blank lines. A line without a tab continues the cell above it.
 */
export function tableRows(layout: Layout, span: LineSpan): TableRow[] {
  const rows: Line[][] = [[]];
  for (const line of layout.lines.slice(span[0], span[1])) {
    if (line.kind === 'blank') rows.push([]);
    else rows[rows.length - 1]?.push(line);
  }
  return rows.filter((r) => r.length > 0).map(toRow);
}

function toRow(row: readonly Line[]): TableRow {
  const cells: string[] = [];
  for (const line of row) {
    const parts = line.raw.split('\t').map((c) => c.replace(/\u3000/g, ' ').trim());
    const [head, ...rest] = parts;
    const last = cells.length - 1;
    if (line.kind !== 'cell' && last >= 0) cells[last] += head ?? '';
    else if (head) cells.push(head);
    cells.push(...rest.filter((c) => c !== ''));
  }
  return { cells, lines: [row[0]?.no ?? 0, row[row.length - 1]?.no ?? 0] };
}
