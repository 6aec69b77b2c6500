import type { Comparison, IndicatorAttribute, ValueColumn } from '../api/generated/graphql';
import { bool, byLabel, type Decoder, type Fields, list, node, nullable, num, oneOf, shape, str } from './decode';
import {
  BasisValue,
  ChapterKindValue,
  PlanLevelValue,
  RegionLevelValue,
  RollUpMethodValue,
  type AlignmentRecord,
  type BoxRecord,
  type ChapterRecord,
  type ComparatorValue,
  type ComparisonStatusValue,
  type DepartmentRecord,
  type DomainCountsRecord,
  type DomainRecord,
  type DomainTagRecord,
  type GoalRecord,
  type IndicatorRecord,
  type ItemRecord,
  type LoadRecord,
  type MeasureCandidateRecord,
  type MeasureRecord,
  type MeasureReviewRecord,
  type MissingTargetRecord,
  type PlanRecord,
  type ProjectRecord,
  type RegionRecord,
  type RelatedMeasureRecord,
  type ResponsibilityRecord,
  type RollUpGapRecord,
  type RollUpStepRecord,
  type SearchableRecord,
  type TaggedRecord,
} from './records';

// The row shape of every record the data layer returns (records.ts), built from decode.ts. Enum
// fields are checked against the value lists codegen maps the GraphQL enums to, so a stored value
// the API cannot name fails here, with its path.

export const COMPARATORS: readonly ComparatorValue[] = ['EQ', 'GE', 'LE', 'GT', 'LT', 'APPROX'];
export const COMPARISONS: readonly Comparison[] = ['ABOVE', 'BELOW', 'EQUAL', 'NOT_COMPARABLE'];
const STATUSES: readonly ComparisonStatusValue[] = ['AHEAD', 'BEHIND', 'EQUAL', 'DIRECTION_UNKNOWN', 'NOT_COMPARABLE'];
const COLUMNS: readonly ValueColumn[] = ['BASELINE', 'TARGET'];
const ATTRIBUTES: readonly IndicatorAttribute[] = ['EXPECTED', 'BINDING'];

const comparator = nullable(oneOf(COMPARATORS));
const basis = oneOf(Object.values(BasisValue));
const planLevel = oneOf(Object.values(PlanLevelValue));

export const plan = node<PlanRecord>('Plan', 'id', { level: nullable(planLevel), loaded: bool });
export const region = node<RegionRecord>('Region', 'code', { level: oneOf(Object.values(RegionLevelValue)) });
export const chapter = node<ChapterRecord>('Chapter', 'id', { kind: oneOf(Object.values(ChapterKindValue)) });
export const goal = node<GoalRecord>('Goal');
export const box = node<BoxRecord>('Box');
export const project = node<ProjectRecord>('Project');
export const indicator = node<IndicatorRecord>('Indicator', 'id', {
  attribute: nullable(oneOf(ATTRIBUTES)),
  basis: nullable(basis),
  baselineComparator: comparator,
  targetComparator: comparator,
  municipalTargetComparator: comparator,
});
export const measure = node<MeasureRecord>('Measure');
export const department = node<DepartmentRecord>('Department', 'id', { level: planLevel });
export const domain = node<DomainRecord>('Domain');
export const load = node<LoadRecord>('Load');

/** What a department answers for, or a domain tags: a plan item of any of its labels. */
export const item = byLabel<ItemRecord>({ Chapter: chapter, Goal: goal, Indicator: indicator, Project: project });
export const searchable = byLabel<SearchableRecord>({
  Plan: plan,
  Chapter: chapter,
  Goal: goal,
  Indicator: indicator,
  Project: project,
  Box: box,
});

const count = num;
const domainCounts = shape<DomainCountsRecord>({
  chapterCount: count,
  goalCount: count,
  indicatorCount: count,
  projectCount: count,
});
export const domainWithCounts: Decoder<DomainRecord & DomainCountsRecord> = (v, path) =>
  domainCounts(domain(v, path), path) as DomainRecord & DomainCountsRecord;

export interface RegionCountsRecord {
  planCount: number;
  indicatorCount: number;
}
export const regionCounts = shape<RegionCountsRecord>({ planCount: count, indicatorCount: count });
export const regionWithCounts: Decoder<RegionRecord & RegionCountsRecord> = (v, path) =>
  regionCounts(region(v, path), path) as RegionRecord & RegionCountsRecord;

export const tagged = <T>(n: Decoder<T>) => shape<TaggedRecord<T>>({ node: n, basis, evidence: nullable(str) });
export const domainTag = shape<DomainTagRecord>({ domain, basis, evidence: nullable(str) });
export const responsibility = shape<ResponsibilityRecord>({
  department,
  item,
  basis,
  evidence: nullable(str),
  method: nullable(str),
  planId: nullable(str),
});
export const alignment = shape<AlignmentRecord>({
  target: byLabel<ChapterRecord | GoalRecord>({ Chapter: chapter, Goal: goal }),
  score: num,
  basis,
  method: nullable(str),
});
export const measureCandidate = shape<MeasureCandidateRecord>({ measure, score: num, reason: str });
export const relatedMeasure = shape<RelatedMeasureRecord>({ measure, why: nullable(str) });
export const measureReview = shape<MeasureReviewRecord>({
  indicator,
  candidate: nullable(measureCandidate),
  reason: str,
});
export const gap = shape<RollUpGapRecord>({
  indicator,
  plansWith: list(str),
  plansWithout: list(str),
  supported: bool,
});
export const missingTarget = shape<MissingTargetRecord>({ region, plans: list(plan) });

const methods = oneOf(Object.values(RollUpMethodValue));
const column = nullable(oneOf(COLUMNS));
const comparison = nullable(oneOf(COMPARISONS));
const status = oneOf(STATUSES);

const text = nullable(str);

/**
 * A roll-up link's fields (rollup.ts linkFields), each checked: a planned step (planner/project.ts)
 * checks those it selected; rollup.ts checks them all as a shape, its two ends decoded apart.
 */
export const LINK_FIELDS = {
  method: methods,
  score: num,
  unitsAgree: nullable(bool),
  fromValue: text,
  toValue: text,
  toValueColumn: column,
  comparison,
  status,
  comparisonNote: text,
  comparedYear: nullable(num),
  ahead: nullable(bool),
  depth: num,
} as const satisfies Fields;
const link = shape<Omit<RollUpStepRecord, 'from' | 'to'>>(LINK_FIELDS);

/** A roll-up link's fields with its two ends already decoded. */
export function step(v: unknown, path: string, from: IndicatorRecord, to: IndicatorRecord): RollUpStepRecord {
  return { ...link(v, path), from, to };
}
