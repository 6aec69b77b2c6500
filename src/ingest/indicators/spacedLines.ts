import type { ParseWarning } from '../types';
import { furnitureOf } from './furniture';
import type { SpannedColumn } from './headings';
import type { HeaderMatch } from './locate';
import { type Piece, wordsOf } from './pieces';
import {
  cleanCell,
  compact,
  hasNoText,
  isNoteStart,
  isOrdinalLabel,
  isPageNumber,
  isPartHeading,
  isProse,
  normalizeLine,
  parseSeq,
} from './text';
import type { ColumnModel } from './columns';
import { rowSeq } from './numbering';

/** What one line of a column-laid-out table is. Words are grouped by column index. */
export type SpacedLine =
  | { kind: 'row'; line: number; byColumn: Map<number, Piece[]>; blankBefore: boolean }
  | { kind: 'fragment'; line: number; byColumn: Map<number, Piece[]>; blankBefore: boolean }
  | { kind: 'category'; line: number; text: string; blankBefore: boolean };

export interface SpacedLines {
  lines: SpacedLine[];
  /** 0-based index of the note block under the table, if it has one. */
  notesAt: number | null;
}

/**
 * Sorts the lines under a column-laid-out header: a line with a 序号 is a row; a line with words
 * only in columns a text wraps in (name, category, unit, 属性) is a fragment of a row's cells; an
 * ordinal or short lone label is a category; page numbers and a repeated header are skipped. A line
 * that fits none of these ends the table, unless the numbering goes on right after it — then it is
 * reported, never silently dropped.
 */
export function classifySpacedLines(
  lines: readonly string[],
  header: HeaderMatch,
  warnings: ParseWarning[],
): SpacedLines {
  const spans = header.spans ?? [];
  const m = header.model;
  const isFurniture = furnitureOf(lines, header);
  // A value never wraps, so words under a value column are no fragment.
  const wrapsIn = new Set([m.name, m.category, m.unit, m.attribute].filter((i): i is number => i !== null));
  const out: SpacedLine[] = [];
  const isRow = rowTest(m);
  const nameLeft = nameEdge(lines, header.end, spans, m, isRow);
  let lastRow: Map<number, Piece[]> | null = null;
  let blankBefore = false;
  for (let j = header.end; j < lines.length; j++) {
    const raw = normalizeLine(lines[j] ?? '');
    if (hasNoText(raw)) {
      blankBefore = true;
      continue;
    }
    if (isNoteStart(cleanCell(raw))) return { lines: out, notesAt: j };
    const byColumn = groupByColumn(wordsOf(raw, j + 1), spans, m.seq, m.name);
    const filled = [...byColumn.keys()];
    if (isFurniture(raw) || (filled.length === 1 && filled[0] !== m.seq && isPageNumber(raw, true))) continue;
    const line = j + 1;
    const label = (): SpacedLine => ({ kind: 'category', line, text: cleanCell(raw), blankBefore });
    const fragment = (): SpacedLine => ({ kind: 'fragment', line, byColumn, blankBefore });
    // A value column wraps only a word value (`应保` / `尽保`) under a row whose cell there is a word too.
    const wordWraps = (i: number): boolean =>
      lastRow !== null && isWordValue(cellText(byColumn.get(i))) && isWordValue(cellText(lastRow.get(i)));
    const wraps = filled.every((i) => wrapsIn.has(i) || wordWraps(i)) && !isProse(raw);
    if (isRow(byColumn)) {
      out.push({ kind: 'row', line, byColumn, blankBefore });
      lastRow = byColumn;
    } else if (isOrdinalLabel(raw)) out.push(label());
    else if (wraps && filled.every((i) => i === m.category)) {
      // Under a row that has a category, more of it (a wrapped cell); otherwise a new group's label.
      out.push(lastRow && !blankBefore && cellText(lastRow.get(m.category ?? -1)) !== '' ? fragment() : label());
    } else if (wraps && isCategoryLine(raw) && (wordsOf(raw, line)[0]?.start ?? 0) < nameLeft - 4) out.push(label());
    else if (
      wraps &&
      ((lastRow && !blankBefore) || (filled.every((i) => i === m.name) && nextIsRow(lines, j, spans, m, isRow)))
    )
      out.push(fragment());
    else if (isCategoryLine(raw)) out.push(label());
    else if (numberingGoesOn(lines, j, out, spans, m)) {
      warnings.push({
        line,
        code: 'INDICATOR_LINE_UNPLACED',
        message: `line ${line} inside the indicator table fits no column and was not read: "${cleanCell(raw).slice(0, 60)}"`,
      });
    } else break;
    blankBefore = false;
  }
  return { lines: out, notesAt: null };
}

/**
 * Where names start on the rows (the median start of the name on lines with a 序号, over the first
 * rows, so numbered body text after the table cannot move it): a lone word well left of it is a
 * label in the margin (`幼有所育`), one at it is part of a name.
 */
