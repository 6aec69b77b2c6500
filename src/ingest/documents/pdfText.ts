import type { VisualLine } from './pdfLines';

/** A line's runs, split where a column gap stands; `x` is where each starts. */
type Segments = { text: string; x: number }[];

/** A visual line with its cells, and whether it is a row of a grid (a table whose cells share column edges). */
interface Placed {
  line: VisualLine;
  page: number;
  k: number;
  segments: Segments;
  grid: boolean;
}

interface LogicalLine {
  text: string;
  origin: string;
  /** May the next visual line continue this one (a wrapped paragraph)? */
  open: boolean;
}

// Gaps in units of the font size: wider than this between two runs is a column (a tab), and a
// line starting this far right of the text's left edge starts with one (a paragraph's first-line
// indent, two characters, is narrower).
const COLUMN_GAP = 1.5;
const INDENT = 2.5;

/**
 * Rebuilds the text of a PDF from its lines: runs far apart become tab-separated cells; the rows of
 * a table whose cells start at shared column edges keep their empty cells (a merged category); a
 * line that fills the text width followed by one starting at the left edge is one wrapped line
 * (never inside a table); an empty line's worth of space is a blank line. A page break adds
 * nothing, so a table that runs over it reads on as one.
 */
export function pdfText(pages: readonly VisualLine[][]): { lines: string[]; origins: string[] } {
  const all = pages.flat();
  const left = Math.min(...all.map((l) => l.items[0]?.x ?? Infinity));
  const right = Math.max(...all.map(rightEnd));
  const placed: Placed[] = pages.flatMap((lines, p) =>
    lines.map((line, k) => ({ line, page: p + 1, k: k + 1, segments: segmentsOf(line), grid: false })),
  );
  alignColumns(placed);
  const out: LogicalLine[] = [];
  placed.forEach((cur, i) => {
    const prev = placed[i - 1];
    const origin = `page ${cur.page} line ${cur.k}`;
    if (prev && prev.page === cur.page) {
      const blanks = Math.round((prev.line.y - cur.line.y) / (prev.line.size * 1.52)) - 1;
      for (let b = 0; b < blanks; b++) out.push({ text: '', origin, open: false });
    }
    const last = out[out.length - 1];
    const startsLeft = (cur.line.items[0]?.x ?? 0) <= left + cur.line.size / 2;
    if (last?.open && prev && !cur.grid && prev.line.size === cur.line.size && startsLeft) {
      last.text += cur.segments.map((s) => s.text).join('\t');
      last.open = rightEnd(cur.line) >= right - 1.2 * cur.line.size;
      return;
    }
    const indent = !cur.grid && (cur.line.items[0]?.x ?? left) - left >= INDENT * cur.line.size;
    out.push({
      text: (indent ? '\t' : '') + cur.segments.map((s) => s.text).join('\t'),
      origin,
      open: !cur.grid && rightEnd(cur.line) >= right - 1.2 * cur.line.size,
    });
  });
  return { lines: out.map((l) => l.text), origins: out.map((l) => l.origin) };
}

const rightEnd = (line: VisualLine): number => Math.max(...line.items.map((i) => i.x + i.width));

function segmentsOf(line: VisualLine): Segments {
  const segments: Segments = [];
  let end = -Infinity;
  for (const item of line.items) {
    const gap = item.x - end;
    const current = segments[segments.length - 1];
    if (current === undefined || gap >= COLUMN_GAP * item.size) segments.push({ text: item.str, x: item.x });
    else current.text += (gap > 0.2 * item.size && !/\s$/.test(current.text) ? ' ' : '') + item.str;
    end = item.x + item.width;
  }
  const last = segments[segments.length - 1];
  if (last && last.text.trim() === '' && segments.length > 1) segments.pop();
  return segments;
}

/**
 * In a run of lines with cells, the left edges that several lines share are the table's columns;
 * when every cell of the run starts at one, each line gets a cell for every column, empty where it
 * printed nothing (the rows a merged category cell covers). Lines laid out as flowing text share
 * no such edges and stay as they are.
 */
function alignColumns(lines: Placed[]): void {
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && (lines[end]?.segments.length ?? 0) > 1) end++;
    if (end - start >= 2) alignRun(lines.slice(start, end));
    start = end + 1;
  }
}

function alignRun(run: Placed[]): void {
  const tolerance = 2;
  const edges: { x: number; n: number }[] = [];
  for (const s of run.flatMap((l) => l.segments)) {
    const edge = edges.find((e) => Math.abs(e.x - s.x) <= tolerance);
    if (edge) edge.n++;
    else edges.push({ x: s.x, n: 1 });
  }
  const columns = edges.filter((e) => e.n >= 2).sort((a, b) => a.x - b.x);
  const columnOf = (x: number) => columns.findIndex((c) => Math.abs(c.x - x) <= tolerance);
  if (columns.length < 2 || run.some((l) => l.segments.some((s) => columnOf(s.x) < 0))) return;
  for (const line of run) {
    const cells = columns.map(() => '');
    for (const s of line.segments) cells[columnOf(s.x)] = s.text;
    line.segments = cells.map((text, c) => ({ text, x: columns[c]?.x ?? 0 }));
    line.grid = true;
  }
}
