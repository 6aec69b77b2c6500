import { readFileSync } from 'node:fs';
import { printedIndicatorTable } from '../../src/ingest/indicators';
import { classify } from '../../src/ingest/lines';
import { fromText } from '../../src/ingest/source';

/** One line of the plan text, as a paragraph; `heading` 1–3 for 篇/章/节 headings. */
export interface LineBlock {
  kind: 'line';
  text: string;
  heading: 1 | 2 | 3 | null;
}

/** The main indicator table, as a real table: a category column merged down its groups, label rows across. */
export interface TableBlock {
  kind: 'table';
  headings: string[];
  rows: { cells: string[]; label: boolean }[];
  /** The column whose empty cells continue the category above (merged cells in the document). */
  categoryColumn: number | null;
}

export type Block = LineBlock | TableBlock;

const LEVEL = { part: 1, chapter: 2, section: 3 } as const;

/**
 * A bundled plan text as the document it was converted from: every line a paragraph (headings
 * styled as such), except the main indicator table, which becomes a table again from the cells the
 * parser reads. The other flattened tables (boxes) stay as the tab-separated lines they are.
 */
export function planBlocks(file: string): { title: string; blocks: Block[] } {
  const text = readFileSync(file, 'utf8');
  const src = fromText(text, file);
  const table = printedIndicatorTable(src);
  if (table === null) throw new Error(`${file}: no indicator table`);
  const blocks: Block[] = [];
  src.lines.forEach((raw, i) => {
    const no = i + 1;
    if (no === table.start) {
      const categoryColumn = table.headings.findIndex((h) => /类别|领域/.test(h));
      blocks.push({
        kind: 'table',
        headings: table.headings,
        rows: table.rows.map((r) => ({ cells: r.cells, label: r.kind === 'category' })),
        categoryColumn: categoryColumn < 0 ? null : categoryColumn,
      });
    }
    if (no >= table.start && no <= table.end) return;
    const line = classify(raw, no);
    blocks.push({ kind: 'line', text: raw, heading: line.heading ? LEVEL[line.heading.kind] : null });
  });
  const title = src.lines.map((l) => l.trim()).find((l) => l !== '') ?? file;
  return { title, blocks };
}

/** Whether row `r`'s cell in the category column continues the group above (an empty cell under one). */
export function continuesCategory(table: TableBlock, r: number): boolean {
  const col = table.categoryColumn;
  if (col === null || r === 0) return false;
  const row = table.rows[r];
  const above = table.rows[r - 1];
  return row !== undefined && !row.label && above !== undefined && !above.label && (row.cells[col] ?? '') === '';
}

/** How many rows the category cell of row `r` covers (1 when it is not merged). */
export function categorySpan(table: TableBlock, r: number): number {
  let n = 1;
  while (r + n < table.rows.length && continuesCategory(table, r + n)) n++;
  return n;
}
