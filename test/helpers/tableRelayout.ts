import type { LineSpan } from '../../src/ingest/types';

// A plan's flattened tables re-laid out as other text exports write them. In the bundled texts a
// Word table comes out one cell per line (`\t1`, `\t婴幼儿照护服务`, a line without a tab continuing the
// cell above), rows between blank lines. Within the given spans, each such row becomes either one
// line of cells between tabs (the document readers, many converters) or lines in character columns
// (`pdftotext -layout`: cells padded with spaces, a long cell wrapped onto the next lines under its
// column), with no blank line between rows. A lone cell (a one-cell row) and everything outside the
// spans are left as they were.

/** `text` with the one-cell-per-line rows inside `spans` (1-based, inclusive) laid out one row per line. */
export function tablesRowPerLine(text: string, spans: readonly LineSpan[]): string {
  return relay(text, spans, (rows) => rows.map((cells) => cells.join('\t')));
}

/**
 * The same rows in character columns, `wrap` code points wide at most (a longer cell goes on on
 * the next lines, under its column), three spaces between columns at least, indented as on a PDF page.
 */
export function tablesInColumns(text: string, spans: readonly LineSpan[], wrap = 24): string {
  return relay(text, spans, (rows) => {
    const columns = Math.max(...rows.map((cells) => cells.length));
    const widths = Array.from({ length: columns }, (_, col) =>
      Math.min(wrap, Math.max(...rows.map((cells) => Array.from(cells[col] ?? '').length))),
    );
    return rows.flatMap((cells) => {
      const parts = widths.map((width, col) => chunks(cells[col] ?? '', width));
      const height = Math.max(...parts.map((p) => p.length));
      return Array.from({ length: height }, (_, k) =>
        ('    ' + parts.map((p, col) => (p[k] ?? '').padEnd((widths[col] ?? 0) + 3)).join('')).trimEnd(),
      );
    });
  });
}

const chunks = (cell: string, width: number): string[] => {
  const chars = Array.from(cell);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out.length > 0 ? out : [''];
};

/** Each run of rows inside `spans` laid out by `layout`, which gets the cells of every row of the run at once. */
function relay(text: string, spans: readonly LineSpan[], layout: (rows: string[][]) => string[]): string {
  const lines = text.split('\n');
  const inSpan = (from: number, to: number) => spans.some(([a, b]) => from + 1 >= a && to <= b);
  const out: string[] = [];
  let blanks: string[] = [];
  let run: string[][] = [];
  const flush = () => {
    if (run.length > 0) out.push(...layout(run));
    run = [];
  };
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
    if (cells.length >= 2) {
      // The rows of one run follow each other with no blank line between.
      if (run.length === 0) out.push(...blanks);
      run.push(cells);
    } else {
      flush();
      out.push(...blanks, ...block);
    }
    blanks = [];
    i = end;
  }
  flush();
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
