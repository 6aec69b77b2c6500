import { readCellStream } from './cellLines';
import { splitTabs } from './cells';
import { type ColumnModel, columnModel, roleOf } from './columns';
import { looksLikeHeadingLine, mergeHeadingPieces, type SpannedColumn, spannedColumns } from './headings';
import { piecesOf, wordsOf } from './pieces';
import {
  cleanCell,
  compact,
  halfWidthDigits,
  hasNoText,
  isBlank,
  isProse,
  normalizeLine,
  parseSeq,
  splitNameSeq,
} from './text';

/**
 * How the conversion flattened the table, read from its header:
 * `line-rows`: one row per line, cells split by tabs (Word copies);
 * `cell-lines`: one cell per line, each after a tab (Word copies);
 * `spaced`: one row per line, cells at fixed character columns (`pdftotext -layout`);
 * `words`: one row per line, cells split by single spaces;
 * `plain-cells`: one cell per line with nothing else on it (`pdftotext`, HTML copies).
 */
export type TableLayout = 'line-rows' | 'cell-lines' | 'spaced' | 'words' | 'plain-cells';

export interface HeaderMatch {
  layout: TableLayout;
  headings: string[];
  model: ColumnModel;
  /** 1-based lines of the header. */
  start: number;
  end: number;
  title: { text: string; line: number } | null;
  /** `spaced` only: the character columns each heading stands over. */
  spans?: SpannedColumn[];
}

/**
 * Every header in the text that has the shape of an indicator table (a name and a year column,
 * usually 序号), surest first: one with a 序号 column, then one titled 主要指标, then order in the
 * text. Which one is the main table is decided once its rows are read (`mainTable` in index.ts,
 * which keeps this order only to break ties). The layout is read from the header itself — all
 * headings on one tabbed line, or one heading per line.
 */
export function findHeaders(lines: readonly string[]): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = normalizeLine(lines[i] ?? '');
    if (!raw.includes('\t')) {
      const match = untabbedHeader(lines, i);
      if (match) {
        found.push(match);
        i = match.end - 1;
      }
      continue;
    }
    const cells = splitTabs(raw);
    const filled = cells.filter((c) => c !== '');
    if (filled.length >= 3) {
      const model = columnModel(cells);
      if (model)
        found.push({
          layout: 'line-rows',
          headings: cells,
          model,
          start: i + 1,
          end: i + 1,
          title: titleAbove(lines, i),
        });
    } else if (filled.length === 1 && startsCellRun(lines, i)) {
      const match = cellLineHeader(lines, i);
      if (match) found.push(match);
    }
  }
  // A header with its own 序号 column is the surer sign of the table: those come first.
  const rank = (h: HeaderMatch): number =>
    (h.model.numbering === 'column' ? 0 : 2) + (h.title && /主要指标|指标表/.test(h.title.text) ? 0 : 1);
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
  const cells = readCellStream(lines, i, end + 1);
  const firstValue = cells.findIndex((c) => parseSeq(c.text) !== null);
  const header = firstValue < 0 ? cells : cells.slice(0, firstValue);
  if (header.length < 3 || header.length > 16) return null;
  const headings = header.map((c) => c.text);
  const model = columnModel(headings);
  if (!model) return null;
  const last = header[header.length - 1];
  return {
    layout: 'cell-lines',
    headings,
    model,
    start: i + 1,
    end: last?.endLine ?? i + 1,
    title: titleAbove(lines, i),
  };
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

const knownHeadings = (texts: readonly string[]): number => texts.filter((t) => roleOf(t) !== 'unknown').length;

/** A header in a text without tabs: space-aligned, single-spaced, or one heading per line. */
function untabbedHeader(lines: readonly string[], i: number): HeaderMatch | null {
  const raw = normalizeLine(lines[i] ?? '');
  if (isProse(raw)) return null;
  if (!/序|编号/.test(raw)) return seqlessHeader(lines, i);
  const pieces = mergeHeadingPieces(piecesOf(raw, i + 1));
  if (pieces.length >= 3 && knownHeadings(pieces.map((p) => p.text)) >= 2) return spacedHeader(lines, i, pieces);
  const words = mergeHeadingPieces(wordsOf(raw, i + 1));
  if (words.length >= 3 && knownHeadings(words.map((p) => p.text)) >= 3) {
    const headings = words.map((w) => w.text);
    const model = columnModel(headings);
    // A second header line (`（基期） （目标）`) only qualifies the headings above it.
    const end = i + 1 + headerLines(lines, i, 1).length;
    return model ? { layout: 'words', headings, model, start: i + 1, end, title: titleAbove(lines, i) } : null;
  }
  return pieces.length === 1 && roleOf(raw) === 'seq' ? plainCellHeader(lines, i) : null;
}

/**
 * A column-laid-out header without 序号 (rows numbered in their name cells, or not at all): every
 * cell a heading, three of them known, a name and a year among them — or it is just a short line.
 */