function nameEdge(
  lines: readonly string[],
  from: number,
  spans: readonly SpannedColumn[],
  m: ColumnModel,
  isRow: RowTest,
): number {
  const starts: number[] = [];
  for (let k = from; k < Math.min(lines.length, from + 400) && starts.length < 15; k++) {
    const byColumn = groupByColumn(wordsOf(lines[k] ?? '', k + 1), spans, m.seq, m.name);
    const start = byColumn.get(m.name)?.[0]?.start;
    if (isRow(byColumn) && start !== undefined) starts.push(start);
  }
  starts.sort((a, b) => a - b);
  return starts[Math.floor(starts.length / 2)] ?? spans[m.name]?.start ?? 0;
}

type RowTest = (byColumn: ReadonlyMap<number, Piece[]>) => boolean;

/**
 * What makes a line a row's own: its number (in the 序号 column or at the start of the name) or,
 * for unnumbered rows, a name with a value beside it — a value never wraps onto a line of its own.
 */
function rowTest(m: ColumnModel): RowTest {
  if (m.numbering !== 'none') return (byColumn) => rowSeq(cellText(byColumn.get(m.seq)), m.numbering) !== null;
  const values = [m.baseline, m.target, m.reference].filter((i): i is number => i !== null);
  return (byColumn) => byColumn.has(m.name) && values.some((i) => byColumn.has(i));
}

/**
 * Words grouped by the column they start under; keys are column indexes. A 序号 cell holds only
 * its number: a word beside it in that stretch is a name printed left of its centred heading.
 */
function groupByColumn(
  words: readonly Piece[],
  spans: readonly SpannedColumn[],
  seq: number,
  name: number,
): Map<number, Piece[]> {
  const groups = new Map<number, Piece[]>();
  for (const w of words) {
    let i = columnOfWord(spans, w);
    if (i === seq && name === seq + 1 && parseSeq(w.text) === null) i = name;
    groups.set(i, [...(groups.get(i) ?? []), w]);
  }
  return groups;
}

/**
 * A word that lies across a heading belongs to it: a wide centred cell (`>7、力争投入强度高于…`
 * under 年均/累计) can start left of the midpoint before its heading. Otherwise, and when it lies
 * across two headings alike, the column it starts in.
 */
function columnOfWord(spans: readonly SpannedColumn[], w: Piece): number {
  const across = spans.flatMap((s, i) => (s.start >= w.start && s.end <= w.end ? [i] : []));
  return across.length === 1 ? (across[0] as number) : columnOfStart(spans, w.start);
}

/**
 * Columns own the stretch from the midpoint after the previous heading to the midpoint before the
 * next one: a long name that runs under the next heading still starts in its own column, and a
 * centred value that drifts a character or two stays in its column.
 */
function columnOfStart(spans: readonly SpannedColumn[], start: number): number {
  for (let i = 0; i < spans.length - 1; i++) {
    const a = spans[i] as SpannedColumn;
    const b = spans[i + 1] as SpannedColumn;
    if (start < (a.end + b.start) / 2) return i;
  }
  return Math.max(0, spans.length - 1);
}

/** A value printed as words (应保尽保, 逐步提高), not a number: the only kind a converter wraps. */
const isWordValue = (text: string): boolean => /^[\u3400-\u9fff]+$/.test(text);

export const cellText = (words: readonly Piece[] | undefined): string =>
  cleanCell((words ?? []).map((w) => w.text).join(' '));

/** `一、人口`, `（一）幼有所育`, or a short label alone on its line. */
function isCategoryLine(raw: string): boolean {
  const text = cleanCell(raw);
  if (isProse(text) || isPartHeading(text)) return false;
  return isOrdinalLabel(raw) || Array.from(compact(text)).length <= 12;
}

const byColumnOn = (
  lines: readonly string[],
  k: number,
  spans: readonly SpannedColumn[],
  m: ColumnModel,
): Map<number, Piece[]> => groupByColumn(wordsOf(lines[k] ?? '', k + 1), spans, m.seq, -1);

const seqOn = (lines: readonly string[], k: number, spans: readonly SpannedColumn[], m: ColumnModel): number | null =>
  rowSeq(cellText(byColumnOn(lines, k, spans, m).get(m.seq)), m.numbering);

/** The next line with text is a row: a name part right above the table's first 序号 belongs to it. */
function nextIsRow(
  lines: readonly string[],
  j: number,
  spans: readonly SpannedColumn[],
  m: ColumnModel,
  isRow: RowTest,
): boolean {
  for (let k = j + 1; k < Math.min(lines.length, j + 3); k++) {
    if (hasNoText(lines[k] ?? '')) continue;
    return isRow(byColumnOn(lines, k, spans, m));
  }
  return false;
}

/** True when a row with the next 序号 follows within a few lines: the line in between is damage, not the table's end. */
function numberingGoesOn(
  lines: readonly string[],
  j: number,
  seen: readonly SpacedLine[],
  spans: readonly SpannedColumn[],
  m: ColumnModel,
): boolean {
  const rows = seen.filter((l) => l.kind === 'row').length;
  if (rows === 0) return false;
  for (let k = j + 1; k < Math.min(lines.length, j + 4); k++) {
    const seq = seqOn(lines, k, spans, m);
    if (seq !== null) return seq === rows + 1;
  }
  return false;
}
