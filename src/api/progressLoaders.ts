import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import type { IndicatorRecord, MeasureRecord } from '../data/records';
import { cascadeOf, type CascadeRecord } from '../progress/evaluate';
import { loadOne, type Loaders } from './loaders';
import {
  cascadeRows,
  childRegionCounts,
  districtTargetYears,
  measureCascadeYears,
  seriesIndicators,
  seriesObservations,
  targetContexts,
} from '../data/progress/read';

// Per-request loaders of the progress fields: achievement and trajectory of many indicators are
// one query, as are the series and cascades of many measures. Composite keys are "a|b".

const perKey = <T>(batch: (keys: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T>(batch, { maxBatchSize: 1000 });

export function createProgressLoaders(executor: Executor) {
  return {
    targetContext: perKey((ids) => targetContexts(executor, ids)),
    seriesObservations: perKey((keys) => seriesObservations(executor, keys)),
    seriesIndicators: perKey((keys) => seriesIndicators(executor, keys)),
    cascadeRows: perKey((keys) => cascadeRows(executor, keys)),
    childRegionCount: perKey((codes) => childRegionCounts(executor, codes)),
    districtTargetYears: perKey((keys) => districtTargetYears(executor, keys)),
    measureCascadeYears: perKey((ids) => measureCascadeYears(executor, ids)),
  };
}

export type ProgressLoaders = ReturnType<typeof createProgressLoaders>;

/**
 * The cascade of a measure for a year, from the request's loaders: the rows of the measure's
 * targets (and the city's values) for the year, their indicators, the city's observations and how
 * many districts and counties the city has.
 */
export async function loadCascade(
  loaders: Loaders,
  measure: MeasureRecord,
  year: number,
): Promise<CascadeRecord | null> {
  const rows = await loaders.progress.cascadeRows.load(`${measure.id}|${year}`);
  const cityCode =
    rows.find((r) => r.level === 'municipal')?.regionCode ?? rows.find((r) => r.parentCode)?.parentCode ?? null;
  if (cityCode === null) return null;
  const [found, cityObservations, regionCount] = await Promise.all([
    loaders.indicator.loadMany(rows.map((r) => r.indicatorId)),
    loaders.progress.seriesObservations.load(`${measure.id}|${cityCode}`),
    loaders.progress.childRegionCount.load(cityCode),
  ]);
  const indicators = new Map<string, IndicatorRecord>();
  for (const i of found) if (i && !(i instanceof Error)) indicators.set(i.id, i);
  return cascadeOf({ measure, year, rows, indicators, cityObservations, regionCount });
}

/** The year a municipal indicator's contributors are compared in: the latest district target year up to its own. */
export async function cascadeYearOf(loaders: Loaders, indicator: IndicatorRecord, measureId: string) {
  const region = await loadOne(loaders.hops.planRegion, indicator.planId);
  if (!region) return null;
  const years = await loaders.progress.districtTargetYears.load(`${measureId}|${region.code}`);
  const upTo = indicator.targetYear ?? Infinity;
  return years.filter((y) => y <= upTo).pop() ?? null;
}
