import { APPROX_TOLERANCE, round } from './achievement';

export type TrajectoryStatus = 'AHEAD' | 'ON_TRACK' | 'BEHIND' | 'NOT_COMPARABLE';
export type TrajectoryPath = 'LINEAR' | 'COMPOUND';

export interface YearPoint {
  value: number | null;
  year: number;
}

export interface TrajectoryInput {
  baseline: YearPoint;
  target: YearPoint;
  observed: YearPoint;
  path: TrajectoryPath;
  higherIsBetter: boolean | null;
  /** A 【】 five-year total has no yearly path. */
  cumulative: boolean;
}

export interface Trajectory {
  status: TrajectoryStatus;
  path: TrajectoryPath;
  /** The value expected in the observation's year on the path from baseline to target. */
  expected: number | null;
  /** observed − expected, in the measure's unit (positive: above the path). */
  gap: number | null;
  /** How many years of the planned pace the observation is ahead (+) or behind (−). */
  gapYears: number | null;
  reason: string;
}

/** Within half a year of the planned pace is ON_TRACK; further ahead AHEAD, further behind BEHIND. */
export const ON_TRACK_YEARS = 0.5;

/** Money grows by a rate (income, spending): its path is compound. Every other level or rate moves linearly. */
export const pathOfUnit = (unit: string | null): TrajectoryPath =>
  unit !== null && /^(元|万元|亿元)/.test(unit.trim()) ? 'COMPOUND' : 'LINEAR';

/**
 * Where a running period stands: the observed value against the value expected in its year on the
 * path from the baseline (b in year B) to the target (t in year T). LINEAR: b + (t − b)·f with
 * f = (Y − B)/(T − B); COMPOUND: b·(t/b)^f. The gap in years is the gap over the planned yearly
 * step (linear) or the log of observed/expected over the log of the planned yearly factor
 * (compound), signed so that + is on the better side of the path: higher when the measure is
 * higher-is-better, lower when lower-is-better, and towards the target when it has no better
 * direction. So a ceiling kept with room to spare (unemployment 5.2 % against <5.5 % planned from
 * 5.3 %) is AHEAD, never BEHIND. A flat target (t = b) has no pace: within 1 % of it is ON_TRACK,
 * beyond that AHEAD or BEHIND by the measure's better direction.
 */
export function judgeTrajectory(input: TrajectoryInput): Trajectory {
  const { baseline: B, target: T, observed: O, path } = input;
  const no = (reason: string): Trajectory => ({
    status: 'NOT_COMPARABLE',
    path,
    expected: null,
    gap: null,
    gapYears: null,
    reason,
  });
  if (input.cumulative) return no('a 【】 five-year total has no yearly path');
  if (B.value === null || T.value === null || O.value === null) return no('not numeric');
  if (!(B.year < O.year && O.year < T.year)) return no(`observation year ${O.year} is not inside ${B.year}–${T.year}`);
  const b = B.value;
  const t = T.value;
  const o = O.value;
  const f = (O.year - B.year) / (T.year - B.year);
  if (t === b) return flat(input, b, o);
  // +1 when more is better (or, with no better direction, when the plan goes up), −1 when less is.
  const better = (input.higherIsBetter ?? t > b) ? 1 : -1;
  let expected: number;
  let gapYears: number;
  if (path === 'COMPOUND') {
    if (b <= 0 || t <= 0 || o <= 0) return no('a compound path needs positive values');
    const yearly = Math.pow(t / b, 1 / (T.year - B.year));
    expected = b * Math.pow(t / b, f);
    gapYears = (better * Math.log(o / expected)) / Math.abs(Math.log(yearly));
  } else {
    const step = (t - b) / (T.year - B.year);
    expected = b + (t - b) * f;
    gapYears = (better * (o - expected)) / Math.abs(step);
  }
  const status: TrajectoryStatus =
    gapYears >= ON_TRACK_YEARS ? 'AHEAD' : gapYears <= -ON_TRACK_YEARS ? 'BEHIND' : 'ON_TRACK';
  return {
    status,
    path,
    expected: round(expected),
    gap: round(o - expected),
    gapYears: round(gapYears),
    reason: `${o} in ${O.year} vs ${round(expected)} expected on the ${path.toLowerCase()} path ${b} (${B.year}) → ${t} (${T.year})`,
  };
}

function flat(input: TrajectoryInput, b: number, o: number): Trajectory {
  const tol = Math.abs(b) * APPROX_TOLERANCE;
  const gap = round(o - b);
  const base = { path: input.path, expected: b, gap, gapYears: null };
  const reason = `${o} in ${input.observed.year} vs the level ${b} held from ${input.baseline.year} (±${round(tol)})`;
  if (Math.abs(o - b) <= tol) return { ...base, status: 'ON_TRACK', reason };
  if (input.higherIsBetter === null)
    return { ...base, status: 'NOT_COMPARABLE', reason: `${reason}: no better direction` };
  const better = o > b === input.higherIsBetter;
  return { ...base, status: better ? 'AHEAD' : 'BEHIND', reason };
}
