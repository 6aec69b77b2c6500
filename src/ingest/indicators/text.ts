// Text clean-up shared by the table readers. Conversions from Word/PDF leave full-width spaces,
// CR, NBSP and spaces inside wrapped Chinese words ("现代教 育服务"); none of them carries meaning.

import { isPageMark } from '../text';

// Full-width digits (U+FF10–FF19) are numbers, not ideographs: `９５ 左右` keeps its space like `95 左右`.
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uff0f\\uff1a-\\uffef“”‘’【】';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/** A source line with invisible conversion debris removed; tabs are kept, they are cell borders. */
export function normalizeLine(line: string): string {
  return line
    .replace(/\r/g, '')
    .replace(/[\u3000\u00a0\u2002\u2003\u200b\ufeff]/g, (c) => (c === '\u200b' || c === '\ufeff' ? '' : ' '));
}

/** A line with nothing on it. A line holding only a tab is not blank: it is an empty cell. */
export function isBlank(line: string): boolean {
  return line.trim() === '' && !line.includes('\t');
}

export function hasNoText(line: string): boolean {
  return line.trim() === '';
}

/** A cell that states nothing: empty, a dash or 无 (no unit, no value, no target). */
export function statesNothing(text: string): boolean {
  return /^[—–\-－/无]*$/.test(text.trim());
}

/** Cell text as printed: trimmed, runs of white space collapsed, spaces between Chinese characters dropped. */
export function cleanCell(text: string): string {
  return normalizeLine(text).replace(/\s+/g, ' ').trim().replace(SPACE_BETWEEN_CJK, '');
}

/** Joins a cell that the conversion wrapped onto two lines (`应保` + `尽保`). */
export function joinWrapped(head: string, tail: string): string {
  const a = cleanCell(head);
  const b = cleanCell(tail);
  if (a === '' || b === '') return a + b;
  const asciiWord = /[A-Za-z0-9]/;
  const glue = asciiWord.test(a.slice(-1)) && asciiWord.test(b.charAt(0)) ? ' ' : '';
  return a + glue + b;
}

/** Header cells are compared without any spaces: `指    标`, `2025 年`. */
export function compact(text: string): string {
  return cleanCell(text).replace(/\s+/g, '');
}

/**
 * Page furniture a PDF conversion leaves inside a table that crosses a page (see `isPageMark`), or a
 * bare number when the caller knows it is not in the 序号 column.
 */
export function isPageNumber(text: string, bare = false): boolean {
  const t = halfWidthDigits(compact(text));
  return isPageMark(t) || (bare && /^\d{1,4}$/.test(t));
}

/** A caption repeated where a table continues on the next page: `续表`, `表1（续）`. */
export function isContinuedCaption(text: string): boolean {
  const t = compact(text);
  return /^续表/.test(t) || /^表.{0,40}[（(]续[)）]$/.test(t);
}

/** Full-width digits and the full stop between them (`８１．５`), as Word and some PDFs print numbers. */
export function halfWidthDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)．(?=\d)/g, '.');
}

export function parseSeq(text: string): number | null {
  // `1`, `1.`, `1、`, `（1）`: the forms a 序号 cell is printed in.
  const m = /^(?:(\d{1,3})[.、．]?|[（(](\d{1,3})[)）])$/.exec(halfWidthDigits(compact(text)));
  if (m?.[2] !== undefined) return Number(m[2]);
  return m?.[1] !== undefined ? Number(m[1]) : null;
}

// Circled numbers number rows in some tables' name cells: ①–⑳, ㉑–㉟, ㊱–㊿ (three Unicode runs).
const CIRCLED_RUNS: ReadonlyArray<[first: number, last: number, value: number]> = [
  [0x2460, 0x2473, 1],
  [0x3251, 0x325f, 21],
  [0x32b1, 0x32bf, 36],
];

/** The number a circled digit stands for (`①` → 1, `㉑` → 21), or null. */
export function circledNumber(c: string): number | null {
  const code = c.codePointAt(0) ?? 0;
  const run = CIRCLED_RUNS.find(([first, last]) => code >= first && code <= last);
  return run ? code - run[0] + run[2] : null;
}

/**
 * A row number printed at the start of a name cell, when the table has no 序号 column:
 * `1.人均预期寿命`, `1．`, `1、`, `（1）`, `(1)`, `①` (`22.0-3岁婴幼儿入托率` is row 22). A number
 * that runs on into the name (`15分钟健身圈`, `5G基站`) is part of the name.
 */
export function splitNameSeq(text: string): { seq: number; name: string } | null {
  const t = cleanCell(text);
  const circled = circledNumber(t);
  if (circled !== null) return t.length > 1 ? { seq: circled, name: t.slice(1).trim() } : null;
  const m = /^(?:(\d{1,3})\s*[.、．]|[（(]\s*(\d{1,3})\s*[)）])\s*(\S.*)$/.exec(halfWidthDigits(t));
  const digits = m?.[1] ?? m?.[2];
  if (digits === undefined || m?.[3] === undefined) return null;
  // The name as printed (full-width digits inside it kept): drop as many characters as the prefix took.
  return { seq: Number(digits), name: t.slice(t.length - m[3].length) };
}

/** Lines under a table that explain it: `注：…`, `备注：…`, `说明：…`, `资料来源：…`. */
export function isNoteStart(text: string): boolean {
  return /^(注|备注|说明|资料来源|数据来源)\s*[0-9１-９]?\s*[:：．.、]/.test(compact(text));
}

/** Sentences end in 。; table cells almost never do, so a line with one is body text. */
export function isProse(text: string): boolean {
  return /[。；;]/.test(text) || compact(text).length > 60;
}

/** A group line's ordinal: `一、人口`, `（一）幼有所育`. */
export function isOrdinalLabel(text: string): boolean {
  return /^[（(]?[一二三四五六七八九十]+[)）、.．]/.test(cleanCell(text));
}

/** A 篇/章/节 heading: where the text after a table goes on. */
export function isPartHeading(text: string): boolean {
  return /^第[一二三四五六七八九十百\d]+[章节篇]/.test(compact(text));
}
