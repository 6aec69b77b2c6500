import type { IndicatorRecord, IndicatorValueRecord, MeasureRecord } from '../data/records';
import type { CascadeRow } from '../data/progress/read';
import type { ObservationRecord, TargetContext } from '../data/progress/records';
import { judgeAchievement, type AchievementVerdict, type ProgressValue } from './achievement';
import { cascade, type Cascade } from './cascade';
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

type RowValues = Pick<TargetContext, 'cumulative' | 'baselineRaw' | 'targetRaw' | 'municipalTargetRaw'>;

/** A value of the row is a 【】 total as the aligner reads it (align/values.ts). */
function cumulativeOf(c: RowValues, raw: string | null): boolean {
  if (bracketed(raw)) return true;
  return Boolean(c.cumulative) && ![c.baselineRaw, c.targetRaw, c.municipalTargetRaw].some(bracketed);
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

/** A measure in a region: what Measure.series resolves its fields from. */
export interface SeriesRecord {
  measureId: string;
  regionCode: string;
}

export interface CascadeDistrictRecord {
  regionCode: string;
  indicator: IndicatorRecord;
  target: IndicatorValueRecord;
}

export interface CascadeRecord extends Cascade {
  year: number;
  kind: 'RATE' | 'TOTAL';
  city: IndicatorRecord | null;
  cityTarget: IndicatorValueRecord | null;
  cityObserved: ObservationRecord | null;
  districts: CascadeDistrictRecord[];
  coverage: string;
}

export interface CascadeData {
  measure: MeasureRecord & { kind?: string | null };
  year: number;
  rows: readonly CascadeRow[];
  indicators: ReadonlyMap<string, IndicatorRecord>;
  /** The city's observations of the measure. */
  cityObservations: readonly ObservationRecord[];
  regionCount: number;
}

const row = (i: IndicatorRecord): RowValues => ({
  cumulative: i.cumulative,
  baselineRaw: i.baselineRaw ?? null,
  targetRaw: i.targetRaw ?? null,
  municipalTargetRaw: i.municipalTargetRaw ?? null,
});

/**
 * The cascade of a measure's targets for a year: the city's target (a loaded plan's before a cited
 * one), one target per district (its loaded plan's), summed or spread by cascade.ts. Null when
 * neither the city nor any district sets a target for the year.
 */
export function cascadeOf(d: CascadeData): CascadeRecord | null {
  const withTarget = d.rows.filter((r) => d.indicators.get(r.indicatorId)?.targetYear === d.year);
  const cityRow =
    withTarget.find((r) => r.level === 'municipal' && r.loaded) ?? withTarget.find((r) => r.level === 'municipal');
  const city = cityRow ? (d.indicators.get(cityRow.indicatorId) ?? null) : null;
  const byRegion = new Map<string, CascadeDistrictRecord>();
  for (const r of withTarget) {
    const indicator = d.indicators.get(r.indicatorId);
    if (r.level === 'municipal' || !r.loaded || !indicator?.targetRaw || byRegion.has(r.regionCode)) continue;
    byRegion.set(r.regionCode, { regionCode: r.regionCode, indicator, target: targetOf(indicator) });
  }
  const districts = [...byRegion.values()];
  if (!city && districts.length === 0) return null;
  const unit = (i: IndicatorRecord) => i.unit ?? d.measure.unit;
  const cityTarget = city ? targetOf(city) : null;
  const kind = d.measure.kind === 'total' ? 'total' : 'rate';
  const computed = cascade({
    kind,
    city:
      city && cityTarget
        ? { ...cityTarget, cumulative: cumulativeOf(row(city), cityTarget.raw), unit: unit(city) }
        : null,
    districts: districts.map((x) => ({
      ...x.target,
      region: x.regionCode,
      indicatorId: x.indicator.id,
      cumulative: cumulativeOf(row(x.indicator), x.target.raw),
      unit: unit(x.indicator),
    })),
    regionCount: d.regionCount,
  });
  return {
    ...computed,
    year: d.year,
    kind: kind === 'total' ? 'TOTAL' : 'RATE',
    city,
    cityTarget,
    cityObserved: firstIn(d.cityObservations, d.year),
    districts,
    coverage: `${computed.covered}/${computed.regionCount}`,
  };
}

const targetOf = (i: IndicatorRecord): IndicatorValueRecord => ({
  raw: i.targetRaw ?? '',
  value: i.targetValue ?? null,
  comparator: i.targetComparator ?? null,
  year: i.targetYear ?? null,
});
