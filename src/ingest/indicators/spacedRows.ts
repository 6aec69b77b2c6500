import type { ParseWarning } from '../types';
import { appendTail, type Cell, dropTrailingCategories, lastLineOf, nextNonBlank, readNotes, type RawRow, type TableBody } from './cells';
import { furnitureOf } from './furniture';
import type { SpannedColumn } from './headings';
import type { HeaderMatch } from './locate';
import { type Piece, wordsOf } from './pieces';
import { cleanCell, compact, hasNoText, isNoteStart, isPageNumber, isProse, normalizeLine, parseSeq } from './text';

/**
 * Reads a table laid out in character columns (`pdftotext -layout`): every word goes to the
 * column it starts under, so an empty cell is simply a column with no word. A line with a 序号
 * starts a row; a line with words but no 序号 right under a row continues its cells (a wrapped
 * name); a lone short line names a category (`一、人口`); page numbers and a repeated header are
 * skipped. A line that fits none of these ends the table, unless the numbering goes on right after
 * it — then it is reported, never silently dropped.
 */
export function readSpacedRows(lines: readonly string[], header: HeaderMatch, warnings: ParseWarning[]): TableBody {
  const spans = header.spans ?? [];
  const seqColumn = header.model.seq;
  const isFurniture = furnitureOf(lines, header);
  // Cells a long text wraps in; a value never wraps, so words under a value column are no continuation.
  const m = header.model;
  const wrapsIn = new Set([m.name, m.category, m.unit, m.attribute].filter((i): i is number => i !== null));
  const rows: RawRow[] = [];
  let blankBefore = false;
  for (let j = header.end; j < lines.length; j++) {
    const raw = normalizeLine(lines[j] ?? '');
    if (hasNoText(raw)) {
      blankBefore = true;
      continue;
    }
    if (isNoteStart(cleanCell(raw))) return { rows: dropTrailingCategories(rows), notes: readNotes(lines, j) };
    const words = wordsOf(raw, j + 1);
    const byColumn = groupByColumn(words, spans, header.model.seq, header.model.name);
    const filled = [...byColumn.keys()];
    const last = rows[rows.length - 1];
    if (isFurniture(raw) || (filled.length === 1 && filled[0] !== seqColumn && isPageNumber(raw, true))) continue;
    const seqText = cellText(byColumn.get(seqColumn));
    if (parseSeq(seqText) !== null) {
      rows.push({ kind: 'data', cells: spans.map((_, i) => cellOf(byColumn.get(i), j + 1, blankBefore)) });
    } else if (isOrdinalLabel(raw)) {
      rows.push({ kind: 'category', cells: [{ text: cleanCell(raw), line: j + 1, endLine: j + 1, blankBefore }] });
    } else if (last?.kind === 'data' && !blankBefore && filled.every((i) => wrapsIn.has(i)) && !isProse(raw)) {
      for (const [i, ws] of byColumn) {
        const cell = last.cells[i];
        if (cell) appendTail(cell, cellText(ws), j + 1);
      }
    } else if (words.length > 0 && isCategoryLine(raw)) {
      rows.push({ kind: 'category', cells: [{ text: cleanCell(raw), line: j + 1, endLine: j + 1, blankBefore }] });
    } else if (numberingGoesOn(lines, j, rows, spans, seqColumn)) {
      warnings.push({ line: j + 1, code: 'INDICATOR_LINE_UNPLACED', message: `line ${j + 1} inside the indicator table fits no column and was not read: "${cleanCell(raw).slice(0, 60)}"` });
    } else {
      break;
    }
    blankBefore = false;
  }
  const kept = dropTrailingCategories(rows);
  return { rows: kept, notes: readNotes(lines, nextNonBlank(lines, lastLineOf(kept))) };
}

/**
 * Words grouped by the column they start under; keys are column indexes. A 序号 cell holds only
 * its number: a word beside it in that stretch is a name printed left of its centred heading.
 */
function groupByColumn(words: readonly Piece[], spans: readonly SpannedColumn[], seq: number, name: number): Map<number, Piece[]> {
  const groups = new Map<number, Piece[]>();
  for (const w of words) {
    let i = columnOfStart(spans, w.start);
    if (i === seq && name === seq + 1 && parseSeq(w.text) === null) i = name;
    groups.set(i, [...(groups.get(i) ?? []), w]);
  }
  return groups;
}

const isOrdinalLabel = (raw: string): boolean => /^[（(]?[一二三四五六七八九十]+[)）、.．]/.test(cleanCell(raw));

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

const cellText = (words: readonly Piece[] | undefined): string => cleanCell((words ?? []).map((w) => w.text).join(' '));

function cellOf(words: readonly Piece[] | undefined, line: number, blankBefore: boolean): Cell {
  return { text: cellText(words), line, endLine: line, blankBefore };
}

/** `一、人口`, `（一）幼有所育`, or a short label alone on its line. */
function isCategoryLine(raw: string): boolean {
  const text = cleanCell(raw);
  if (isProse(text) || /^第[一二三四五六七八九十百\d]+[章节篇]/.test(compact(text))) return false;
  return /^[（(]?[一二三四五六七八九十]+[)）、.．]/.test(text) || Array.from(compact(text)).length <= 12;
}

/** True when a row with the next 序号 follows within a few lines: the line in between is damage, not the table's end. */
function numberingGoesOn(lines: readonly string[], j: number, rows: readonly RawRow[], spans: readonly SpannedColumn[], seqColumn: number): boolean {
  const data = rows.filter((r) => r.kind === 'data');
  if (data.length === 0) return false;
  for (let k = j + 1; k < Math.min(lines.length, j + 4); k++) {
    const seq = cellText(groupByColumn(wordsOf(lines[k] ?? '', k + 1), spans, seqColumn, -1).get(seqColumn));
    if (parseSeq(seq) !== null) return parseSeq(seq) === data.length + 1;
  }
  return false;
}
