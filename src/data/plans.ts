import type { Executor } from '../db/executor';
import { onePerKey, scalar } from './batch';
import { page } from './decode';
import type { Page, PlanRecord, RegionRecord } from './records';
import * as shapes from './shapes';
import { plannedPlans } from './planner/roots';
import type { SelectionSet } from './planner/selection';

export interface PlanFilterValues {
  level?: string | null;
  region?: string | null;
  year?: number | null;
  loaded?: boolean | null;
}

// Null filter values match everything, so one query serves every combination of filters.
const PLAN_MATCH = `MATCH (p:Plan)
  WHERE ($level IS NULL OR p.level = $level)
    AND ($loaded IS NULL OR p.loaded = $loaded)
    AND ($year IS NULL OR (p.periodStart <= $year AND $year <= p.periodEnd))
    AND ($region IS NULL OR EXISTS { (p)-[:FOR_REGION]->(:Region {code: $region}) })`;

const planPage = page(shapes.plan);

const PLAN_ORDER = 'p.loaded DESC, p.periodStart DESC, p.level DESC, p.id';

const PLAN_PAGE = `${PLAN_MATCH}
  WITH p ORDER BY ${PLAN_ORDER}
  WITH collect(p) AS matched
  RETURN size(matched) AS total, [p IN matched[$offset..$offset + $limit] | p {.*, label: 'Plan'}] AS items`;

export async function listPlans(
  executor: Executor,
  filter: PlanFilterValues,
  offset: number,
  limit: number,
  selection: SelectionSet | null = null,
): Promise<Page<PlanRecord>> {
  const params = {
    level: filter.level ?? null,
    region: filter.region ?? null,
    year: filter.year ?? null,
    loaded: filter.loaded ?? null,
    offset,
    limit,
  };
  // Planned: the page and everything selected below it in one query.
  const planned = await plannedPlans(executor, PLAN_MATCH, PLAN_ORDER, params, selection);
  if (planned) return planned.value;
  const row = await scalar(executor, PLAN_PAGE, params);
  return planPage(row, offset);
}

export type RegionCounts = shapes.RegionCountsRecord;

export type RegionWithCounts = RegionRecord & RegionCounts;

// A region's loaded plans and the indicators in them, counted by Neo4j (one definition for the list and the loader).
const counted = (keep: string) => `OPTIONAL MATCH (r)<-[:FOR_REGION]-(p:Plan {loaded: true})
  WITH ${keep}, collect(p.id) AS planIds
  CALL (planIds) { UNWIND planIds AS planId MATCH (i:Indicator {planId: planId}) RETURN count(i) AS indicatorCount }`;

const REGIONS = `MATCH (r:Region) WHERE $level IS NULL OR r.level = $level
  ${counted('r')}
  RETURN r {.*, label: 'Region', planCount: size(planIds), indicatorCount: indicatorCount} AS region
  ORDER BY CASE r.level WHEN 'municipal' THEN 0 ELSE 1 END, r.code`;

const REGION_COUNTS = `UNWIND $keys AS key MATCH (r:Region {code: key})
  ${counted('key, r')}
  RETURN key, {planCount: size(planIds), indicatorCount: indicatorCount} AS item`;

/** Counts of the regions with these codes, in their order: one query for the batch. */
export function regionCounts(executor: Executor, keys: readonly string[]): Promise<(RegionCounts | null)[]> {
  return onePerKey(executor, { cypher: REGION_COUNTS, item: shapes.regionCounts, name: 'regionCounts' }, keys);
}

export async function listRegions(executor: Executor, level: string | null): Promise<RegionWithCounts[]> {
  const rows = await executor.read(REGIONS, { level });
  return rows.map((row, i) => shapes.regionWithCounts(row.region, `regions[${i}]`));
}
