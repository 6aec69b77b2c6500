import type { Executor } from '../db/executor';
import { scalar } from './batch';
import type { IndicatorRecord, Page, RollUpGapRecord } from './records';

// The roll-up's gaps, one definition for the API (rollUpGaps, unlinkedIndicators) and the report
// `plangraph align` prints (src/align/report.ts reads them after its links are written).

/** A page to fetch: `limit` null for every row (the align report). */
export interface Window {
  offset: number;
  limit: number | null;
}

// Only the printed columns count as years: a cell with a year but no text is not a value.
// A child plan counts for an indicator when its period covers one of those years (any, when the
// indicator has none), the same rule as contributions' missing regions.
const GAPS = `MATCH (i:Indicator)
  WHERE ($ids IS NULL OR i.id IN $ids) AND ($planId IS NULL OR i.planId = $planId)
    AND ($measureId IS NULL OR EXISTS { (i)-[:MEASURES]->(:Measure {id: $measureId}) })
    AND ($domainId IS NULL OR EXISTS { (i)-[:IN_DOMAIN]->(:Domain {id: $domainId}) })
  MATCH (:Plan {id: i.planId})-[:FOR_REGION]->(:Region)<-[:PART_OF]-(:Region)<-[:FOR_REGION]-(child:Plan {loaded: true})
  WITH i, child, [y IN [CASE WHEN i.baselineRaw IS NOT NULL THEN i.baselineYear END,
                        CASE WHEN i.targetRaw IS NOT NULL THEN i.targetYear END] WHERE y IS NOT NULL] AS years
  WHERE size(years) = 0 OR any(y IN years WHERE child.periodStart <= y <= child.periodEnd)
  WITH i, child, EXISTS { MATCH (x:Indicator)-[:ROLLS_UP_TO]->(i) WHERE x.planId = child.id } AS linked
  ORDER BY child.id
  WITH i, collect(CASE WHEN linked THEN child END) AS plansWith, collect(CASE WHEN NOT linked THEN child END) AS plansWithout
  WHERE size(plansWithout) > 0
  WITH i, plansWith, plansWithout, EXISTS { (:Indicator)-[:ROLLS_UP_TO]->(i) } AS supported
  WHERE $supported IS NULL OR supported = $supported
  WITH i, plansWith, plansWithout, supported ORDER BY i.planId, i.seq, i.id
  WITH collect({i: i, plansWith: plansWith, plansWithout: plansWithout, supported: supported}) AS matched
  RETURN size(matched) AS total, [g IN matched[$offset..coalesce($offset + $limit, size(matched))] | {
    indicator: head([i IN [g.i] | i {.*, label: 'Indicator'}]),
    plansWith: [p IN g.plansWith | p {.*, label: 'Plan'}],
    plansWithout: [p IN g.plansWithout | p {.*, label: 'Plan'}],
    supported: g.supported}] AS items`;

export interface GapFilterValues {
  planId?: string | null;
  measureId?: string | null;
  domainId?: string | null;
  supported?: boolean | null;
  /** Only these indicators (an incremental alignment reports on the ones it recomputed). */
  indicatorIds?: readonly string[] | null;
}

/** Parent-region indicators some loaded child plans covering their years set no target rolling up to. */
export async function listGaps(
  executor: Executor,
  filter: GapFilterValues,
  { offset, limit }: Window,
): Promise<Page<RollUpGapRecord>> {
  const row = await scalar(executor, GAPS, {
    ids: filter.indicatorIds ? [...filter.indicatorIds] : null,
    planId: filter.planId ?? null,
    measureId: filter.measureId ?? null,
    domainId: filter.domainId ?? null,
    supported: filter.supported ?? null,
    offset,
    limit,
  });
  return { items: (row.items as RollUpGapRecord[] | undefined) ?? [], offset, totalCount: Number(row.total ?? 0) };
}

// A child-region plan is one whose region is PART_OF another; its indicators should roll up.
const UNLINKED = `MATCH (p:Plan {loaded: true})
  WHERE ($planIds IS NULL OR p.id IN $planIds) AND EXISTS { (p)-[:FOR_REGION]->(:Region)-[:PART_OF]->(:Region) }
  MATCH (i:Indicator {planId: p.id})
  WHERE NOT EXISTS { (i)-[:ROLLS_UP_TO]->(:Indicator) }
  WITH i ORDER BY i.planId, i.seq, i.id
  WITH collect(i) AS matched
  RETURN size(matched) AS total, [i IN matched[$offset..coalesce($offset + $limit, size(matched))] | i {.*, label: 'Indicator'}] AS items`;

/** Indicators of loaded child-region plans (all, or of `planIds`) that roll up to no parent indicator. */
export async function listUnlinked(
  executor: Executor,
  planIds: string | readonly string[] | null,
  { offset, limit }: Window,
): Promise<Page<IndicatorRecord>> {
  const ids = planIds === null ? null : typeof planIds === 'string' ? [planIds] : [...planIds];
  const row = await scalar(executor, UNLINKED, { planIds: ids, offset, limit });
  return { items: (row.items as IndicatorRecord[] | undefined) ?? [], offset, totalCount: Number(row.total ?? 0) };
}
