import type { Executor } from '../../db/executor';
import { manyPerKey, onePerKey, type KeyedQuery } from '../batch';
import { num, str, type Decoder } from '../decode';
import { cascadeRow, observation, targetContext } from './shapes';
import type { ObservationRecord, TargetContext } from './records';

// The reads behind achievement, trajectory, series and cascade. Observations are found by the
// (measureId, regionCode) index; every query takes its keys as parameters.

/** A batched read of this module, with its row decoder. */
const query = <T>(cypher: string, item: Decoder<T>, name: string): KeyedQuery<T> => ({ cypher, item, name });

const OBSERVATION = `o {.id, .basis, .regionCode, .measureId, .year, .raw, .value, .comparator, .unit, .cumulative,
  .planId, .indicatorId, .sourceFile, .lineStart, .lineEnd, .fromSidecar, .source, importedAt: toString(o.importedAt)}`;

const INDICATOR_VALUES = `.unit, .baselineRaw, .baselineValue, .baselineComparator, .baselineYear,
  .targetRaw, .targetValue, .targetComparator, .targetYear, .municipalTargetRaw`;

/** Per indicator id: its target, baseline, measure and the observations of its measure in its region; null when unmeasured. */
export function targetContexts(executor: Executor, ids: readonly string[]): Promise<(TargetContext | null)[]> {
  return onePerKey<TargetContext>(
    executor,
    query(
      `UNWIND $keys AS key
MATCH (p:Plan)-[:HAS_INDICATOR]->(i:Indicator {id: key})-[:MEASURES]->(m:Measure)
MATCH (p)-[:FOR_REGION]->(r:Region)
OPTIONAL MATCH (o:Observation {measureId: m.id, regionCode: r.code})
WITH key, p, i, m, r, o ORDER BY o.year, o.basis DESC
WITH key, p, i, m, r, collect(${OBSERVATION}) AS observations
RETURN key, i {indicatorId: i.id, planId: p.id, regionCode: r.code, cumulative: coalesce(i.cumulative, false), ${INDICATOR_VALUES},
  measure: m {.id, .unit, .higherIsBetter, kind: coalesce(m.kind, 'rate')}, observations: observations} AS item`,
      targetContext,
      'targetContexts',
    ),
    ids,
  );
}

/** Per "measureId|regionCode": every observation, by year (STATED before IMPORTED within a year). */
export function seriesObservations(executor: Executor, keys: readonly string[]): Promise<ObservationRecord[][]> {
  return manyPerKey<ObservationRecord>(
    executor,
    query(
      `UNWIND $keys AS key
WITH key, split(key, '|') AS k
MATCH (o:Observation {measureId: k[0], regionCode: k[1]})
WITH key, o ORDER BY o.year, o.basis DESC
RETURN key, ${OBSERVATION} AS item`,
      observation,
      'seriesObservations',
    ),
    keys,
  );
}

/** Per "measureId|regionCode": the ids of the indicators of that measure in that region's plans (loaded or cited). */
export function seriesIndicators(executor: Executor, keys: readonly string[]): Promise<string[][]> {
  return manyPerKey<string>(
    executor,
    query(
      `UNWIND $keys AS key
WITH key, split(key, '|') AS k
MATCH (r:Region {code: k[1]})<-[:FOR_REGION]-(p:Plan)-[:HAS_INDICATOR]->(i:Indicator)-[:MEASURES]->(:Measure {id: k[0]})
WITH key, i ORDER BY i.targetYear, i.id
RETURN key, i.id AS item`,
      str,
      'seriesIndicators',
    ),
    keys,
  );
}

export interface CascadeRow {
  regionCode: string;
  level: string;
  indicatorId: string;
  planId: string;
  loaded: boolean;
  /** The region the row's region is part of (the city, for a district). */
  parentCode: string | null;
}

/**
 * Per "measureId|year": the indicators of the measure with a target in that year (for the city,
 * also those whose baseline is that year: the value its next plan prints), with their region.
 */
export function cascadeRows(executor: Executor, keys: readonly string[]): Promise<CascadeRow[][]> {
  return manyPerKey<CascadeRow>(
    executor,
    query(
      `UNWIND $keys AS key
WITH key, split(key, '|') AS k
MATCH (m:Measure {id: k[0]})<-[:MEASURES]-(i:Indicator)<-[:HAS_INDICATOR]-(p:Plan)-[:FOR_REGION]->(r:Region)
WHERE i.targetYear = toInteger(k[1]) OR (r.level = 'municipal' AND i.baselineYear = toInteger(k[1]))
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
WITH key, r, i, p, parent ORDER BY r.code, i.id
RETURN key, {regionCode: r.code, level: r.level, indicatorId: i.id, planId: p.id, loaded: coalesce(p.loaded, false),
  parentCode: parent.code} AS item`,
      cascadeRow,
      'cascadeRows',
    ),
    keys,
  );
}

/** Per region code: how many regions are part of it (the city's 38 districts and counties), the coverage's denominator. */
export async function childRegionCounts(executor: Executor, codes: readonly string[]): Promise<number[]> {
  const counts = await onePerKey<number>(
    executor,
    query(
      `UNWIND $keys AS key MATCH (:Region {code: key})<-[:PART_OF]-(c:Region) RETURN key, count(c) AS item`,
      num,
      'childRegionCounts',
    ),
    codes,
  );
  return counts.map((n) => Number(n ?? 0));
}

/** Per "measureId|cityCode": the years some district (a region part of the city) sets a target of the measure for. */
export function districtTargetYears(executor: Executor, keys: readonly string[]): Promise<number[][]> {
  return manyPerKey<number>(
    executor,
    query(
      `UNWIND $keys AS key
WITH key, split(key, '|') AS k
MATCH (:Region {code: k[1]})<-[:PART_OF]-(:Region)<-[:FOR_REGION]-(:Plan {loaded: true})-[:HAS_INDICATOR]->(i:Indicator)-[:MEASURES]->(:Measure {id: k[0]})
WHERE i.targetYear IS NOT NULL
WITH DISTINCT key, i.targetYear AS year ORDER BY year
RETURN key, year AS item`,
      num,
      'districtTargetYears',
    ),
    keys,
  );
}

/** Per measure id: the years some district's loaded plan (a region part of another) sets a target of it for. */
export function measureCascadeYears(executor: Executor, ids: readonly string[]): Promise<number[][]> {
  return manyPerKey<number>(
    executor,
    query(
      `UNWIND $keys AS key
MATCH (:Measure {id: key})<-[:MEASURES]-(i:Indicator)<-[:HAS_INDICATOR]-(:Plan {loaded: true})-[:FOR_REGION]->(:Region)-[:PART_OF]->(:Region)
WHERE i.targetYear IS NOT NULL
WITH DISTINCT key, i.targetYear AS year ORDER BY year
RETURN key, year AS item`,
      num,
      'measureCascadeYears',
    ),
    ids,
  );
}
