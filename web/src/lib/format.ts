import { t } from '../i18n';

export interface ValueLike {
  raw: string;
  year: number | null;
  /** The heading it was printed under when not its year's (年均/累计). */
  heading?: string | null;
}

/** "81（2025）", "〔13.5〕（2025，年均/累计）", or "—" when the table prints nothing. */
export function valueText(v: ValueLike | null | undefined): string {
  if (!v) return '—';
  const where = [v.year, v.heading].filter((x) => x !== null && x !== undefined && x !== '').join('，');
  return where ? `${v.raw}（${where}）` : v.raw;
}

export function periodText(p: { periodStart: number | null; periodEnd: number | null }): string {
  if (p.periodStart && p.periodEnd) return `${p.periodStart}–${p.periodEnd}`;
  return String(p.periodStart ?? p.periodEnd ?? '—');
}

export function levelText(level: string | null | undefined): string {
  return level ? (t.level[level] ?? level) : '—';
}

export function scoreText(score: number | null | undefined): string {
  return typeof score === 'number' ? score.toFixed(2) : '—';
}
