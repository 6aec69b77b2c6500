import type { Executor } from '../db/executor';
import { scalar } from './batch';
import { page } from './decode';
import type { IndicatorRecord, MeasureRecord, Page } from './records';
import * as shapes from './shapes';
import { linkFilter, linkFilterParams, type LinkFilterValues } from './rollup';

export interface IndicatorFilterValues {
  planId?: string | null;
  region?: string | null;
  level?: string | null;
  measureId?: string | null;
  domainId?: string | null;
  nameContains?: string | null;
  attribute?: string | null;
  targetYear?: number | null;
  /** Only indicators with a ROLLS_UP_TO link on which all of these hold. */
  rollsUp?: LinkFilterValues | null;
}

const INDICATOR_PAGE = `MATCH (p:Plan)-[:HAS_INDICATOR]->(i:Indicator)
  WHERE ($planId IS NULL OR p.id = $planId)
    AND ($level IS NULL OR p.level = $level)
    AND ($attribute IS NULL OR i.attribute = $attribute)
    AND ($targetYear IS NULL OR i.targetYear = $targetYear)
    AND ($nameContains IS NULL OR i.name CONTAINS $nameContains)
    AND ($region IS NULL OR EXISTS { (p)-[:FOR_REGION]->(:Region {code: $region}) })
    AND ($measureId IS NULL OR EXISTS { (i)-[:MEASURES]->(:Measure {id: $measureId}) })
    AND ($domainId IS NULL OR EXISTS { (i)-[:IN_DOMAIN]->(:Domain {id: $domainId}) })
    AND (NOT $rollsUp OR EXISTS { MATCH (i)-[r:ROLLS_UP_TO]->(:Indicator) WHERE ${linkFilter('r')} })
  WITH i ORDER BY i.planId, i.seq
  WITH collect(i) AS matched
  RETURN size(matched) AS total, [i IN matched[$offset..$offset + $limit] | i {.*, label: 'Indicator'}] AS items`;

const indicatorPage = page(shapes.indicator);

export async function listIndicators(
  executor: Executor,
  filter: IndicatorFilterValues,
  offset: number,
  limit: number,
): Promise<Page<IndicatorRecord>> {
  const params = {
    planId: filter.planId ?? null,
    region: filter.region ?? null,
    level: filter.level ?? null,
    measureId: filter.measureId ?? null,
    domainId: filter.domainId ?? null,
    nameContains: filter.nameContains ?? null,
    attribute: filter.attribute ?? null,
    targetYear: filter.targetYear ?? null,
    // An empty rollsUp {} still asks for indicators that roll up at all.
    rollsUp: filter.rollsUp !== null && filter.rollsUp !== undefined,
    ...linkFilterParams(filter.rollsUp),
  };
  const row = await scalar(executor, INDICATOR_PAGE, { ...params, offset, limit });
  return indicatorPage(row, offset);
}

export async function listMeasures(executor: Executor): Promise<MeasureRecord[]> {
  const rows = await executor.read(`MATCH (m:Measure) RETURN m {.*, label: 'Measure'} AS m ORDER BY m.id`);
  return rows.map((row, i) => shapes.measure(row.m, `measures[${i}]`));
}
