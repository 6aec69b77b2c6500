import { normalUnit } from '../align/normalise';
import type { Comparator } from '../ingest/types';
import { atLeast, atMost, band, disjoint, observedInterval, within, type Interval } from './interval';

export type AchievementVerdict = 'MET' | 'NOT_MET' | 'NOT_COMPARABLE';

/** One printed value of a measure in a year, as a target or an observation. */
export interface ProgressValue {
  raw: string | null;
  value: number | null;
  comparator: Comparator | null;
  /** A five-year total printed in 【】 rather than the level reached in the year. */
  cumulative: boolean;
  unit: string | null;
}

export interface AchievementRule {
  higherIsBetter: boolean | null;
}

export interface Judgement {
  verdict: AchievementVerdict;
  reason: string;
  /** The ± band a 左右 (or a target with no better direction) was held to; null when none was used. */
  tolerance: number | null;
}

/**
 * How close 左右 is: within 1 % of the printed number (95左右: 94.05–95.95; 5.5左右: 5.445–5.555).
 * Plans never print their own tolerance; 1 % keeps a rounding difference MET and a real miss NOT_MET.
 */
export const APPROX_TOLERANCE = 0.01;

// 万m2 and 万平方米 are one unit: compared as the aligner compares them.
const sameUnit = (a: string | null, b: string | null) => a === null || b === null || normalUnit(a) === normalUnit(b);

/**
 * What a target commits to: ≥x at least x, <x under x; a plain x (or x左右) is "reach x", so at
 * least x when higher is better and at most x when lower is better, x左右 allowing 1 % short;
 * with no better direction, x (or x左右) is x within 1 %.
 */
function targetSet(
  t: number,
  c: Comparator | null,
  higherIsBetter: boolean | null,
): { set: Interval; tol: number | null } {
  const tol = Math.abs(t) * APPROX_TOLERANCE;
  switch (c) {
    case 'GE':
      return { set: atLeast(t), tol: null };
    case 'GT':
      return { set: atLeast(t, true), tol: null };
    case 'LE':
      return { set: atMost(t), tol: null };
    case 'LT':
      return { set: atMost(t, true), tol: null };
    case 'APPROX':
      if (higherIsBetter === true) return { set: atLeast(t - tol), tol };
      if (higherIsBetter === false) return { set: atMost(t + tol), tol };
      return { set: band(t, tol), tol };
    default:
      if (higherIsBetter === true) return { set: atLeast(t), tol: null };
      if (higherIsBetter === false) return { set: atMost(t), tol: null };
      return { set: band(t, tol), tol };
  }
}

/**
 * Whether the value observed in a target's year met it. NOT_COMPARABLE when the units differ, a
 * side is not a number (应保尽保), one side is a 【】 five-year total and the other a level, or the
 * observation is itself a bound (≥95) that lies partly inside and partly outside the target.
 * Both sides 【】 compare as totals of the same five years (the plan period ending in the year).
 */
export function judgeAchievement(target: ProgressValue, observed: ProgressValue, rule: AchievementRule): Judgement {
  const no = (reason: string): Judgement => ({ verdict: 'NOT_COMPARABLE', reason, tolerance: null });
  if (!sameUnit(target.unit, observed.unit)) return no(`units differ: ${target.unit} vs ${observed.unit}`);
  if (target.value === null || observed.value === null)
    return no(`not numeric: ${target.raw ?? '—'} vs ${observed.raw ?? '—'}`);
  if (target.cumulative !== observed.cumulative)
    return no('a 【】 five-year total is not comparable with a level reached in the year');
  const { set, tol } = targetSet(target.value, target.comparator, rule.higherIsBetter);
  const seen = observedInterval(observed.value, observed.comparator);
  const compared = `observed ${observed.raw} vs target ${target.raw}${tol === null ? '' : ` (±${round(tol)})`}`;
  if (within(seen, set)) return { verdict: 'MET', reason: compared, tolerance: tol === null ? null : round(tol) };
  if (disjoint(seen, set)) return { verdict: 'NOT_MET', reason: compared, tolerance: tol === null ? null : round(tol) };
  return {
    ...no(`${compared}: the observation is a bound that is partly inside the target`),
    tolerance: tol === null ? null : round(tol),
  };
}

export const round = (n: number) => Math.round(n * 1e4) / 1e4;
