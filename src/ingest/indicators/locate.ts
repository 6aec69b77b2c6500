import { readCellStream } from './cellLines';
import { splitTabs } from './cells';
import { type ColumnModel, columnModel } from './columns';
import { cleanCell, hasNoText, isBlank, isProse, normalizeLine, parseSeq } from './text';

/** `line-rows`: one row per line, cells split by tabs. `cell-lines`: one cell per line. */
export type Layout = 'line-rows' | 'cell-lines';

export interface HeaderMatch {
  layout: Layout;
  headings: string[];
  model: ColumnModel;
  /** 1-based lines of the header. */
  start: number;
  end: number;
  title: { text: string; line: number } | null;
}

/**
 * Every header in the text that has the shape of an indicator table (序号, a name and a year
 * column), best first: a title saying 主要指标 wins, then order in the text. The layout is read
 * from the header itself — all headings on one tabbed line, or one heading per line.
 */
export function findHeaders(lines: readonly string[]): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = normalizeLine(lines[i] ?? '');
    if (!raw.includes('\t')) continue;
    const cells = splitTabs(raw);
    const filled = cells.filter((c) => c !== '');
    if (filled.length >= 3) {
      const model = columnModel(cells);
      if (model) found.push({ layout: 'line-rows', headings: cells, model, start: i + 1, end: i + 1, title: titleAbove(lines, i) });
    } else if (filled.length === 1 && startsCellRun(lines, i)) {
      const match = cellLineHeader(lines, i);
      if (match) found.push(match);
    }
  }
  const rank = (h: HeaderMatch): number => (h.title && /主要指标|指标表/.test(h.title.text) ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
}

function startsCellRun(lines: readonly string[], i: number): boolean {
  const prev = normalizeLine(lines[i - 1] ?? '');
  return !prev.includes('\t');
}

/** Header cells run from `i` to the first blank line or the first 序号 value. */
function cellLineHeader(lines: readonly string[], i: number): HeaderMatch | null {
  let end = i;
  while (end + 1 < lines.length && !isBlank(normalizeLine(lines[end + 1] ?? ''))) end++;
  const cells = readCellStream(lines.slice(0, end + 1), i);
  const firstValue = cells.findIndex((c) => parseSeq(c.text) !== null);
  const header = firstValue < 0 ? cells : cells.slice(0, firstValue);
  if (header.length < 3 || header.length > 16) return null;
  const headings = header.map((c) => c.text);
  const model = columnModel(headings);
  if (!model) return null;
  const last = header[header.length - 1];
  return { layout: 'cell-lines', headings, model, start: i + 1, end: last?.endLine ?? i + 1, title: titleAbove(lines, i) };
}

/** The caption printed just above a table, if the nearest non-blank line looks like one. */
function titleAbove(lines: readonly string[], i: number): { text: string; line: number } | null {
  let j = i - 1;
  while (j >= 0 && hasNoText(normalizeLine(lines[j] ?? ''))) j--;
  if (j < 0 || i - j > 3) return null;
  const raw = normalizeLine(lines[j] ?? '');
  const text = cleanCell(raw);
  if (raw.includes('\t') || isProse(text) || !/表|专栏|指标|目标/.test(text)) return null;
  return { text, line: j + 1 };
}
