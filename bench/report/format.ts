import type { Spread } from '../stats';

const num = (v: number) =>
  !Number.isFinite(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);

/** `median (min–max)`, the form every figure of the report takes. */
export const fmt = (s: Spread): string =>
  s.runs <= 1 ? num(s.median) : `${num(s.median)} (${num(s.min)}–${num(s.max)})`;

/** Plan Graph / baseline on medians; > 1 means Plan Graph has more of it. */
export const ratio = (a: Spread, b: Spread): string => (b.median > 0 ? `${(a.median / b.median).toFixed(2)}×` : '—');

export function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
