import type { CellValue, Comparator } from '../types';
import { cleanCell } from './text';

/** Why a cell was read only partly; the extractor turns these into warnings. */
export type ValueIssue = 'RANGE' | 'QUALIFIED' | 'UNPARSED';

export interface ValueReading {
  cell: CellValue;
  /** Printed in 【】 or 〔〕, the plans' mark for a five-year cumulative figure. */
  bracketed: boolean;
  /** A trailing note in brackets, e.g. `累计` in `1031 （累计）`. */
  qualifier: string | null;
  issue: ValueIssue | null;
}

const PREFIXES: ReadonlyArray<[string, Comparator]> = [
  ['不低于', 'GE'],
  ['不少于', 'GE'],
  ['不小于', 'GE'],
  ['>=', 'GE'],
  ['＞＝', 'GE'],
  ['≥', 'GE'],
  ['≧', 'GE'],
  ['不高于', 'LE'],
  ['不超过', 'LE'],
  ['不大于', 'LE'],
  ['不多于', 'LE'],
  ['<=', 'LE'],
  ['＜＝', 'LE'],
  ['≤', 'LE'],
  ['≦', 'LE'],
  ['大于', 'GT'],
  ['高于', 'GT'],
  ['超过', 'GT'],
  ['多于', 'GT'],
  ['>', 'GT'],
  ['＞', 'GT'],
  ['小于', 'LT'],
  ['低于', 'LT'],
  ['少于', 'LT'],
  ['<', 'LT'],
  ['＜', 'LT'],
  ['约', 'APPROX'],
  ['≈', 'APPROX'],
];

const SUFFIXES: ReadonlyArray<[string, Comparator]> = [
  ['左右', 'APPROX'],
  ['上下', 'APPROX'],
  ['以上', 'GE'],
  ['以下', 'LE'],
  ['以内', 'LE'],
];

/** Footnote marks a figure may end with (`60.6*`); the table's note says what each means. */
export const FOOTNOTE_MARK = '[*＊#△▲※]';
const TRAILING_MARKS = new RegExp(`${FOOTNOTE_MARK}+$`);

/** The footnote mark a printed figure ends with (＊ read as *), or null. */
export function footnoteMark(raw: string): string | null {
  const m = TRAILING_MARKS.exec(raw.trim());
  return m ? m[0].slice(-1).replace('＊', '*') : null;
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const PLAIN = new RegExp(`^${NUMBER}$`);
const RATIO = new RegExp(String.raw`^(${NUMBER})\s*[:：]\s*(${NUMBER})$`);
const RANGE = new RegExp(String.raw`^${NUMBER}\s*[-－~～—–至到]\s*${NUMBER}$`);

/** A printed value as number + comparator; see `readCellValue` for what is accepted. */
export function parseCellValue(raw: string): CellValue {
  return readCellValue(raw).cell;
}

/**
 * Reads one printed value. `raw` keeps the text as printed (white space tidied). Accepted: a number
 * with an optional comparator prefix (≥ ≧ ≤ ≦ > ＞ < ＜ 大于 小于 约 ≈ …) or suffix (左右 以上 以下),
 * `%`, 【】/〔〕 brackets, a trailing footnote `*`, a trailing bracketed note (`（累计）`) or clause
 * after a comma (`>7、力争…`); a ratio
 * `a : b` is a/b, so `2.21 : 1` is 2.21. A range `5-5.5` has no single value: it reads as null with
 * issue RANGE rather than picking an end, so a roll-up never compares against a made-up number.
 * Words (应保尽保, 无, —, -) are null without an issue.
 */
export function readCellValue(raw: string): ValueReading {
  const text = cleanCell(raw);
  let s = toHalfWidthDigits(text);
  let bracketed = false;
  const br = /^[【〔[]\s*(.*?)\s*[】〕\]]$/.exec(s);
  if (br?.[1] !== undefined) {
    s = br[1];
    bracketed = true;
  }
  s = s.replace(TRAILING_MARKS, '').trim();
  let qualifier: string | null = null;
  const q = /^(.*?\S)\s*[（(]([^（）()]+)[）)]$/.exec(s);
  if (q?.[1] !== undefined && q[2] !== undefined && /\d/.test(q[1])) {
    s = q[1];
    qualifier = q[2].trim();
  }
  // A figure and then words after a comma: `>7、力争投入强度高于“十三五”时期实际` reads as >7. A bare
  // integer before 、 is a list number (`1、人均预期寿命`), not a figure.
  const clause = qualifier === null ? /^(.*?\d[^、，,；;]*?)\s*([、，,；;])\s*(\D.*)$/.exec(s) : null;
  const listNumber = clause?.[2] === '、' && /^\d+$/.test(clause[1] ?? '');
  if (clause?.[1] !== undefined && clause[3] !== undefined && !listNumber) {
    s = clause[1];
    qualifier = clause[3].trim();
  }
  let comparator: Comparator = 'EQ';
  const prefix = PREFIXES.find(([p]) => s.startsWith(p));
  if (prefix) {
    comparator = prefix[1];
    s = s.slice(prefix[0].length).trim();
  }
  const suffix = SUFFIXES.find(([p]) => s.endsWith(p));
  if (suffix && (comparator === 'EQ' || comparator === suffix[1])) {
    comparator = suffix[1];
    s = s.slice(0, -suffix[0].length).trim();
  }
  s = s
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(/\s*[%％‰]$/, '')
    .trim();

  const done = (value: number | null, issue: ValueIssue | null): ValueReading => ({
    cell: { raw: text, value, comparator: value === null ? null : comparator },
    bracketed,
    qualifier,
    issue: issue ?? (value !== null && qualifier !== null ? 'QUALIFIED' : null),
  });
  if (PLAIN.test(s)) return done(Number(s), null);
  const ratio = RATIO.exec(s);
  if (ratio?.[1] !== undefined && ratio[2] !== undefined && Number(ratio[2]) !== 0) {
    return done(Number(ratio[1]) / Number(ratio[2]), null);
  }
  if (RANGE.test(s)) return done(null, 'RANGE');
  return done(null, /\d/.test(s) ? 'UNPARSED' : null);
}

function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
