import type { ColumnModel } from './columns';
import { cleanCell, halfWidthDigits, parseSeq, statesNothing } from './text';
import { isUnit, unitCell } from './units';
import { readCellValue } from './values';

// When a layout keeps no column positions (one cell per line, or words split by single spaces),
// which word belongs to which column is decided by what each column can hold: 序号 a number,
// 单位 a unit, year columns a value, 属性 预期性/约束性. The cheapest monotone assignment of the
// words to the header's columns wins; an empty cell costs a little, so merged (empty) category
// and unit cells are read as empty rather than borrowing a neighbour's word.

type Role = 'seq' | 'category' | 'name' | 'unit' | 'value' | 'period' | 'attribute' | 'unknown';

const INF = Number.POSITIVE_INFINITY;

const joinWords = (words: readonly string[]): string => cleanCell(words.join(' '));

export const isAttributeWord = (text: string): boolean =>
  /^(预期性?|约束性?)$/.test(cleanCell(text).replace(/\s+/g, ''));

/** A word that can stand in a value cell: a number in any printed form, a dash, or a short word (应保尽保). */
function isValueText(text: string): boolean {
  const t = cleanCell(text);
  if (t === '' || isAttributeWord(t)) return false;
  const reading = readCellValue(t);
  if (reading.cell.value !== null) return true;
  if (/\d/.test(halfWidthDigits(t))) return reading.issue === 'RANGE';
  return statesNothing(t) || Array.from(t).length <= 6;
}

/** A word that names rather than counts: it has letters or Chinese and is not only a value. */
export function isNameText(text: string): boolean {
  const t = cleanCell(text);
  return (
    /[\u3400-\u9fffA-Za-z]/.test(t) &&
    !isAttributeWord(t) &&
    parseSeq(t) === null &&
    readCellValue(t).cell.value === null
  );
}

function roleOfColumn(model: ColumnModel, i: number): Role {
  if (i === model.seq && model.numbering === 'column') return 'seq';
  if (i === model.name) return 'name';
  if (i === model.category) return 'category';
  if (i === model.unit) return 'unit';
  if (i === model.attribute) return 'attribute';
  if (i === model.baseline || i === model.target || i === model.reference) return 'value';
  if (i === model.period) return 'period';
  return model.columns[i]?.role === 'year' ? 'value' : 'unknown';
}

/** Longest run of words a column of this role takes: a value like `2.1 : 1 左右` is four. */
const MAX_RUN: Readonly<Record<Role, number>> = {
  seq: 1,
  category: 1,
  name: 4,
  unit: 1,
  value: 4,
  period: 4,
  attribute: 1,
  unknown: 3,
};

const isNumeric = (text: string): boolean => /\d/.test(halfWidthDigits(text)) || /^[—–\-－/]+$/.test(text);

/** What it costs to put a run of `n` words, reading `text` together, into a column of this role. */
function cost(role: Role, n: number, text: () => string, first: () => string): number {
  if (n > MAX_RUN[role]) return INF;
  switch (role) {
    case 'seq':
      return n === 1 && parseSeq(text()) !== null ? 0 : INF;
    case 'category':
      if (n === 0) return 0.1;
      return isNameText(text()) ? (Array.from(text()).length <= 10 ? 0 : 1.5) : INF;
    case 'name':
      return n >= 1 && isNameText(first()) ? 0.3 * (n - 1) : INF;
    case 'unit':
      if (n === 0) return 0.4;
      // A unit, or a dash for none; `1/10万` is a unit although it starts with a digit.
      return isUnit(text()) || unitCell(text()) === null ? 0 : INF;
    case 'value':
      if (n === 0) return 1;
      // A word (应保尽保) can be a value, but a number is the likelier reading of a value cell.
      if (!isValueText(text())) return INF;
      return 0.05 * (n - 1) + (isNumeric(text()) ? 0 : 0.3);
    case 'period':
      // Besides figures, a period cell states a course in words: 保持在合理区间、各年度视情提出.
      if (n === 0) return 1;
      if (isAttributeWord(text()) || isUnit(text())) return INF;
      return 0.05 * (n - 1) + (isNumeric(text()) ? 0 : 0.3);
    case 'attribute':
      if (n === 0) return 1;
      return isAttributeWord(text()) ? 0 : INF;
    case 'unknown':
      return n === 0 ? 0.2 : 0.5 * n;
  }
}