function seqlessHeader(lines: readonly string[], i: number): HeaderMatch | null {
  const raw = normalizeLine(lines[i] ?? '');
  const alone = cleanCell(raw);
  // One heading per line: the table's first heading (类别, 主要指标) alone on its line. A header
  // with 序号 is found from its 序号 line; one with tabs is another layout's.
  if (['category', 'name'].includes(roleOf(alone)) && Array.from(compact(alone)).length <= 6) {
    const header = plainCellHeader(lines, i);
    const tabbed = lines.slice(i, header?.end ?? i).some((l) => l.includes('\t'));
    return header && header.model.numbering !== 'column' && !tabbed ? header : null;
  }
  if (!/指标|名称|项目/.test(raw) || !/\d{4}|基期|目标|十[一二三四五六七八九]五/.test(halfWidthDigits(raw)))
    return null;
  const headingLine = (pieces: ReturnType<typeof piecesOf>): boolean =>
    pieces.length >= 3 &&
    looksLikeHeadingLine(pieces) &&
    knownHeadings(pieces.map((p) => p.text)) >= 3 &&
    pieces.some((p) => roleOf(p.text) === 'name');
  const pieces = mergeHeadingPieces(piecesOf(raw, i + 1));
  if (headingLine(pieces)) return spacedHeader(lines, i, pieces);
  const words = mergeHeadingPieces(wordsOf(raw, i + 1));
  if (!headingLine(words)) return null;
  const headings = words.map((w) => w.text);
  const model = columnModel(headings);
  const end = i + 1 + headerLines(lines, i, 1).length;
  return model ? { layout: 'words', headings, model, start: i + 1, end, title: titleAbove(lines, i) } : null;
}

/** Lines next to the 序号 line that hold more of the header (merged header cells). */
function headerLines(lines: readonly string[], i: number, step: 1 | -1): Array<ReturnType<typeof piecesOf>> {
  const found: Array<ReturnType<typeof piecesOf>> = [];
  for (let j = i + step; j >= 0 && j < lines.length && Math.abs(j - i) <= 2; j += step) {
    const raw = normalizeLine(lines[j] ?? '');
    if (hasNoText(raw)) break;
    const pieces = mergeHeadingPieces(piecesOf(raw, j + 1));
    if (!looksLikeHeadingLine(pieces) || /^(表|专栏)/.test(compact(raw))) break;
    // A row under a header without 序号: its name carries the number, or its values are decimals.
    if (pieces.some((p) => splitNameSeq(p.text) !== null || /\d\.\d/.test(halfWidthDigits(p.text)))) break;
    if (step === 1 && knownHeadings(pieces.map((p) => p.text)) === 0 && !/^[（(]/.test(pieces[0]?.text ?? '')) break;
    found.push(pieces);
  }
  return step === 1 ? found : found.reverse();
}

function spacedHeader(lines: readonly string[], i: number, main: ReturnType<typeof piecesOf>): HeaderMatch | null {
  const above = headerLines(lines, i, -1);
  const below = headerLines(lines, i, 1);
  const spans = spannedColumns(main, [...above, ...below], above.length);
  const headings = spans.map((c) => c.heading);
  const model = columnModel(headings);
  if (!model) return null;
  const start = i + 1 - above.length;
  return {
    layout: 'spaced',
    headings,
    model,
    start,
    end: i + 1 + below.length,
    title: titleAbove(lines, start - 1),
    spans,
  };
}

/** Headings one per line (序号, 指标名称, 单位, 2020年 …) until the first row value or blank line. */
function plainCellHeader(lines: readonly string[], i: number): HeaderMatch | null {
  // Headings before 序号 (类别) stand on the lines just above it.
  let first = i;
  while (
    first > 0 &&
    roleOf(cleanCell(lines[first - 1] ?? '')) !== 'unknown' &&
    roleOf(cleanCell(lines[first - 1] ?? '')) !== 'seq'
  )
    first--;
  const headings: string[] = [];
  let end = i;
  for (let j = first; j < lines.length && headings.length < 16; j++) {
    const text = cleanCell(lines[j] ?? '');
    if (text === '' || parseSeq(text) !== null || splitNameSeq(text) !== null || isProse(text)) break;
    if (roleOf(text) === 'unknown' && Array.from(compact(text)).length > 8) break;
    headings.push(text);
    end = j;
  }
  // A merged cell over the year columns (`规划目标` before `2020年`, `2025年`) is a group heading, not a column.
  const isYear = (h: string | undefined): boolean => h !== undefined && /\d{4}/.test(halfWidthDigits(h));
  const isGroup = (h: string, k: number): boolean =>
    !isYear(h) && ['year', 'unknown'].includes(roleOf(h)) && isYear(headings[k + 1]) && isYear(headings[k + 2]);
  const columnsOnly = headings.filter((h, k) => !isGroup(h, k));
  const model = columnsOnly.length >= 3 ? columnModel(columnsOnly) : null;
  return model
    ? {
        layout: 'plain-cells',
        headings: columnsOnly,
        model,
        start: first + 1,
        end: end + 1,
        title: titleAbove(lines, first),
      }
    : null;
}
