import { assignCost, isNameText } from './assign';
import type { ColumnModel } from './columns';
import { isOrdinalLabel } from './text';
import { isUnit } from './units';

// Tables that print no row numbers (no 序号 column, nothing before the name) leave a reader of a
// layout without columns only the words themselves to find where a row starts. Single-spaced rows
// keep one row to a line; one cell per line keeps nothing, so the stream is cut where the cuts'
// rows fit the header's columns best.

interface StreamWord {
  text: string;
  line: number;
  blankBefore: boolean;
}

/** A row or a group label takes words [from, to) of the stream. */
export interface Span {
  from: number;
  to: number;
}

/** A word that can open a row: its category or its name, never a unit, a value or a group label. */
const opensRow = (text: string): boolean => isNameText(text) && !isOrdinalLabel(text) && !isUnit(text);

/**
 * Single-spaced rows: a row is a line of two or more words that opens with a name (or its
 * category); a line of one word is a wrapped name or a group label, which the caller tells apart.
 */
export function lineStarts(words: readonly StreamWord[]): number[] {
  const starts: number[] = [];
  words.forEach((w, i) => {
    if (words[i - 1]?.line === w.line || words[i + 1]?.line !== w.line) return;
    if (opensRow(w.text)) starts.push(i);
  });
  return starts;
}

/** A name between rows read as a group label costs this; joined to a name (0.3) it is a wrapped name. */
const LABEL = 0.6;
/** A blank line inside a row: converters put them between rows, rarely inside one. */
const BLANK_INSIDE = 0.5;
/** A word no row can take (a stray number) is skipped at this price rather than cutting the table short. */
const STRAY = 5;

/**
 * One cell per line: the cheapest cut of the stream into rows and group labels, by dynamic
 * programming over where each row ends. A row costs what fitting its words to the columns costs
 * (`assignCost`: empty value cells are dear, a unit or 属性 in the wrong column impossible), so the
 * cut that leaves every cell where its kind of word belongs wins. Returns the rows' spans.
 */
export function cutByFit(words: readonly StreamWord[], model: ColumnModel): Span[] {
  const texts = words.map((w) => w.text);
  const longest = model.columns.length * 2;
  const best = new Array<number>(words.length + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<{ at: number; row: boolean }>(words.length + 1);
  best[0] = 0;
  const relax = (to: number, cost: number, at: number, row: boolean): void => {
    if (cost < (best[to] ?? Number.POSITIVE_INFINITY)) {
      best[to] = cost;
      from[to] = { at, row };
    }
  };
  for (let i = 0; i < words.length; i++) {
    const here = best[i] ?? Number.POSITIVE_INFINITY;
    if (here === Number.POSITIVE_INFINITY) continue;
    const text = texts[i] ?? '';
    if (isOrdinalLabel(text)) relax(i + 1, here, i, false);
    else relax(i + 1, here + (isNameText(text) ? LABEL : STRAY), i, false);
    if (!opensRow(text)) continue;
    let blanks = 0;
    for (let j = i + 1; j <= Math.min(words.length, i + longest); j++) {
      if (j > i + 1 && isOrdinalLabel(texts[j - 1] ?? '')) break;
      if (j > i + 1 && words[j - 1]?.blankBefore) blanks++;
      relax(j, here + assignCost(texts.slice(i, j), model) + blanks * BLANK_INSIDE, i, true);
    }
  }
  const spans: Span[] = [];
  for (let to = words.length; to > 0;) {
    const step = from[to];
    if (!step) break;
    if (step.row) spans.push({ from: step.at, to });
    to = step.at;
  }
  return spans.reverse();
}
