import type { Executor } from '../db/executor';
import type { ContributionsRecord, IndicatorRecord, MissingTargetRecord, RollUpStepRecord } from './records';

// A roll-up step as the API shows it: both ends and the link's properties (see src/align/).
const step = (rel: string, from: string, to: string, depth: string) => `{
  from: ${from} {.*, label: 'Indicator'}, to: ${to} {.*, label: 'Indicator'},
  method: ${rel}.method, score: ${rel}.score, unitsAgree: ${rel}.unitsAgree,
  fromValue: ${rel}.districtValueRaw, toValue: ${rel}.parentValueRaw, toValueColumn: toUpper(${rel}.parentValueOf),
  comparison: ${rel}.comparison, comparisonNote: ${rel}.comparisonNote, comparedYear: ${rel}.comparedYear,
  ahead: ${rel}.ahead, depth: ${depth}}`;

// A batch of steps names each indicator once: at city scale every district indicator links to a
// dozen municipal ones, so projecting the nodes per step sent the same municipal rows thousands
// of times. Steps carry ids; the nodes come back once each and are joined here.
const linkFields = (rel: string) => `method: ${rel}.method, score: ${rel}.score, unitsAgree: ${rel}.unitsAgree,
  fromValue: ${rel}.districtValueRaw, toValue: ${rel}.parentValueRaw, toValueColumn: toUpper(${rel}.parentValueOf),
  comparison: ${rel}.comparison, comparisonNote: ${rel}.comparisonNote, comparedYear: ${rel}.comparedYear, ahead: ${rel}.ahead`;

const batchOf = (match: string, order: string) => `UNWIND $keys AS key ${match}
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

type StepRow = Omit<RollUpStepRecord, 'from' | 'to' | 'depth'> & { key: string; from: string; to: string };

export async function rollUpSteps(
  executor: Executor,
  hop: keyof typeof STEP_HOPS,
  keys: readonly string[],
): Promise<RollUpStepRecord[][]> {
  const [row] = await executor.read(STEP_HOPS[hop], { keys: [...keys] });
  const nodes = new Map(((row?.nodes ?? []) as IndicatorRecord[]).map((n) => [n.id, n]));
  const byKey = new Map<string, RollUpStepRecord[]>(keys.map((k) => [k, []]));
  for (const { key, from, to, ...link } of (row?.steps ?? []) as StepRow[]) {
    const a = nodes.get(from);
    const b = nodes.get(to);
    if (a && b) byKey.get(key)?.push({ ...link, from: a, to: b, depth: 1 });
  }
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
  // Independent reads: one round trip of latency instead of two.
  const [[contributors], rows] = await Promise.all([
    rollUpSteps(executor, 'rolledUpFrom', [indicator.id]),
    executor.read(MISSING, { id: indicator.id }),
  ]);
  return {
    indicator,
    contributors: contributors ?? [],
    missing: rows.map((row) => row.missing as MissingTargetRecord),
  };
}
