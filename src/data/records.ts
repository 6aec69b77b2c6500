import type { Comparison } from '../api/generated/graphql';
// What the data layer returns: node and relationship properties as stored, plus `label` on
// nodes so unions can be resolved. codegen.ts maps each GraphQL type to one of these.

export type Label =
  | 'Plan'
  | 'Region'
  | 'Chapter'
  | 'Goal'
  | 'Box'
  | 'Project'
  | 'Indicator'
  | 'Measure'
  | 'Department'
  | 'Domain'
  | 'Load';

interface Lines {
  planId: string;
  lineStart: number;
  lineEnd: number;
  /** For facts printed in another plan's text (cited municipal targets), the plan whose lines these are. */
  sourcePlanId?: string | null;
  /** True on indicators from the admin's `<name>.indicators.csv`; the lines are then that file's (`sourceFile`). */
  fromSidecar?: boolean | null;
  /** The file the lines are in when it is not the plan's own source file. */
  sourceFile?: string | null;
}

export interface PlanRecord {
  label: 'Plan';
  id: string;
  title: string;
  level: PlanLevelValue | null;
  periodStart: number | null;
  periodEnd: number | null;
  draft: boolean | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  loaded: boolean;
  sourceFile: string | null;
  sourceSha256: string | null;
  fromSidecar: string[] | null;
}

export interface RegionRecord {
  label: 'Region';
  code: string;
  name: string;
  fullName: string | null;
  level: RegionLevelValue;
  adminCode: string | null;
}

export interface ChapterRecord extends Lines {
  label: 'Chapter';
  id: string;
  kind: ChapterKindValue;
  number: number | null;
  title: string | null;
  order: number;
  text: string | null;
  /** Set when a list left the (long) text out; Chapter.text then loads it. */
  textOmitted?: boolean;
  inferred: boolean;
  evidence: string | null;
}

export interface GoalRecord extends Lines {
  label: 'Goal';
  id: string;
  lead: string | null;
  text: string;
  horizonYear: number | null;
  origin: string | null;
}

export interface BoxRecord extends Lines {
  label: 'Box';
  id: string;
  number: string;
  title: string | null;
}

export interface ProjectRecord extends Lines {
  label: 'Project';
  id: string;
  name: string;
  text: string;
}

export type ComparatorValue = 'EQ' | 'GE' | 'LE' | 'GT' | 'LT' | 'APPROX';

export interface IndicatorRecord extends Lines {
  label: 'Indicator';
  id: string;
  seq: number;
  name: string;
  unit: string | null;
  category: string | null;
  attribute: 'EXPECTED' | 'BINDING' | null;
  cumulative: boolean;
  basis?: BasisValue | null;
  baselineRaw?: string | null;
  baselineValue?: number | null;
  baselineComparator?: ComparatorValue | null;
  baselineYear?: number | null;
  baselineHeading?: string | null;
  targetRaw?: string | null;
  targetValue?: number | null;
  targetComparator?: ComparatorValue | null;
  targetYear?: number | null;
  targetHeading?: string | null;
  municipalTargetRaw?: string | null;
  municipalTargetValue?: number | null;
  municipalTargetComparator?: ComparatorValue | null;
  municipalTargetYear?: number | null;
  municipalTargetHeading?: string | null;
  /** Set on rows of an indicator table besides the plan's main one (see src/ingest/types.ts Indicator.table). */
  tableCaption?: string | null;
  printedSeq?: number | null;
}

export interface IndicatorValueRecord {
  raw: string;
  value: number | null;
  comparator: ComparatorValue | null;
  year: number | null;
  /** The heading it was printed under when not its year's (年均/累计); absent on values that are not printed cells. */
  heading?: string | null;
}

export interface MeasureRecord {
  label: 'Measure';
  id: string;
  name: string;
  unit: string | null;
  higherIsBetter: boolean | null;
  aliases: string[] | null;
  domain: string | null;
}

export interface RelatedMeasureRecord {
  measure: MeasureRecord;
  why: string | null;
}

/** A MEASURE_CANDIDATE link: the aligner's proposal for an indicator the catalogue does not know. */
export interface MeasureCandidateRecord {
  measure: MeasureRecord;
  score: number;
  reason: string;
}

export interface MeasureReviewRecord {
  indicator: IndicatorRecord;
  candidate: MeasureCandidateRecord | null;
  reason: string;
}

export interface DepartmentRecord {
  label: 'Department';
  id: string;
  name: string;
  fullName: string | null;
  level: PlanLevelValue;
  regionCode: string | null;
}

export interface DomainRecord {
  label: 'Domain';
  id: string;
  name: string;
  nameZh: string;
  keywords: string[] | null;
}

export interface DomainCountsRecord {
  chapterCount: number;
  goalCount: number;
  indicatorCount: number;
  projectCount: number;
}

export interface LoadRecord {
  label: 'Load';
  id: string;
  file: string;
  sha256: string;
  startedAt: string;
  finishedAt: string;
  statements: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  by: string;
  osUser?: string | null;
  host?: string | null;
  clientAddress?: string | null;
  requestId?: string | null;
}

/** An item a department can be responsible for, or a full-text hit: any plan-derived node. */
export type ItemRecord = ChapterRecord | GoalRecord | IndicatorRecord | ProjectRecord;
export type SearchableRecord = PlanRecord | ChapterRecord | GoalRecord | IndicatorRecord | ProjectRecord | BoxRecord;

