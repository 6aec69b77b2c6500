import { roleOf } from './columns';
import type { Piece } from './pieces';
import { compact, isProse, parseSeq } from './text';

/**
 * Joins heading fragments a layout split apart: `指    标` (padding inside a cell), `2025 年`,
 * `序 号`. Two neighbours are one heading when together they name a column and at least one of
 * them alone does not.
 */
export function mergeHeadingPieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    // Two numbers side by side are two values (`13` `13.5`), never one heading (`1313.5` looks like a year).
    const numbers = /^\d+(\.\d+)?$/.test(last?.text ?? '') && /^\d+(\.\d+)?$/.test(p.text);
    if (last && last.line === p.line && !numbers) {
      const joined = compact(last.text + p.text);
      const alone = roleOf(last.text) === 'unknown' || roleOf(p.text) === 'unknown';
      if (alone && roleOf(joined) !== 'unknown' && Array.from(joined).length <= 12) {
        out[out.length - 1] = { ...last, text: last.text + p.text, end: p.end };
        continue;
      }
    }
    out.push({ ...p });
  }
  return out;
}

/** Pieces that could be a header line: short cells, no 序号 value, no sentence. */
export function looksLikeHeadingLine(pieces: readonly Piece[]): boolean {
  return (
    pieces.length > 0 &&
    pieces.every((p) => Array.from(compact(p.text)).length <= 14 && !isProse(p.text) && parseSeq(p.text) === null)
  );
}

export interface SpannedColumn {
  heading: string;
  start: number;
  end: number;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The column a piece sits under: the most overlapped one, else the nearest; -1 when there are none. */
function columnAt(columns: ReadonlyArray<{ start: number; end: number }>, p: { start: number; end: number }): number {
  let best = -1;
  let score = Number.NEGATIVE_INFINITY;
  columns.forEach((c, i) => {
    const o = overlap(c, p);
    if (o > score) {
      score = o;
      best = i;
    }
  });
  return best;
}

/**
 * Columns of a header printed over several lines (merged header cells): the line with the most
 * cells gives the columns; a piece above or below names more of the column it stands over
 * (`2020年` over `（基期）`), and two or more pieces under one wide cell (`规划目标` over
 * `2020年  2025年`) split it into one column each.
 */
export function spannedColumns(
  main: readonly Piece[],
  others: ReadonlyArray<readonly Piece[]>,
  mainIndex: number,
): SpannedColumn[] {
  let columns: Array<SpannedColumn & { parts: string[] }> = main.map((p) => ({
    heading: p.text,
    start: p.start,
    end: p.end,
    parts: [p.text],
  }));
  others.forEach((line, k) => {
    const above = k < mainIndex;
    const under = new Map<number, Piece[]>();
    for (const p of line) {
      // A group heading over several columns (`规划目标` centred over both year columns) names
      // none of them: only a piece that stands mostly over one column belongs to it.
      if (columns.filter((c) => overlap(c, p) > 0).length >= 2) continue;
      const i = columnAt(columns, p);
      const c = columns[i];
      if (!c || overlap(c, p) * 2 < Math.min(p.end - p.start, c.end - c.start)) continue;
      under.set(i, [...(under.get(i) ?? []), p]);
    }
    const next: typeof columns = [];
    columns.forEach((c, i) => {
      const ps = under.get(i) ?? [];
      if (ps.length <= 1) {
        const p = ps[0];
        next.push(
          p
            ? {
                ...c,
                parts: above ? [p.text, ...c.parts] : [...c.parts, p.text],
                start: Math.min(c.start, p.start),
                end: Math.max(c.end, p.end),
              }
            : c,
        );
      } else {
        for (const p of ps)
          next.push({
            heading: p.text,
            start: p.start,
            end: p.end,
            parts: above ? [p.text, ...c.parts] : [...c.parts, p.text],
          });
      }
    });
    columns = next;
  });
  return columns.map((c) => ({ heading: c.parts.join(''), start: c.start, end: c.end }));
}
