import type { ParseWarning } from '../types';
import { assignWords, isAttributeWord, isNameText } from './assign';
import {
  type Cell,
  dropTrailingCategories,
  lastLineOf,
  nextNonBlank,
  readNotes,
  type RawRow,
  type TableBody,
} from './cells';
import type { ColumnModel } from './columns';
import { furnitureOf, repeatedHeaderAt } from './furniture';
import type { HeaderMatch } from './locate';
import { wordsOf } from './pieces';
import { isUnit } from './units';
import { cutByFit, lineStarts, type Span } from './unnumberedRows';
import {
  cleanCell,
  compact,
  hasNoText,
  isNoteStart,
  isOrdinalLabel,
  isPartHeading,
  isProse,
  joinWrapped,
  normalizeLine,
  parseSeq,
  splitNameSeq,
} from './text';

/** A word of the stream with its source line. */
interface Word {
  text: string;
  line: number;
  blankBefore: boolean;
}

const endsTable = (text: string): boolean =>
  isProse(text) || isPartHeading(text) || /^(表|专栏)\s*\d/.test(compact(text));

/**
 * The words of the table body, in reading order, for layouts that keep no positions: one cell
 * per line (`plain-cells`) or single-spaced rows (`words`). Page furniture and a repeated header
 * are dropped here; the words' order is all the readers below rely on.
 */
function streamOf(
  lines: readonly string[],
  header: HeaderMatch,
  perLine: boolean,
): { words: Word[]; notesAt: number | null } {
  const isFurniture = furnitureOf(lines, header);
  const cleaned = new Map<number, string>();
  const textAt = (j: number): string => {
    let t = cleaned.get(j);
    if (t === undefined) cleaned.set(j, (t = cleanCell(normalizeLine(lines[j] ?? ''))));
    return t;
  };
  const words: Word[] = [];
  let blankBefore = false;
  for (let j = header.end; j < lines.length; j++) {
    const text = textAt(j);
    if (hasNoText(text)) {
      blankBefore = true;
      continue;
    }
    if (isNoteStart(text)) return { words, notesAt: j };
    if (endsTable(text)) break;
    const repeated = perLine ? repeatedHeaderAt(textAt, j, header.headings) : 0;
    if (repeated > 0) {
      j += repeated - 1;
      continue;
    }
    if (isFurniture(text)) continue;
    const pieces = perLine ? [text] : wordsOf(lines[j] ?? '', j + 1).map((p) => p.text);
    pieces.forEach((p, k) => words.push({ text: p, line: j + 1, blankBefore: blankBefore && k === 0 }));
    blankBefore = false;
  }
  return { words, notesAt: null };
}

/** Where each row starts: a 序号 equal to the next expected number followed by a name. */
function rowStarts(words: readonly Word[], model: ColumnModel): number[] {
  const starts: number[] = [];
  const seqFirst = model.category === null || model.seq < model.category;
  let expected: number | null = null;
  words.forEach((w, i) => {
    // The number in its own 序号 word followed by the name, or at the start of the name word.
    const inName = model.numbering === 'name' ? splitNameSeq(w.text) : null;
    const seq = model.numbering === 'column' ? parseSeq(w.text) : (inName?.seq ?? null);
    // The next number, or one a little further when rows are missing (reported as a 序号 gap later).
    if (seq === null || (expected !== null && (seq < expected || seq > expected + 3))) return;
    if (!isNameText(inName ? inName.name : (words[i + 1]?.text ?? ''))) return;
    const previous = starts[starts.length - 1];
    if (previous !== undefined && i - previous < 3) return;
    // With 类别 before 序号, the category word just before the number belongs to this row.
    const categoryBefore =
      !seqFirst && i > 0 && isNameText(words[i - 1]?.text ?? '') && (previous === undefined || i - 1 - previous >= 3);
    starts.push(categoryBefore ? i - 1 : i);
    expected = seq + 1;
  });
  return starts;
}

function toRow(words: readonly Word[], model: ColumnModel, warnings: ParseWarning[]): RawRow {
  const first = words[0] as Word;
  const cells = assignWords(
    words.map((w) => w.text),
    model,
  );
  const endLine = Math.max(...words.map((w) => w.line));
  if (!cells) {
    warnings.push({
      line: first.line,
      code: 'INDICATOR_ROW_UNPLACED',
      message: `indicator row at line ${first.line} ("${words
        .map((w) => w.text)
        .join(' ')
        .slice(0, 60)}") does not fit the header's columns; its cells were read in order`,
    });
  }
  const texts = cells ?? model.columns.map((_, i) => words[i]?.text ?? '');
  return {
    kind: 'data',
    cells: texts.map((text): Cell => ({ text, line: first.line, endLine, blankBefore: first.blankBefore })),
  };
}

/**
 * Reads a table whose layout keeps no columns. Rows are cut where the numbering goes on (or, with
 * no numbers, see unnumberedRows.ts); words between two rows that are not part of either are
 * category labels (`一、人口`); each row's words are then fitted to the header's columns by what
 * the columns can hold (see `assignWords`).
 */
