import type { Executor } from '../db/executor';
import * as decode from './decode';
import * as shapes from './shapes';
import type { MissingTargetRecord, RollUpStepRecord } from './records';

/**
 * A link's standing from the aligner's comparison and `ahead` (src/align/compare.ts): `ahead` is
 * false for EQUAL pairs too, so BEHIND is only an ABOVE or BELOW on the worse side. One expression
 * for the answers and the filters, so a filtered list never disagrees with what its steps say.
 */
export const statusOf = (rel: string) => `CASE
    WHEN ${rel}.comparison = 'EQUAL' THEN 'EQUAL'
    WHEN ${rel}.comparison IN ['ABOVE', 'BELOW'] THEN
      CASE ${rel}.ahead WHEN true THEN 'AHEAD' WHEN false THEN 'BEHIND' ELSE 'DIRECTION_UNKNOWN' END
    ELSE 'NOT_COMPARABLE' END`;

/** Conditions on a roll-up link; null matches everything. */
export interface LinkFilterValues {
  comparison?: string | null;
  status?: string | null;
  /** BASELINE or TARGET, as the API names the parent's columns. */
  comparedWith?: string | null;
}

/** The filter as Cypher parameters (the link stores the column in lower case). */
export const linkFilterParams = (f: LinkFilterValues | null | undefined) => ({
  comparison: f?.comparison ?? null,
  status: f?.status ?? null,
  comparedWith: f?.comparedWith ? f.comparedWith.toLowerCase() : null,
});

/**
 * A WHERE condition on link `rel` that the parameters of linkFilterParams fill in (named as in
 * `names`, when one query filters several links differently).
 */
export const linkFilter = (
  rel: string,
  names = { comparison: '$comparison', status: '$status', comparedWith: '$comparedWith' },
) => `(${names.comparison} IS NULL OR ${rel}.comparison = ${names.comparison})
    AND (${names.status} IS NULL OR ${statusOf(rel)} = ${names.status})
    AND (${names.comparedWith} IS NULL OR ${rel}.parentValueOf = ${names.comparedWith})`;

/** A roll-up link's properties as the API shows them (see src/align/). */
const linkFields = (rel: string) => `method: ${rel}.method, score: ${rel}.score, unitsAgree: ${rel}.unitsAgree,
  fromValue: ${rel}.districtValueRaw, toValue: ${rel}.parentValueRaw, toValueColumn: toUpper(${rel}.parentValueOf),
  comparison: ${rel}.comparison, status: ${statusOf(rel)}, comparisonNote: ${rel}.comparisonNote,
  comparedYear: ${rel}.comparedYear, ahead: ${rel}.ahead`;

// A roll-up step: both ends and the link's properties.
const step = (rel: string, from: string, to: string, depth: string) => `{
  from: ${from} {.*, label: 'Indicator'}, to: ${to} {.*, label: 'Indicator'}, ${linkFields(rel)}, depth: ${depth}}`;

// A batch of steps names each indicator once: at city scale every district indicator links to a
// dozen municipal ones, so projecting the nodes per step sent the same municipal rows thousands
// of times. Steps carry ids; the nodes come back once each and are joined here.
const batchOf = (match: string, order: string) => `UNWIND $keys AS key ${match}
    WHERE ${linkFilter('r')}
    WITH key, a, r, b ORDER BY ${order}
    WITH collect({key: key, from: a.id, to: b.id, ${linkFields('r')}}) AS steps, collect(DISTINCT a) + collect(DISTINCT b) AS ends
    UNWIND ends AS n
    WITH steps, collect(DISTINCT n) AS nodes
    RETURN steps, [n IN nodes | n {.*, label: 'Indicator'}] AS nodes`;

const STEP_HOPS = {
  rollsUpTo: batchOf('MATCH (a:Indicator {id: key})-[r:ROLLS_UP_TO]->(b:Indicator)', 'r.score DESC, b.id'),
  rolledUpFrom: batchOf('MATCH (b:Indicator {id: key})<-[r:ROLLS_UP_TO]-(a:Indicator)', 'a.planId, a.seq'),
  candidates: batchOf('MATCH (a:Indicator {id: key})-[r:CANDIDATE]->(b:Indicator)', 'r.score DESC, b.id'),
} as const;

