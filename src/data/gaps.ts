import type { Executor, Params, Row, TxRunner } from '../db/executor';
import { page } from './decode';
import type { IndicatorRecord, Page, RollUpGapRecord } from './records';
import * as shapes from './shapes';

const gapPage = page(shapes.gap);
const indicatorPage = page(shapes.indicator);

// The roll-up's gaps, one definition for the API (rollUpGaps, unlinkedIndicators) and the report
// `plangraph align` prints (src/align/report.ts reads them after its links are written).

/** The API reads through its request's executor; the aligner inside its own transaction (no API time limit). */
export type GapSource = Executor | TxRunner;

async function scalar(source: GapSource, cypher: string, params: Params): Promise<Row> {
  const rows = 'read' in source ? await source.read(cypher, params) : (await source.run(cypher, params)).rows;
  return rows[0] ?? {};
}

/** A page to fetch: `limit` null for every row (the align report). */
export interface Window {
  offset: number;
  limit: number | null;
}

// Only the printed columns count as years: a cell with a year but no text is not a value.
// A child plan counts for an indicator when its period covers one of those years (any, when the
// indicator has none), the same rule as contributions' missing regions.
// At city scale a parent plan has ~1,000 child plans and ~300,000 links into its indicators, so
// the child plans are read once per parent plan (not per indicator) as small maps, each indicator's
// linking plans once as a list of ids, and the pairs are then compared in memory; plans are
// returned as ids, for the page only to be fetched (the report needs no more than the ids).
const GAPS = `MATCH (pp:Plan)-[:FOR_REGION]->(r:Region)
  WHERE EXISTS { (r)<-[:PART_OF]-(:Region) } AND ($planId IS NULL OR pp.id = $planId)
  WITH pp, COLLECT { MATCH (r)<-[:PART_OF]-(:Region)<-[:FOR_REGION]-(child:Plan {loaded: true})
                     RETURN child {.id, .periodStart, .periodEnd} AS c ORDER BY child.id } AS children
  MATCH (i:Indicator {planId: pp.id})
  WHERE ($ids IS NULL OR i.id IN $ids)
    AND ($measureId IS NULL OR EXISTS { (i)-[:MEASURES]->(:Measure {id: $measureId}) })
    AND ($domainId IS NULL OR EXISTS { (i)-[:IN_DOMAIN]->(:Domain {id: $domainId}) })
  WITH i, children, [y IN [CASE WHEN i.baselineRaw IS NOT NULL THEN i.baselineYear END,
                          CASE WHEN i.targetRaw IS NOT NULL THEN i.targetYear END] WHERE y IS NOT NULL] AS years
  WITH i, [c IN children WHERE size(years) = 0 OR any(y IN years WHERE c.periodStart <= y <= c.periodEnd) | c.id] AS covering,
       COLLECT { MATCH (x:Indicator)-[:ROLLS_UP_TO]->(i) RETURN DISTINCT x.planId } AS linking
  WITH i, [id IN covering WHERE id IN linking] AS plansWith, [id IN covering WHERE NOT id IN linking] AS plansWithout,
       size(linking) > 0 AS supported
  WHERE size(plansWithout) > 0 AND ($supported IS NULL OR supported = $supported)
  WITH i, plansWith, plansWithout, supported ORDER BY i.planId, i.seq, i.id
  WITH collect({i: i, plansWith: plansWith, plansWithout: plansWithout, supported: supported}) AS matched
  RETURN size(matched) AS total, [g IN matched[$offset..coalesce($offset + $limit, size(matched))] | {
    indicator: head([i IN [g.i] | i {.*, label: 'Indicator'}]),
    plansWith: g.plansWith, plansWithout: g.plansWithout, supported: g.supported}] AS items`;

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
  executor: GapSource,
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
  return gapPage(row, offset);
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
  executor: GapSource,
  planIds: string | readonly string[] | null,
  { offset, limit }: Window,
): Promise<Page<IndicatorRecord>> {
  const ids = planIds === null ? null : typeof planIds === 'string' ? [planIds] : [...planIds];
  const row = await scalar(executor, UNLINKED, { planIds: ids, offset, limit });
  return indicatorPage(row, offset);
}
