import type { Executor } from '../db/executor';
import { manyPerKey } from './batch';
import type { ContributionsRecord, IndicatorRecord, MissingTargetRecord, RollUpStepRecord } from './records';

// A roll-up step as the API shows it: both ends and the link's properties (see src/align/).
const step = (rel: string, from: string, to: string, depth: string) => `{
  from: ${from} {.*, label: 'Indicator'}, to: ${to} {.*, label: 'Indicator'},
  method: ${rel}.method, score: ${rel}.score, unitsAgree: ${rel}.unitsAgree,
  fromValue: ${rel}.districtValueRaw, toValue: ${rel}.parentValueRaw, toValueColumn: toUpper(${rel}.parentValueOf),
  comparison: ${rel}.comparison, comparisonNote: ${rel}.comparisonNote, comparedYear: ${rel}.comparedYear,
  ahead: ${rel}.ahead, depth: ${depth}}`;

const STEP_HOPS = {
  rollsUpTo: `UNWIND $keys AS key MATCH (a:Indicator {id: key})-[r:ROLLS_UP_TO]->(b:Indicator)
    WITH key, a, r, b ORDER BY r.score DESC, b.id RETURN key, ${step('r', 'a', 'b', '1')} AS item`,
  rolledUpFrom: `UNWIND $keys AS key MATCH (b:Indicator {id: key})<-[r:ROLLS_UP_TO]-(a:Indicator)
    WITH key, a, r, b ORDER BY a.planId, a.seq RETURN key, ${step('r', 'a', 'b', '1')} AS item`,
  candidates: `UNWIND $keys AS key MATCH (a:Indicator {id: key})-[r:CANDIDATE]->(b:Indicator)
    WITH key, a, r, b ORDER BY r.score DESC, b.id RETURN key, ${step('r', 'a', 'b', '1')} AS item`,
} as const;

export function rollUpSteps(executor: Executor, hop: keyof typeof STEP_HOPS, keys: readonly string[]): Promise<RollUpStepRecord[][]> {
  return manyPerKey(executor, STEP_HOPS[hop], keys);
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
  return rows.map((row) => row.step as RollUpStepRecord);
}

// Child regions of the indicator's region that have a loaded plan covering the indicator's
// target year, yet no indicator of the same measure: the districts that set no target.
const MISSING = `MATCH (m:Indicator {id: $id})-[:MEASURES]->(measure:Measure)
  MATCH (:Plan {id: m.planId})-[:FOR_REGION]->(parent:Region)
  WITH measure, parent, [y IN [m.baselineYear, m.targetYear] WHERE y IS NOT NULL] AS years
  MATCH (parent)<-[:PART_OF]-(child:Region)<-[:FOR_REGION]-(p:Plan {loaded: true})
  WHERE size(years) = 0 OR any(y IN years WHERE p.periodStart <= y <= p.periodEnd)
  WITH measure, child, collect(p) AS plans
  WHERE NONE(p IN plans WHERE EXISTS { (p)-[:HAS_INDICATOR]->(:Indicator)-[:MEASURES]->(measure) })
  WITH child, plans ORDER BY child.code
  RETURN {region: child {.*, label: 'Region'}, plans: [p IN plans | p {.*, label: 'Plan'}]} AS missing`;

export async function contributions(executor: Executor, indicator: IndicatorRecord): Promise<ContributionsRecord> {
  const [contributors] = await rollUpSteps(executor, 'rolledUpFrom', [indicator.id]);
  const rows = await executor.read(MISSING, { id: indicator.id });
  return { indicator, contributors: contributors ?? [], missing: rows.map((row) => row.missing as MissingTargetRecord) };
}
