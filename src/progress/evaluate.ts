import type { IndicatorValueRecord } from '../data/records';
import type { ObservationRecord, TargetContext } from '../data/progress/records';
import { judgeAchievement, type AchievementVerdict, type ProgressValue } from './achievement';
import { judgeTrajectory, pathOfUnit, type Trajectory } from './trajectory';

export interface AchievementRecord {
  verdict: AchievementVerdict;
  reason: string;
  tolerance: number | null;
  target: IndicatorValueRecord;
  observed: ObservationRecord;
}

export interface TrajectoryRecord extends Trajectory {
  baseline: IndicatorValueRecord;
  target: IndicatorValueRecord;
  observed: ObservationRecord;
}

const bracketed = (raw: string | null) => raw?.includes('【') ?? false;

/** A value of the row is a 【】 total as the aligner reads it (align/values.ts). */
function cumulativeOf(c: TargetContext, raw: string | null): boolean {
  if (bracketed(raw)) return true;
  return c.cumulative && ![c.baselineRaw, c.targetRaw, c.municipalTargetRaw].some(bracketed);
}

const targetValue = (c: TargetContext): IndicatorValueRecord | null =>
  c.targetRaw === null || c.targetYear === null
    ? null
    : { raw: c.targetRaw, value: c.targetValue, comparator: c.targetComparator, year: c.targetYear };

const asProgress = (c: TargetContext, v: IndicatorValueRecord): ProgressValue => ({
  ...v,
  cumulative: cumulativeOf(c, v.raw),
  unit: c.unit ?? c.measure.unit,
});

const observedValue = (o: ObservationRecord): ProgressValue => ({ ...o });

// Within a year a value a plan printed (STATED) is preferred to an imported one: the observations
// come ordered by year, STATED first (data/progress/read.ts).
const firstIn = (obs: readonly ObservationRecord[], year: number) => obs.find((o) => o.year === year) ?? null;

/** The verdict on a target whose year has an observation of the same measure in the same region; null when none has. */
export function achievementOf(c: TargetContext): AchievementRecord | null {
  const target = targetValue(c);
  if (target?.year == null) return null;
  const observed = firstIn(c.observations, target.year);
  if (!observed) return null;
  const j = judgeAchievement(asProgress(c, target), observedValue(observed), {
    higherIsBetter: c.measure.higherIsBetter,
  });
  return { ...j, target, observed };
}

/**
 * Where a target of a running period stands: the latest observation after its baseline year and
 * before its target year, against the path between them; null without a baseline or such an observation.
 */
export function trajectoryOf(c: TargetContext): TrajectoryRecord | null {
  const target = targetValue(c);
  if (target?.year == null || c.baselineRaw === null || c.baselineYear === null) return null;
  const B = c.baselineYear;
  const T = target.year;
  const inside = c.observations.filter((o) => o.year > B && o.year < T);
  const latestYear = Math.max(...inside.map((o) => o.year));
  const observed = firstIn(inside, latestYear);
  if (!observed) return null;
  const baseline = { raw: c.baselineRaw, value: c.baselineValue, comparator: c.baselineComparator, year: B };
  const t = judgeTrajectory({
    baseline: { value: baseline.value, year: B },
    target: { value: target.value, year: T },
    observed: { value: observed.value, year: observed.year },
    path: pathOfUnit(c.unit ?? c.measure.unit),
    higherIsBetter: c.measure.higherIsBetter,
    cumulative: cumulativeOf(c, target.raw) || observed.cumulative,
  });
  return { ...t, baseline, target, observed };
}
