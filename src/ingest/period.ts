import { parseChineseNumeral } from './numerals';

/** The n-th five-year plan's first year: the 3rd ran 1966–1970 and they have followed on since. */
export function fiveYearPlanStart(n: number): number {
  return 1966 + 5 * (n - 3);
}

/** Period from a title's `“十四五”` or `第十四个五年`. */
export function periodFromTitle(title: string): [number, number] | null {
  const m = /[“"]?(十[一二三四五六七八九]?)五[”"]?|第([一二三四五六七八九十]+)个五年/.exec(title);
  const ordinal = m?.[1] ?? m?.[2];
  const n = ordinal ? parseChineseNumeral(ordinal) : null;
  if (n === null || n < 3) return null;
  const start = fiveYearPlanStart(n);
  return [start, start + 4];
}

/** An explicit period: `(2026—2030年)`, `规划期为2026—2030年`, `实施期限为2021—2025年`. */
export function statedPeriod(text: string): [number, number] | null {
  const m = /(20\d\d)\s*[—–\-－~～至到]\s*(20\d\d)\s*年/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end - start === 4 ? [start, end] : null;
}
