import type { Executor } from '../db/executor';
import { onePerKey, type KeyedQuery } from './batch';
import type { Decoder } from './decode';
import * as shapes from './shapes';
import type {
  BoxRecord,
  ChapterRecord,
  DepartmentRecord,
  DomainRecord,
  GoalRecord,
  IndicatorRecord,
  MeasureRecord,
  PlanRecord,
  ProjectRecord,
  RegionRecord,
} from './records';

// Node lookups by key, one query per label. Labels come from this fixed table, never from a
// request; every value travels as a parameter.
const byId = (label: string, key = 'id') =>
  `UNWIND $keys AS key MATCH (n:${label} {${key}: key}) RETURN key, n {.*, label: '${label}'} AS item`;

export const NODE_QUERIES = {
  Plan: byId('Plan'),
  Region: byId('Region', 'code'),
  Chapter: byId('Chapter'),
  Goal: byId('Goal'),
  Box: byId('Box'),
  Project: byId('Project'),
  Indicator: byId('Indicator'),
  Measure: byId('Measure'),
  Department: byId('Department'),
  Domain: byId('Domain'),
} as const;

interface NodeRecords {
  Plan: PlanRecord;
  Region: RegionRecord;
  Chapter: ChapterRecord;
  Goal: GoalRecord;
  Box: BoxRecord;
  Project: ProjectRecord;
  Indicator: IndicatorRecord;
  Measure: MeasureRecord;
  Department: DepartmentRecord;
  Domain: DomainRecord;
}

export type KeyedLabel = keyof NodeRecords;

const DECODERS: { [L in KeyedLabel]: Decoder<NodeRecords[L]> } = {
  Plan: shapes.plan,
  Region: shapes.region,
  Chapter: shapes.chapter,
  Goal: shapes.goal,
  Box: shapes.box,
  Project: shapes.project,
  Indicator: shapes.indicator,
  Measure: shapes.measure,
  Department: shapes.department,
  Domain: shapes.domain,
};

const query = <L extends KeyedLabel>(label: L): KeyedQuery<NodeRecords[L]> => ({
  cypher: NODE_QUERIES[label],
  item: DECODERS[label],
  name: label,
});

export function nodesByKey<L extends KeyedLabel>(
  executor: Executor,
  label: L,
  keys: readonly string[],
): Promise<(NodeRecords[L] | null)[]> {
  return onePerKey(executor, query(label), keys);
}
