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
const INDENT = 3.5;
// A line set in further stands for as many leading tabs as tab stops (four characters) it spans.
const TAB_STOP = 4;
const FIRST_LINE_INDENT = 2;
// pdf.js drops a line's leading spaces and folds a run of spaces into one; the leading ones are
// counted back from where the line starts, in the width of a CJK font's space (Noto, Source Han).
const SPACE = 0.224;

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
      last.text += flowText(cur);
      last.open = rightEnd(cur.line) >= right - 1.2 * cur.line.size;
      return;
    }
    out.push({
      text: (cur.grid ? '' : leading((cur.line.items[0]?.x ?? left) - left, cur.line.size)) + flowText(cur),
      origin,
      open: !cur.grid && rightEnd(cur.line) >= right - 1.2 * cur.line.size,
    });
  });
  return { lines: out.map((l) => l.text), origins: out.map((l) => l.origin) };
}

/** A line's cells (or runs) one tab apart. */
const flowText = (line: Placed): string => line.segments.map((s) => s.text).join('\t');

/** A tab for a line set in by a column, else the spaces a set-in start stands for (after a paragraph's indent). */
function leading(offset: number, size: number): string {
  if (offset >= INDENT * size) return '\t'.repeat(Math.max(1, Math.round(offset / (TAB_STOP * size))));
  const past = offset >= (FIRST_LINE_INDENT - SPACE / 2) * size ? offset - FIRST_LINE_INDENT * size : offset;
  return ' '.repeat(Math.max(0, Math.round(past / (SPACE * size))));
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
  // A table's columns stay known across its label rows (一、人口), which break a run of cells.
  let known: { x: number }[] = [];
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && (lines[end]?.segments.length ?? 0) > 1) end++;
    const run = lines.slice(start, end);
    if (run.length > 0) known = alignRun(run, run.length >= 2 ? edgesOf(run) : [], known);
    start = end + 1;
  }
}

const TOLERANCE = 2;

function edgesOf(run: readonly Placed[]): { x: number }[] {
  const edges: { x: number; n: number }[] = [];
  for (const s of run.flatMap((l) => l.segments)) {
    const edge = edges.find((e) => Math.abs(e.x - s.x) <= TOLERANCE);
    if (edge) edge.n++;
    else edges.push({ x: s.x, n: 1 });
  }
  return edges.filter((e) => e.n >= 2).sort((a, b) => a.x - b.x);
}

/** Aligns the run on its own shared edges, else on the table's known ones; returns the columns used. */
function alignRun(run: Placed[], own: { x: number }[], known: { x: number }[]): { x: number }[] {
  const fits = (columns: { x: number }[]) =>
    columns.length >= 2 &&
    run.every((l) => l.segments.every((s) => columns.some((c) => Math.abs(c.x - s.x) <= TOLERANCE)));
  const columns = fits(own) ? own : fits(known) ? known : null;
  if (columns === null) return [];
  const columnOf = (x: number) => columns.findIndex((c) => Math.abs(c.x - x) <= TOLERANCE);
  for (const line of run) {
    const cells = columns.map(() => '');
    for (const s of line.segments) cells[columnOf(s.x)] = s.text;
    line.segments = cells.map((text, c) => ({ text, x: columns[c]?.x ?? 0 }));
    line.grid = true;
  }
  return columns;
}
