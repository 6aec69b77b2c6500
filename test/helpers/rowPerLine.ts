import type { LineSpan } from '../../src/ingest/types';

// A plan's flattened tables re-laid out one row per line: the same tables as another text export
// (and the document readers) writes them. In the bundled texts a Word table comes out one cell per
// line (`\t1`, `\t婴幼儿照护服务`, a line without a tab continuing the cell above), rows between blank
// lines. Within the given spans, each such row becomes one line of cells between tabs, with no blank
// line between rows. A lone cell (a one-cell row) and everything outside the spans are left as they were.

/** `text` with the one-cell-per-line rows inside `spans` (1-based, inclusive) laid out one row per line. */
export function tablesRowPerLine(text: string, spans: readonly LineSpan[]): string {
  const lines = text.split('\n');
  const inSpan = (from: number, to: number) => spans.some(([a, b]) => from + 1 >= a && to <= b);
  const out: string[] = [];
  let blanks: string[] = [];
  let previousWasRow = false;
  for (let i = 0; i < lines.length;) {
    if (blank(lines[i])) {
      blanks.push(lines[i] ?? '');
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && !blank(lines[end])) end++;
    const block = lines.slice(i, end);
    const cells = oneCellPerLine(block) && inSpan(i, end) ? cellsOf(block) : [];
    const isRow = cells.length >= 2;
    if (!(isRow && previousWasRow)) out.push(...blanks);
    out.push(...(isRow ? [cells.join('\t')] : block));
    blanks = [];
    previousWasRow = isRow;
    i = end;
  }
  out.push(...blanks);
  return out.join('\n');
}

/** An empty cell is a line holding only its tab: not a blank line. */
const blank = (line: string | undefined) => /^[ \u3000\r]*$/.test(line ?? '');

/** A row of one cell per line: it opens with a tab, and no line has a tab inside its text. */
const oneCellPerLine = (block: readonly string[]) =>
  (block[0] ?? '').startsWith('\t') && block.every((l) => l.replace(/\t+$/, '').lastIndexOf('\t') <= 0);

function cellsOf(block: readonly string[]): string[] {
  const cells: string[] = [];
  for (const line of block) {
    const text = line.replace(/^\t/, '').replace(/\t+$/, '').trim();
    if (line.startsWith('\t') || cells.length === 0) cells.push(text);
    else cells[cells.length - 1] += text;
  }
  return cells;
}
