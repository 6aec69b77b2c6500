import { t } from '../i18n';

export interface ValueLike {
  raw: string;
  year: number | null;
}

/** "81（2025）", or "—" when the table prints nothing. */
export function valueText(v: ValueLike | null | undefined): string {
  if (!v) return '—';
  return v.year ? `${v.raw}（${v.year}）` : v.raw;
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