export interface ResponsibilityRecord {
  department: DepartmentRecord;
  item: ItemRecord;
  basis: BasisValue;
  evidence: string | null;
  method: string | null;
  planId: string | null;
  /** The item's domains; only the department view fetches them, to filter by domain. */
  domainIds?: string[];
}

export interface DomainTagRecord {
  domain: DomainRecord;
  basis: BasisValue;
  evidence: string | null;
}

export interface AlignmentRecord {
  target: ChapterRecord | GoalRecord;
  score: number;
  basis: BasisValue;
  method: string | null;
}

export interface RollUpStepRecord {
  from: IndicatorRecord;
  to: IndicatorRecord;
  method: RollUpMethodValue;
  score: number;
  unitsAgree: boolean | null;
  fromValue: string | null;
  toValue: string | null;
  toValueColumn: 'BASELINE' | 'TARGET' | null;
  /** Null on links aligned before comparisons existed; the API shows NOT_COMPARABLE. */
  comparison: Comparison | null;
  /** Derived in Cypher from comparison and ahead (src/data/rollup.ts STATUS), so filters and answers agree. */
  status: ComparisonStatusValue;
  comparisonNote: string | null;
  comparedYear: number | null;
  ahead: boolean | null;
  depth: number;
}

export type ComparisonStatusValue = 'AHEAD' | 'BEHIND' | 'EQUAL' | 'DIRECTION_UNKNOWN' | 'NOT_COMPARABLE';

/** The parent's cell a step compared with: `kind` names the column of `indicator` (see ValueColumn). */
export interface ComparedValueRecord {
  kind: 'BASELINE' | 'TARGET';
  /** As the link recorded it, in case the cell has changed since the alignment. */
  raw: string;
  indicator: IndicatorRecord;
}

export interface RollUpTraceRecord {
  indicator: IndicatorRecord;
  steps: RollUpStepRecord[];
}

export interface MissingTargetRecord {
  region: RegionRecord;
  plans: PlanRecord[];
}

/** Contributors and missing regions are fields of their own, fetched only when asked for. */
export interface ContributionsRecord {
  indicator: IndicatorRecord;
}

export interface RollUpGapRecord {
  indicator: IndicatorRecord;
  /** Ids of the loaded child plans covering its years with no link into it, and with one. */
  plansWithout: string[];
  plansWith: string[];
  supported: boolean;
}

/** An item of a domain with its IN_DOMAIN tag. */
export interface TaggedRecord<T> {
  node: T;
  basis: BasisValue;
  evidence: string | null;
}

// Named pages of tagged items: codegen's mappers read one level of type arguments.
export type DomainChapterPage = Page<TaggedRecord<ChapterRecord>>;
export type DomainGoalPage = Page<TaggedRecord<GoalRecord>>;
export type DomainIndicatorPage = Page<TaggedRecord<IndicatorRecord>>;
export type DomainProjectPage = Page<TaggedRecord<ProjectRecord>>;

export interface MatrixColumnRecord {
  index: number;
  key: string;
  label: string;
  region: RegionRecord | null;
  measure: MeasureRecord | null;
  periodStart: number | null;
  periodEnd: number | null;
}

export interface MatrixCellRecord {
  column: number;
  indicator: IndicatorRecord;
}

export interface MatrixRowRecord {
  /** Position among all rows, for the cursor. */
  position: number;
  key: string;
  label: string;
  measure: MeasureRecord | null;
  region: RegionRecord | null;
  cells: MatrixCellRecord[];
}

export interface MatrixRecord {
  rowsBy: 'MEASURE' | 'REGION';
  columns: MatrixColumnRecord[];
  rows: MatrixRowRecord[];
  offset: number;
  totalRows: number;
}

export interface SourceRecord {
  planId: string;
  lineStart: number;
  lineEnd: number;
  fromSidecar: boolean;
  /** Set when the lines are in a file other than the plan's source file (a sidecar CSV). */
  file: string | null;
}

export interface SearchHitRecord {
  score: number;
  item: SearchableRecord;
}

export interface Page<T> {
  items: T[];
  offset: number;
  totalCount: number;
}

// Stored enum values, keyed by their GraphQL names: codegen's enumValues point at these, and
// the resolver map hands them to Apollo to translate between the two.
export enum PlanLevelValue {
  MUNICIPAL = 'municipal',
  DISTRICT = 'district',
}

export enum RegionLevelValue {
  MUNICIPAL = 'municipal',
  DISTRICT = 'district',
  COUNTY = 'county',
  AUTONOMOUS_COUNTY = 'autonomous-county',
}

export enum ChapterKindValue {
  PART = 'part',
  CHAPTER = 'chapter',
  SECTION = 'section',
}

export enum BasisValue {
  STATED = 'stated',
  INFERRED = 'inferred',
  CITED = 'cited',
  CURATED = 'curated',
  REFERENCE = 'reference',
}

export enum RollUpMethodValue {
  EXACT = 'exact',
  NORMALISED = 'normalised',
  SYNONYM = 'synonym',
  SIMILAR = 'similar',
  CITED = 'cited',
  CURATED = 'curated',
}