/**
 * Distributes a row's words over the header's columns, or returns null when no assignment fits
 * (then the row cannot be placed and the caller says so). Returns one text per column.
 */
export function assignWords(words: readonly string[], model: ColumnModel): string[] | null {
  const roles = model.columns.map((_, i) => roleOfColumn(model, i));
  return oneWordEach(words, roles) ?? cheapest(words, roles)?.cells ?? null;
}

/**
 * What the cheapest fit of these words to one row costs (Infinity when none fits): how an
 * unnumbered stream is cut into rows, the cuts whose rows fit best (see unnumberedRows.ts).
 */
export function assignCost(words: readonly string[], model: ColumnModel): number {
  const roles = model.columns.map((_, i) => roleOfColumn(model, i));
  return cheapest(words, roles)?.cost ?? INF;
}

/**
 * Most rows have one word per cell, or leave only the merged category cell empty: checking that
 * reading first costs one test per cell instead of the whole search.
 */
function oneWordEach(words: readonly string[], roles: readonly Role[]): string[] | null {
  const skip = words.length === roles.length ? -1 : words.length === roles.length - 1 ? roles.indexOf('category') : -2;
  if (skip === -2 || (skip === -1 && words.length !== roles.length)) return null;
  const cells = roles.map((_, i) => (i === skip ? '' : (words[skip >= 0 && i > skip ? i - 1 : i] ?? '')));
  const fits = roles.every((role, i) => {
    const text = cleanCell(cells[i] ?? '');
    const n = i === skip ? 0 : 1;
    return (
      cost(
        role,
        n,
        () => text,
        () => text,
      ) < 0.35
    );
  });
  return fits ? cells.map((c) => cleanCell(c)) : null;
}

/** The cheapest monotone assignment of the words to the columns, by dynamic programming. */
function cheapest(words: readonly string[], roles: readonly Role[]): { cells: string[]; cost: number } | null {
  const columns = roles.length;
  // Each run's joined text and each (role, run) price are worked out once: the DP meets them many times.
  const texts = new Map<string, string>();
  const priced = new Map<string, number>();
  const price = (role: Role, from: number, to: number): number => {
    const key = `${role}:${from}:${to}`;
    let c = priced.get(key);
    if (c === undefined) {
      const text = (): string => {
        let t = texts.get(`${from}:${to}`);
        if (t === undefined) texts.set(`${from}:${to}`, (t = joinWords(words.slice(from, to))));
        return t;
      };
      priced.set(key, (c = cost(role, to - from, text, () => words[from] ?? '')));
    }
    return c;
  };
  // best[c][t]: cheapest way to put the first t words into the first c columns.
  const best: number[][] = Array.from({ length: columns + 1 }, () => new Array<number>(words.length + 1).fill(INF));
  const take: number[][] = Array.from({ length: columns + 1 }, () => new Array<number>(words.length + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let c = 1; c <= columns; c++) {
    const role = roles[c - 1] as Role;
    for (let t = 0; t <= words.length; t++) {
      for (let k = 0; k <= Math.min(t, MAX_RUN[role]); k++) {
        const before = best[c - 1]?.[t - k] ?? INF;
        if (before === INF) continue;
        const total = before + price(role, t - k, t);
        if (total < (best[c]?.[t] ?? INF)) {
          (best[c] as number[])[t] = total;
          (take[c] as number[])[t] = k;
        }
      }
    }
  }
  const total = best[columns]?.[words.length] ?? INF;
  if (total === INF) return null;
  const cells: string[] = new Array<string>(columns).fill('');
  let t = words.length;
  for (let c = columns; c >= 1; c--) {
    const k = take[c]?.[t] ?? 0;
    cells[c - 1] = joinWords(words.slice(t - k, t));
    t -= k;
  }
  return { cells, cost: total };
}