export function readStreamRows(lines: readonly string[], header: HeaderMatch, warnings: ParseWarning[]): TableBody {
  const perLine = header.layout === 'plain-cells';
  const { words, notesAt } = streamOf(lines, header, perLine);
  const model = header.model;
  const spans =
    model.numbering === 'none' && perLine
      ? cutByFit(words, model)
      : withoutTrailingLabels(words, model.numbering === 'none' ? lineStarts(words) : rowStarts(words, model), header);
  const rows: RawRow[] = [];
  const labels = (from: number, to: number): void => {
    for (const w of words.slice(from, to))
      rows.push({
        kind: 'category',
        cells: [{ text: w.text, line: w.line, endLine: w.line, blankBefore: w.blankBefore }],
      });
  };
  let done = 0;
  for (const span of spans) {
    labels(done, span.from);
    rows.push(fitRow(words.slice(span.from, span.to), model, warnings));
    done = span.to;
  }
  labels(done, words.length);
  const kept = dropTrailingCategories(rows);
  const notes = notesAt !== null ? readNotes(lines, notesAt) : readNotes(lines, nextNonBlank(lines, lastLineOf(kept)));
  return { rows: kept, notes };
}

/** Each row runs to the next row's start, less the group labels (`二、婴幼儿照护服务`) that end it. */
function withoutTrailingLabels(words: readonly Word[], starts: readonly number[], header: HeaderMatch): Span[] {
  const model = header.model;
  return starts.map((start, k) => {
    const own = words.slice(start, starts[k + 1] ?? words.length);
    let end = own.length;
    // One cell per line: without a category column, a name after the row's 属性 can only be the
    // next group's label. Single-spaced rows: a lone name line under a row is its wrapped name,
    // unless a blank line sets it apart.
    const isLabel = (k: number): boolean => {
      const w = own[k];
      if (!w || isOrdinalLabel(w.text)) return w !== undefined;
      if (!isNameText(w.text) || model.category !== null) return false;
      return header.layout === 'plain-cells'
        ? model.attribute !== null && isAttributeWord(own[k - 1]?.text ?? '')
        : w.blankBefore;
    };
    while (end > 3 && isLabel(end - 1)) end--;
    return { from: start, to: start + end };
  });
}

/**
 * A row whose words do not fit may carry a wrapped name: on the next line in a one-cell-per-line
 * layout (`每千名老年人拥有养老`, `床位数`), or on a line of its own under a single-spaced row. Such
 * a word is joined to the name and the row fitted again.
 */
function fitRow(all: Word[], model: ColumnModel, warnings: ParseWarning[]): RawRow {
  // The name word: after the 序号 word, or the word that carries the row's number.
  const unnumberedName = model.numbering === 'none' ? unnumberedNameAt(all, model) : -1;
  const isName = (x: Word, i: number): boolean =>
    model.numbering === 'name'
      ? splitNameSeq(x.text) !== null
      : model.numbering === 'none'
        ? i === unnumberedName
        : i > 0 && isNameText(x.text);
  const words = wrappedNamesJoined(all, isName);
  const quiet: ParseWarning[] = [];
  const row = toRow(words, model, quiet);
  if (quiet.length === 0) return row;
  for (let i = 2; i < words.length; i++) {
    const w = words[i] as Word;
    const prev = words[i - 1] as Word;
    if (w.line === prev.line || !isNameText(w.text) || !isNameText(prev.text)) continue;
    const joined = [...words.slice(0, i - 1), { ...prev, text: joinWrapped(prev.text, w.text) }, ...words.slice(i + 1)];
    if (
      assignWords(
        joined.map((x) => x.text),
        model,
      )
    )
      return toRow(joined, model, []);
  }
  const firstLine = words[0]?.line;
  const tail = words.filter((w) => w.line !== firstLine && isNameText(w.text));
  const main = words.filter((w) => !tail.includes(w));
  if (
    tail.length > 0 &&
    assignWords(
      main.map((x) => x.text),
      model,
    )
  ) {
    const fitted = toRow(main, model, []);
    const name = fitted.cells[model.name];
    if (name) {
      for (const w of tail) name.text = joinWrapped(name.text, w.text);
      for (const c of fitted.cells) c.endLine = Math.max(c.endLine, ...tail.map((w) => w.line));
    }
    return fitted;
  }
  warnings.push(...quiet);
  return row;
}

/**
 * An unnumbered row opens with its name, or with its category and then its name when the table
 * has a category column before the names and the second word names too (a unit does not).
 */
function unnumberedNameAt(words: readonly Word[], model: ColumnModel): number {
  const second = words[1]?.text ?? '';
  const categoryFirst = model.category !== null && model.category < model.name;
  return categoryFirst && isNameText(second) && !isUnit(second) ? 1 : 0;
}

/**
 * In a single-spaced layout a row is one line, so a lone name word on a line of its own under it
 * is the rest of its name (`育年限` under `主要劳动年龄人口平均受教`), whatever else would fit.
 */
function wrappedNamesJoined(words: readonly Word[], isName: (w: Word, i: number) => boolean): Word[] {
  const firstLine = words[0]?.line;
  const perLine = new Map<number, Word[]>();
  for (const w of words) perLine.set(w.line, [...(perLine.get(w.line) ?? []), w]);
  if (perLine.size < 2 || (perLine.get(firstLine ?? -1)?.length ?? 0) < 3) return [...words];
  const out: Word[] = [];
  for (const w of words) {
    // A name wrapped inside its unit's brackets leaves a tail with no word in it: `%）`, `（%）`.
    const nameTail = isNameText(w.text) || /^[（(]?[^（()）\s]{0,8}[)）]$/.test(w.text);
    const alone = w.line !== firstLine && perLine.get(w.line)?.length === 1 && nameTail;
    const nameAt = alone ? out.findIndex(isName) : -1;
    const name = out[nameAt];
    if (alone && name) out[nameAt] = { ...name, text: joinWrapped(name.text, w.text), line: name.line };
    else out.push(w);
  }
  return out;
}