/** The steps of `hop` from each key, in the order of the keys; only those matching `filter` when given. */
export async function rollUpSteps(
  executor: Executor,
  hop: keyof typeof STEP_HOPS,
  keys: readonly string[],
  filter?: LinkFilterValues | null,
): Promise<RollUpStepRecord[][]> {
  const [row] = await executor.read(STEP_HOPS[hop], { keys: [...keys], ...linkFilterParams(filter) });
  const nodes = new Map(
    decode
      .list(shapes.indicator)(row?.nodes ?? [], 'nodes')
      .map((n) => [n.id, n]),
  );
  const byKey = new Map<string, RollUpStepRecord[]>(keys.map((k) => [k, []]));
  decode
    .list(decode.obj)(row?.steps ?? [], 'steps')
    .forEach(({ key, from, to, ...link }, i) => {
      const a = nodes.get(decode.str(from, `steps[${i}].from`));
      const b = nodes.get(decode.str(to, `steps[${i}].to`));
      if (a && b)
        byKey.get(decode.str(key, `steps[${i}].key`))?.push(shapes.step({ ...link, depth: 1 }, `steps[${i}]`, a, b));
    });
  return keys.map((k) => byKey.get(k) ?? []);
}

// Every path up the ROLLS_UP_TO links, so town → district → city works without change; each
// link is reported once, at the depth where it is first reached.
const TRACE = `MATCH path = (:Indicator {id: $id})-[:ROLLS_UP_TO*1..6]->(:Indicator)
  WITH last(relationships(path)) AS r, length(path) AS depth
  WITH r, min(depth) AS depth
  WITH startNode(r) AS a, r, endNode(r) AS b, depth ORDER BY depth, r.score DESC, b.id
  RETURN ${step('r', 'a', 'b', 'depth')} AS step`;

export async function rollUpTrace(executor: Executor, indicatorId: string): Promise<RollUpStepRecord[]> {
  const rows = await executor.read(TRACE, { id: indicatorId });
  return rows.map((row, i) => {
    const s = decode.obj(row.step, `[${i}].step`);
    return shapes.step(s, `[${i}].step`, shapes.indicator(s.from, `[${i}].from`), shapes.indicator(s.to, `[${i}].to`));
  });
}

// Child regions of indicator m's region that have a loaded plan covering the indicator's
// target year, yet no indicator of the same measure: the districts that set no target. Rows of
// (child, plans); the planner (planner/roots.ts) projects them as the request asks.
// The plans that hold the measure are read once from the measure's instances: testing each
// candidate plan's indicators cost ~2,600 db hits for one municipal indicator at medium scale.
export const MISSING_CHILDREN = `MATCH (m)-[:MEASURES]->(measure:Measure)
  MATCH (:Plan {id: m.planId})-[:FOR_REGION]->(parent:Region)
  WITH measure, parent, [y IN [m.baselineYear, m.targetYear] WHERE y IS NOT NULL] AS years,
    COLLECT { MATCH (measure)<-[:MEASURES]-(i:Indicator) RETURN DISTINCT i.planId } AS measured
  MATCH (parent)<-[:PART_OF]-(child:Region)<-[:FOR_REGION]-(p:Plan {loaded: true})
  WHERE size(years) = 0 OR any(y IN years WHERE p.periodStart <= y <= p.periodEnd)
  WITH measure, measured, child, collect(p) AS plans
  WHERE NONE(p IN plans WHERE p.id IN measured)
  WITH child, plans ORDER BY child.code`;

const MISSING = `MATCH (m:Indicator {id: $id})
  ${MISSING_CHILDREN}
  RETURN {region: child {.*, label: 'Region'}, plans: [p IN plans | p {.*, label: 'Plan'}]} AS missing`;

/** Child regions with a loaded plan for the indicator's years and no indicator of its measure. */
export async function missingTargets(executor: Executor, indicatorId: string): Promise<MissingTargetRecord[]> {
  const rows = await executor.read(MISSING, { id: indicatorId });
  return rows.map((row, i) => shapes.missingTarget(row.missing, `missing[${i}]`));
}

/** The direct links into a (parent) indicator, only those matching `filter` when given. */
export async function contributors(
  executor: Executor,
  indicatorId: string,
  filter: LinkFilterValues | null,
): Promise<RollUpStepRecord[]> {
  const [steps] = await rollUpSteps(executor, 'rolledUpFrom', [indicatorId], filter);
  return steps ?? [];
}
