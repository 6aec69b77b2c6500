/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A finished period's target against the value observed in its year, for the same region and measure. */
export type Achievement = {
  observed: Observation;
  /** The values compared, or why they cannot be (units, 【】 totals against levels, words, an observed bound). */
  reason: Scalars['String']['output'];
  target: IndicatorValue;
  /** The ± band a 左右 target (or a target of a measure with no better direction) was held to: 1 % of it. */
  tolerance: Maybe<Scalars['Float']['output']>;
  verdict: AchievementVerdict;
};

export type AchievementVerdict =
  | 'MET'
  | 'NOT_COMPARABLE'
  | 'NOT_MET';

export type Alignable = Chapter | Goal;

/** A link from a district chapter or goal to a municipal one it serves. */
export type Alignment = {
  basis: Basis;
  /** How the link was found, e.g. domain+text. */
  method: Maybe<Scalars['String']['output']>;
  /** Similarity in [0, 1]. */
  score: Scalars['Float']['output'];
  target: Alignable;
};

/** How a fact got into the graph. Analysts filter on this to tell what a plan says from what Plan Graph concluded. */
export type Basis =
  /** Printed in another plan that cites it, e.g. a municipal target printed in a district's table. */
  | 'CITED'
  /** Decided by a person through a curation script. */
  | 'CURATED'
  /** Concluded by Plan Graph (keyword tagging, standard lead department, name matching); the evidence says how. */
  | 'INFERRED'
  /** From Plan Graph's reviewed reference data (data/*.json), e.g. department counterparts. */
  | 'REFERENCE'
  /** Printed in the plan text (see the source line range). */
  | 'STATED';

/** A box (专栏) of projects or measures. */
export type Box = {
  chapter: Maybe<Chapter>;
  id: Scalars['ID']['output'];
  /** As printed: 4-1 for 专栏4-1. */
  number: Scalars['String']['output'];
  projects: Array<Project>;
  source: Source;
  title: Maybe<Scalars['String']['output']>;
};

/**
 * The districts' targets for a year against the city's. For a TOTAL, their sum (only numbers in the
 * city's unit, 【】 totals with 【】 totals); for a RATE, their spread. `covered` of `regionCount` says how
 * many of the city's districts and counties have a loaded plan that sets it: a sum is the city's whole
 * only when `complete`.
 */
export type Cascade = {
  above: Scalars['Int']['output'];
  below: Scalars['Int']['output'];
  /** The city's indicator with a target for the year (a loaded plan's, or one cited by a district's table). */
  city: Maybe<Indicator>;
  /** The city's value observed in the year (its next plan's baseline, or imported). */
  cityObserved: Maybe<Observation>;
  cityTarget: Maybe<IndicatorValue>;
  complete: Scalars['Boolean']['output'];
  counted: Scalars['Int']['output'];
  /** e.g. 4/38 */
  coverage: Scalars['String']['output'];
  covered: Scalars['Int']['output'];
  districts: Array<CascadeDistrict>;
  equal: Scalars['Int']['output'];
  /** Targets left out of the sum or spread, and why. */
  excluded: Array<Scalars['String']['output']>;
  kind: MeasureKind;
  max: Maybe<Scalars['Float']['output']>;
  median: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  regionCount: Scalars['Int']['output'];
  /** sum / the city's target. */
  shareOfCity: Maybe<Scalars['Float']['output']>;
  sum: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** A district target in a cascade. */
export type CascadeDistrict = {
  indicator: Indicator;
  region: Region;
  target: IndicatorValue;
};

/** A part (篇), chapter (章) or section (节) of a plan's body. */
export type Chapter = {
  /** Municipal chapters this (district) chapter serves, by domain and text similarity. */
  alignsWith: Array<Alignment>;
  boxes: Array<Box>;
  children: Array<Chapter>;
  domains: Array<DomainTag>;
  /** What proves an inferred node, e.g. 专栏4-1 at line 447. */
  evidence: Maybe<Scalars['String']['output']>;
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  /** True when the heading is not in the text and the node was recovered from evidence. */
  inferred: Scalars['Boolean']['output'];
  kind: ChapterKind;
  /** Ordinal as printed (第十二章 → 12); null when the text prints none. */
  number: Maybe<Scalars['Int']['output']>;
  /** Position among its siblings. */
  order: Scalars['Int']['output'];
  parent: Maybe<Chapter>;
  responsible: Array<Responsibility>;
  source: Source;
  /** The chapter's own paragraphs (not its sections'). */
  text: Maybe<Scalars['String']['output']>;
  /** Heading text; null when the text never prints it (an inferred node). */
  title: Maybe<Scalars['String']['output']>;
};

export type ChapterKind =
  | 'CHAPTER'
  | 'PART'
  | 'SECTION';

/** How a printed number relates to the value: ≥90 is GE, 81左右 is APPROX, 81 is EQ. */
export type Comparator =
  | 'APPROX'
  | 'EQ'
  | 'GE'
  | 'GT'
  | 'LE'
  | 'LT';

/**
 * The parent value a lower level's target was compared with, and where it is printed. The aligner
 * compares a district's target for year Y with the parent indicator's value for Y: the parent's
 * BASELINE column when it is for Y (the city's 2025 value printed as the baseline of its 2026–2030
 * plan), else its TARGET for Y (the city's 2025 target, often known only because a district's
 * table cites it: a plan with loaded = false, basis CITED).
 */
export type ComparedValue = {
  /** STATED: printed in that plan's own text; CITED: printed in a district's table (see the indicator's source). */
  basis: Basis;
  comparator: Maybe<Comparator>;
  /** The parent indicator whose cell was compared. */
  indicator: Indicator;
  /** Which column of the parent indicator: BASELINE (a value reached, printed by a later plan) or TARGET (a value planned). */
  kind: ValueColumn;
  /** The plan that sets the value: a loaded plan, or a cited one (loaded = false) known only from the district's table. */
  plan: Plan;
  /** As printed, e.g. 79.72 or ≥95. */
  raw: Scalars['String']['output'];
  value: Maybe<Scalars['Float']['output']>;
  /** The year of the value, the same as the step's comparedYear. */
  year: Maybe<Scalars['Int']['output']>;
};

/** District target compared with the municipal value of the same year: the numbers only, whichever way is better. */
export type Comparison =
  | 'ABOVE'
  | 'BELOW'
  | 'EQUAL'
  | 'NOT_COMPARABLE';

/**
 * Where a lower level's target stands against the parent value it was compared with, given which way
 * is better for the measure. An EQUAL pair is EQUAL, never behind (unlike the deprecated `ahead`).
 */
export type ComparisonStatus =
  /** On the better side of the parent value: above it where higher is better, below it where lower is better. */
  | 'AHEAD'
  /** On the worse side of the parent value. */
  | 'BEHIND'
  /** The numbers differ, but the measure has no better direction (a policy choice), so neither is ahead. */
  | 'DIRECTION_UNKNOWN'
  /** Held to the same number (≥4.5 against 4.5 included). */
  | 'EQUAL'
  /** Not compared: units differ or are unknown, a value is not numeric, a 【】 five-year total against a yearly value, district totals, or no parent value for the year. */
  | 'NOT_COMPARABLE';

export type Contributions = {
  /** The district targets of the compared year summed (totals) or spread (rates) against the city's. */
  cascade: Maybe<Cascade>;
  /** Direct links from child regions' indicators, by plan and row; only those matching `filter` when given. */
  contributors: Array<RollUpStep>;
  indicator: Indicator;
  /** Child regions with a loaded plan that sets no indicator of this measure. */
  missing: Array<MissingTarget>;
};


export type ContributionsContributorsArgs = {
  filter?: InputMaybe<RollUpLinkFilter>;
};

export type CurateRollUpInput = {
  decision: CurationDecision;
  fromIndicatorId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  toIndicatorId: Scalars['ID']['input'];
};

export type CurationDecision =
  | 'ACCEPT'
  | 'REJECT';

/** A government department, e.g. 区教委 of 渝中区. */
export type Department = {
  /** The municipal department a district department answers to. */
  counterpart: Maybe<Department>;
  /** District departments whose municipal counterpart this is. */
  districtCounterparts: Array<Department>;
  fullName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: PlanLevel;
  name: Scalars['String']['output'];
  region: Maybe<Region>;
  /** What this department is responsible for, optionally within one plan or domain. */
  responsibilities: Array<Responsibility>;
};


/** A government department, e.g. 区教委 of 渝中区. */
export type DepartmentResponsibilitiesArgs = {
  basis?: InputMaybe<Basis>;
  domainId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
};

/** A policy area of the controlled vocabulary. */
export type Domain = {
  chapterCount: Scalars['Int']['output'];
  /** Parts, chapters and sections in this area, municipal plans first, then by plan and line. `first` is capped at 100. */
  chapters: DomainChapterConnection;
  goalCount: Scalars['Int']['output'];
  /** Goal statements in this area, in the same order. */
  goals: DomainGoalConnection;
  id: Scalars['ID']['output'];
  indicatorCount: Scalars['Int']['output'];
  /** Indicators in this area, in the same order. */
  indicators: DomainIndicatorConnection;
  keywords: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  projectCount: Scalars['Int']['output'];
  /** Key projects and measures of boxes (专栏) in this area, in the same order. */
  projects: DomainProjectConnection;
};


/** A policy area of the controlled vocabulary. */
export type DomainChaptersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy area of the controlled vocabulary. */
export type DomainGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy area of the controlled vocabulary. */
export type DomainIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A policy area of the controlled vocabulary. */
export type DomainProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DomainChapterConnection = {
  edges: Array<DomainChapterEdge>;
  nodes: Array<Chapter>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A chapter in the domain, with how it was tagged. */
export type DomainChapterEdge = {
  basis: Basis;
  cursor: Scalars['String']['output'];
  /** e.g. keyword 养老. */
  evidence: Maybe<Scalars['String']['output']>;
  node: Chapter;
};

export type DomainGoalConnection = {
  edges: Array<DomainGoalEdge>;
  nodes: Array<Goal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A goal in the domain, with how it was tagged. */
export type DomainGoalEdge = {
  basis: Basis;
  cursor: Scalars['String']['output'];
  evidence: Maybe<Scalars['String']['output']>;
  node: Goal;
};

export type DomainIndicatorConnection = {
  edges: Array<DomainIndicatorEdge>;
  nodes: Array<Indicator>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An indicator in the domain, with how it was tagged. */
export type DomainIndicatorEdge = {
  basis: Basis;
  cursor: Scalars['String']['output'];
  evidence: Maybe<Scalars['String']['output']>;
  node: Indicator;
};

/** Which of a domain's items to list; all given conditions must hold. */
export type DomainItemFilter = {
  /** How the item was tagged: STATED or INFERRED (keyword). */
  basis?: InputMaybe<Basis>;
  level?: InputMaybe<PlanLevel>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** Region code of the item's plan, e.g. chongqing. */
  region?: InputMaybe<Scalars['String']['input']>;
};

export type DomainProjectConnection = {
  edges: Array<DomainProjectEdge>;
  nodes: Array<Project>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A project in the domain, with how it was tagged. */
export type DomainProjectEdge = {
  basis: Basis;
  cursor: Scalars['String']['output'];
  evidence: Maybe<Scalars['String']['output']>;
  node: Project;
};

/** An item's policy area, with how it was assigned. */
export type DomainTag = {
  basis: Basis;
  domain: Domain;
  /** e.g. keyword 托育. */
  evidence: Maybe<Scalars['String']['output']>;
};

/** A goal statement, e.g. ——公共服务体系更加健全… */
export type Goal = {
  /** Municipal goals this (district) goal serves. */
  alignsWith: Array<Alignment>;
  chapter: Maybe<Chapter>;
  domains: Array<DomainTag>;
  /** The year the goal is set for: 2025, 2030 or 2035. */
  horizonYear: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Lead phrase, when the statement has one. */
  lead: Maybe<Scalars['String']['output']>;
  /** section: a paragraph of a goals section; table: a row of a per-area goals table. */
  origin: Maybe<Scalars['String']['output']>;
  responsible: Array<Responsibility>;
  source: Source;
  text: Scalars['String']['output'];
};

/** Service and database status. */
export type Health = {
  /** The Neo4j database Plan Graph uses. */
  database: Scalars['String']['output'];
  /**
   * The same code as reason. It once carried the driver's message, which named addresses and pool internals.
   * @deprecated Use reason: the same value as an enum.
   */
  error: Maybe<Scalars['String']['output']>;
  /** Bolt address of the server answering, e.g. 127.0.0.1:7687. */
  neo4jAddress: Maybe<Scalars['String']['output']>;
  /** Neo4j edition read from the live database: community or enterprise; null while unreachable. */
  neo4jEdition: Maybe<Scalars['String']['output']>;
  /** Neo4j server version read from the live database (CALL dbms.components()), e.g. 5.26.30; null while unreachable. */
  neo4jVersion: Maybe<Scalars['String']['output']>;
  /** Why Neo4j is unavailable, as a code; null while it is available. Details are in the service's log, under the request id. */
  reason: Maybe<HealthReason>;
  /** OK when Neo4j answers queries, UNAVAILABLE when it does not. */
  status: HealthStatus;
};

/** Why the service cannot use Neo4j. */
export type HealthReason =
  /** Neo4j refused the service's credentials. */
  | 'AUTH_FAILED'
  /** Any other failure. */
  | 'DATABASE_ERROR'
  /** Neo4j did not answer within the health check's timeout (PLANGRAPH_HEALTH_TIMEOUT_MS): overloaded, paused or frozen. */
  | 'DATABASE_TIMEOUT'
  /** No connection could be made (server down, wrong address, network). */
  | 'DATABASE_UNREACHABLE'
  /** Every connection in the service's pool stayed busy for PLANGRAPH_NEO4J_ACQUIRE_TIMEOUT_MS. */
  | 'POOL_EXHAUSTED';

/** Health of the service's dependencies. */
export type HealthStatus =
  | 'OK'
  | 'UNAVAILABLE';

export type ImportObservationsInput = {
  /** The CSV text: a header (region, measure or indicator, year, value, unit, source; or 地区, 指标, 年份, 数值, 单位, 来源) and rows. */
  csv: Scalars['String']['input'];
  /** A name for the file, kept on every observation as its source and on the audit record, e.g. actuals-2024.csv. */
  name: Scalars['String']['input'];
};

/** A row of one of a plan's indicator tables: its main table (主要指标表), or another table of indicators it prints, such as a chapter's 专栏. */
export type Indicator = {
  /** The verdict on this target when its year has an observation of the same measure in the same region. */
  achievement: Maybe<Achievement>;
  attribute: Maybe<IndicatorAttribute>;
  baseline: Maybe<IndicatorValue>;
  /** Stated, or CITED for municipal targets known only from a district's table. */
  basis: Basis;
  /** Links below the confidence threshold, waiting for review; not facts. */
  candidates: Array<RollUpStep>;
  /** Category (merged cells are repeated onto every row). */
  category: Maybe<Scalars['String']['output']>;
  /** The municipal target the district table itself prints beside its own (Yuzhong's 市级指标2025年 column). */
  citedMunicipalTarget: Maybe<IndicatorValue>;
  /** Values printed in 【】 or declared cumulative: five-year totals, never compared with annual rates. */
  cumulative: Scalars['Boolean']['output'];
  domains: Array<DomainTag>;
  id: Scalars['ID']['output'];
  measure: Maybe<Measure>;
  /** The measure the aligner proposes when the catalogue does not know the printed name (see `unmeasuredIndicators`); null otherwise. */
  measureCandidate: Maybe<MeasureCandidate>;
  /** Name as printed, without a unit printed inside it. */
  name: Scalars['String']['output'];
  plan: Plan;
  /** Only for a row of an indicator table besides the main one: the 序号 printed beside it there. */
  printedSeq: Maybe<Scalars['Int']['output']>;
  responsible: Array<Responsibility>;
  /** Direct roll-up links from child regions' indicators (for a municipal indicator). */
  rolledUpFrom: Array<RollUpStep>;
  /** Direct roll-up links to the parent region's indicators of the same measure. */
  rollsUpTo: Array<RollUpStep>;
  /** The row's 序号 in the main table; rows of another table are numbered on after the main table's (their own 序号 is printedSeq). */
  seq: Scalars['Int']['output'];
  source: Source;
  /** Only for a row of an indicator table besides the main one: that table's caption as printed, e.g. 专栏1 科技创新主要指标. */
  tableCaption: Maybe<Scalars['String']['output']>;
  target: Maybe<IndicatorValue>;
  /** Where this target stands when an observation falls between its baseline and target years. */
  trajectory: Maybe<Trajectory>;
  unit: Maybe<Scalars['String']['output']>;
};

/** 预期性 (EXPECTED) or 约束性 (BINDING). */
export type IndicatorAttribute =
  | 'BINDING'
  | 'EXPECTED';

export type IndicatorConnection = {
  edges: Array<IndicatorEdge>;
  nodes: Array<Indicator>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IndicatorEdge = {
  cursor: Scalars['String']['output'];
  node: Indicator;
};

/** Filters for `indicators`; all given conditions must hold. */
export type IndicatorFilter = {
  attribute?: InputMaybe<IndicatorAttribute>;
  domainId?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<PlanLevel>;
  measureId?: InputMaybe<Scalars['ID']['input']>;
  /** Substring of the indicator name as printed, e.g. 托位. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** Region code, e.g. chongqing/jiangbei. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only indicators with a roll-up link to a parent indicator (ROLLS_UP_TO) on which all of these hold. */
  rollsUp?: InputMaybe<RollUpLinkFilter>;
  /** Only indicators with a target for this year. */
  targetYear?: InputMaybe<Scalars['Int']['input']>;
};

export type IndicatorMatrix = {
  /** Every column, in order: the city before districts, then by code (or by measure id), then by period. */
  columns: Array<MatrixColumn>;
  pageInfo: PageInfo;
  /** This page of rows. */
  rows: Array<MatrixRow>;
  rowsBy: MatrixAxis;
  /** Rows over all pages. */
  totalRows: Scalars['Int']['output'];
};

/** One printed value of an indicator. */
export type IndicatorValue = {
  comparator: Maybe<Comparator>;
  /** Set only when the value was printed under another heading than its year's: a target from the 年均/累计 column (an average annual rate, or a five-year total in 〔〕), that heading as printed. */
  heading: Maybe<Scalars['String']['output']>;
  /** The text as printed, e.g. ≥95, 【3000】, 应保尽保. */
  raw: Scalars['String']['output'];
  /** The number, or null when the text is not numeric (应保尽保, —). */
  value: Maybe<Scalars['Float']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};

/** One load of a Cypher script: the audit trail. */
export type Load = {
  /** Who loaded it: a user name, `npm start`, or `api` with the request id. */
  by: Scalars['String']['output'];
  /** API: the client's address. */
  clientAddress: Maybe<Scalars['String']['output']>;
  file: Scalars['String']['output'];
  finishedAt: Scalars['String']['output'];
  /** CLI and `npm start`: the host it ran on. */
  host: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  nodesCreated: Scalars['Int']['output'];
  nodesDeleted: Scalars['Int']['output'];
  /** CLI and `npm start`: the OS account that ran the load. */
  osUser: Maybe<Scalars['String']['output']>;
  propertiesSet: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  relationshipsDeleted: Scalars['Int']['output'];
  /** API: the request id (the `x-request-id` response header). */
  requestId: Maybe<Scalars['String']['output']>;
  sha256: Scalars['String']['output'];
  startedAt: Scalars['String']['output'];
  statements: Scalars['Int']['output'];
};

export type LoadScriptInput = {
  /** Let the script delete nodes and relationships (audit records never). A plan script's sweep of its own plan needs no flag. */
  allowDelete?: InputMaybe<Scalars['Boolean']['input']>;
  /** A name for the audit record, e.g. jiangbei-2026-2030.cypher. */
  name: Scalars['String']['input'];
  /** The script text (statements separated by ;). */
  script: Scalars['String']['input'];
};

/** What the rows of a matrix are. */
export type MatrixAxis =
  | 'MEASURE'
  | 'REGION';

/** One indicator in the matrix. */
export type MatrixCell = {
  baseline: Maybe<IndicatorValue>;
  /** STATED, or CITED for a parent target known only from a district's table. */
  basis: Basis;
  /** Index of its column. */
  column: Scalars['Int']['output'];
  indicator: Indicator;
  indicatorId: Scalars['ID']['output'];
  /** The indicator's name as printed in its plan. */
  name: Scalars['String']['output'];
  planId: Scalars['ID']['output'];
  target: Maybe<IndicatorValue>;
  unit: Maybe<Scalars['String']['output']>;
};

/** A column: a region (rows by MEASURE) or a measure (rows by REGION), in one plan period. */
export type MatrixColumn = {
  /** Position in `columns`; cells name it. */
  index: Scalars['Int']['output'];
  /** Stable key, e.g. chongqing/yuzhong@2021-2025. */
  key: Scalars['String']['output'];
  /** e.g. 渝中区 2021–2025, or 人均预期寿命 2026–2030. */
  label: Scalars['String']['output'];
  /** Set when rows are regions. */
  measure: Maybe<Measure>;
  periodEnd: Maybe<Scalars['Int']['output']>;
  periodStart: Maybe<Scalars['Int']['output']>;
  /** Set when rows are measures. */
  region: Maybe<Region>;
};

/** Which indicators a matrix holds; all given conditions must hold. Only indicators with a measure are in it. */
export type MatrixFilter = {
  /** The measures' policy area, e.g. health. */
  domainId?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<PlanLevel>;
  /** At most 100 measure ids. */
  measureIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 100 region codes, e.g. chongqing/yuzhong. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only plans whose period includes this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type MatrixRow = {
  /** The row's cells in column order; a column may hold several (two plans of one period), or none. */
  cells: Array<MatrixCell>;
  /** Pass as `after` to get the rows after this one. */
  cursor: Scalars['String']['output'];
  /** Measure id or region code. */
  key: Scalars['ID']['output'];
  /** The measure's or region's name. */
  label: Scalars['String']['output'];
  /** Set when rows are measures. */
  measure: Maybe<Measure>;
  /** Set when rows are regions. */
  region: Maybe<Region>;
};

/** A canonical measure that indicators are instances of, e.g. 人均预期寿命 in 岁. */
export type Measure = {
  /** Names the measure is printed as. */
  aliases: Array<Scalars['String']['output']>;
  /** The districts' targets for the year against the city's; null when no plan sets one. */
  cascade: Maybe<Cascade>;
  /** The cascade of every year some district's loaded plan sets a target of this measure for, by year. */
  cascades: Array<Cascade>;
  domain: Maybe<Domain>;
  /** Whether a higher value is better (decides ahead/behind). */
  higherIsBetter: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** Every indicator of this measure, in every plan and region. */
  instances: Array<Indicator>;
  kind: MeasureKind;
  name: Scalars['String']['output'];
  /** Measures that look alike but are not the same (another unit, definition or base). */
  related: Array<RelatedMeasure>;
  /** Observations and targets of this measure in a region (a code, e.g. chongqing/yuzhong), every period. */
  series: MeasureSeries;
  unit: Maybe<Scalars['String']['output']>;
};


/** A canonical measure that indicators are instances of, e.g. 人均预期寿命 in 岁. */
export type MeasureCascadeArgs = {
  year: Scalars['Int']['input'];
};


/** A canonical measure that indicators are instances of, e.g. 人均预期寿命 in 岁. */
export type MeasureSeriesArgs = {
  region: Scalars['String']['input'];
};

/** A catalogue measure proposed for an indicator whose printed name the catalogue does not know. Not a fact: the indicator stays unmeasured until a reviewer adds the name to data/measures.json. */
export type MeasureCandidate = {
  measure: Measure;
  /** Why, e.g. name 85% similar to 每千人口医疗卫生机构床位数; units agree (张). */
  reason: Scalars['String']['output'];
  /** Name similarity in [0, 1] (Sørensen–Dice over character pairs, best of the measure's name and aliases). */
  score: Scalars['Float']['output'];
};

export type MeasureKind =
  /** Comparable across regions (%, per 1000 people, years). */
  | 'RATE'
  /** A count or amount: a district's is a part of the city's. */
  | 'TOTAL';

/** An unmeasured indicator as a reviewer sees it. */
export type MeasureReview = {
  /** null when no measure is close enough, or the close ones are in another unit or another kind of statistic. */
  candidate: Maybe<MeasureCandidate>;
  indicator: Indicator;
  /** Why this candidate or why none, e.g. name matches 基本养老保险参保率 but unit 万人 differs from %. */
  reason: Scalars['String']['output'];
};

export type MeasureReviewConnection = {
  edges: Array<MeasureReviewEdge>;
  nodes: Array<MeasureReview>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeasureReviewEdge = {
  cursor: Scalars['String']['output'];
  node: MeasureReview;
};

/** A measure in one region over time: every observation and every target, each period. */
export type MeasureSeries = {
  observations: Array<Observation>;
  region: Region;
  /** The region's indicators of this measure (loaded plans and cited targets), by target year. */
  targets: Array<Indicator>;
};

/** A child region whose loaded plans set no target for a measure. */
export type MissingTarget = {
  /** The region's loaded plans that were searched. */
  plans: Array<Plan>;
  region: Region;
};

/** Admin writes. Every mutation needs `Authorization: Bearer <PLANGRAPH_ADMIN_TOKEN>`; without it, UNAUTHENTICATED and nothing changes. */
export type Mutation = {
  /** Accept or reject a roll-up link; writes a curation record that re-alignment never overrides. */
  curateRollUp: RollUpCuration;
  /**
   * Import observed values (actuals) from CSV text, with the checks, atomicity and audit of `plangraph observations import`:
   * every row is checked first, then the whole file is written in one transaction, or nothing. Importing it again changes nothing.
   * Refused (BAD_USER_INPUT, nothing written): a CSV with problems, each named by line and column.
   */
  importObservations: ObservationImport;
  /**
   * Load a Cypher data script (same loader and atomicity as `plangraph load`): all of it or, on error or refusal, nothing.
   * Refused (BAD_USER_INPUT, nothing written): schema or admin commands (SCHEMA_REFUSED); deleting without
   * `allowDelete` beyond a plan script's sweep of its own plan (DELETE_REFUSED); deleting or changing audit records (AUDIT_PROTECTED).
   */
  loadScript: Load;
};


/** Admin writes. Every mutation needs `Authorization: Bearer <PLANGRAPH_ADMIN_TOKEN>`; without it, UNAUTHENTICATED and nothing changes. */
export type MutationCurateRollUpArgs = {
  input: CurateRollUpInput;
};


/** Admin writes. Every mutation needs `Authorization: Bearer <PLANGRAPH_ADMIN_TOKEN>`; without it, UNAUTHENTICATED and nothing changes. */
export type MutationImportObservationsArgs = {
  input: ImportObservationsInput;
};


/** Admin writes. Every mutation needs `Authorization: Bearer <PLANGRAPH_ADMIN_TOKEN>`; without it, UNAUTHENTICATED and nothing changes. */
export type MutationLoadScriptArgs = {
  input: LoadScriptInput;
};

/** One observed value of a measure in a region and year, with where it came from. */
export type Observation = {
  basis: ObservationBasis;
  comparator: Maybe<Comparator>;
  /** A five-year total printed in 【】 (the plan period ending in `year`), not a level reached in the year. */
  cumulative: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** STATED: the indicator whose baseline column printed it. */
  indicator: Maybe<Indicator>;
  measure: Measure;
  /** The text as printed or imported, e.g. 79.72, ≥98, 【16.9】. */
  raw: Scalars['String']['output'];
  region: Region;
  source: ObservationSource;
  unit: Maybe<Scalars['String']['output']>;
  value: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** Where an observation came from: STATED, a baseline a loaded plan prints; IMPORTED, a row of an actuals CSV (plangraph observations import). */
export type ObservationBasis =
  | 'IMPORTED'
  | 'STATED';

/** What an import of observations wrote. */
export type ObservationImport = {
  by: Scalars['String']['output'];
  /** Rows whose value, unit, source or line differ from what the graph held (all of them the first time). */
  changed: Scalars['Int']['output'];
  /** Id of its (:Load {kind: 'observations'}) audit record. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  rows: Scalars['Int']['output'];
};

/** Provenance of an observation: a plan's lines (STATED) or a CSV file's line and the source its row names (IMPORTED). */
export type ObservationSource = {
  /** STATED: the plan's title; IMPORTED: the source the CSV row names (a yearbook, a bulletin). */
  citation: Maybe<Scalars['String']['output']>;
  /** STATED: the plan's text (or its indicator sidecar); IMPORTED: the CSV as given on the command line. */
  file: Maybe<Scalars['String']['output']>;
  fromSidecar: Scalars['Boolean']['output'];
  /** IMPORTED: when this value was imported (the last import that changed it), ISO 8601. */
  importedAt: Maybe<Scalars['String']['output']>;
  lineEnd: Maybe<Scalars['Int']['output']>;
  lineStart: Maybe<Scalars['Int']['output']>;
  /** STATED: the plan that printed the value. */
  plan: Maybe<Plan>;
};

/** Relay page information for connections. */
export type PageInfo = {
  /** Cursor of the last edge on this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge on this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A development plan. Plans only cited by others exist with loaded = false and hold no content. */
export type Plan = {
  /** Plans this plan says it is based on (依据/根据/落实《…》), in the order printed. */
  basedOn: Array<Plan>;
  /** Boxes (专栏) in the order printed. */
  boxes: Array<Box>;
  /** Top level of the body: parts (篇), or chapters (章) when the plan has no parts. */
  chapters: Array<Chapter>;
  /** Loaded plans that cite this plan. */
  citedBy: Array<Plan>;
  /** Document number, e.g. 长寿府发〔2021〕61号. */
  docNumber: Maybe<Scalars['String']['output']>;
  /** A 征求意见稿 (draft for comments). */
  draft: Scalars['Boolean']['output'];
  /** Metadata fields that came from the admin's sidecar file rather than the text. */
  fromSidecar: Array<Scalars['String']['output']>;
  /** Goal statements of the plan's goals sections and goals tables. */
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  /** Rows of its indicator tables, by sequence number: the main table's, then those of any other (see Indicator.tableCaption). */
  indicators: IndicatorConnection;
  /** ISO date the plan was issued, when printed. */
  issuedOn: Maybe<Scalars['String']['output']>;
  issuer: Maybe<Scalars['String']['output']>;
  level: Maybe<PlanLevel>;
  /** True when the plan's own document is loaded; false for plans known only from citations. */
  loaded: Scalars['Boolean']['output'];
  /** Loads of this plan's scripts, newest first. */
  loads: Array<Load>;
  periodEnd: Maybe<Scalars['Int']['output']>;
  periodStart: Maybe<Scalars['Int']['output']>;
  region: Maybe<Region>;
  /** Source file the plan was loaded from. */
  sourceFile: Maybe<Scalars['String']['output']>;
  /** sha256 of that file. */
  sourceSha256: Maybe<Scalars['String']['output']>;
  /**
   * Lines lineStart–lineEnd of the plan's source text (a Source's range), with `context` lines (at
   * most 40) either side, read from sourceFile on the service's disk; at most 240 lines are
   * highlighted (`truncated` says when a range was longer). Null when the plan has no source file
   * there (a cited stub, a plan loaded elsewhere) or the file is not a plan inside the project. For a
   * plan read from a .docx, .pdf or .html, the lines are those of the text read from it (what
   * `plangraph parse --text` prints), which its line ranges count.
   */
  sourceText: Maybe<SourceText>;
  /** Title as printed (or from the admin's sidecar file when the text never prints it). */
  title: Scalars['String']['output'];
};


/** A development plan. Plans only cited by others exist with loaded = false and hold no content. */
export type PlanIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A development plan. Plans only cited by others exist with loaded = false and hold no content. */
export type PlanSourceTextArgs = {
  context?: InputMaybe<Scalars['Int']['input']>;
  lineEnd: Scalars['Int']['input'];
  lineStart: Scalars['Int']['input'];
};

export type PlanConnection = {
  edges: Array<PlanEdge>;
  nodes: Array<Plan>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlanEdge = {
  cursor: Scalars['String']['output'];
  node: Plan;
};

/** Filters for `plans`; all given conditions must hold. */
export type PlanFilter = {
  level?: InputMaybe<PlanLevel>;
  /** true: plans loaded from a document; false: plans only known because another plan cites them. */
  loaded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Region code, e.g. chongqing/yuzhong. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only plans whose period includes this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Administrative level of a plan or region. */
export type PlanLevel =
  | 'DISTRICT'
  | 'MUNICIPAL';

/** An item of a box: a key project or measure. */
export type Project = {
  box: Maybe<Box>;
  domains: Array<DomainTag>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  responsible: Array<Responsibility>;
  source: Source;
  text: Scalars['String']['output'];
};

/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type Query = {
  /** For a municipal indicator: every district indicator that rolls up to it, and the districts that set none. NOT_FOUND for an unknown id. */
  contributions: Contributions;
  /** One department by id, e.g. chongqing/yuzhong/dept/教委. NOT_FOUND for an unknown id. */
  department: Department;
  /** Departments, optionally of one region (code), level, or by name as printed (e.g. 区发展改革委). */
  departments: Array<Department>;
  /** One policy area by id, e.g. elderly-care, with the items tagged with it. NOT_FOUND for an unknown id. */
  domain: Domain;
  /** The policy-area vocabulary with counts. */
  domains: Array<Domain>;
  /** Whether the service can reach Neo4j, and which Neo4j it is. Never fails: a down database is reported here, not as an error. */
  health: Health;
  /** One indicator by id, e.g. yuzhong-2021-2025-public-services/ind/1. NOT_FOUND for an unknown id. */
  indicator: Indicator;
  /**
   * The analyst's table of measured indicators: rows are measures or regions, columns are the other
   * dimension by plan period (rows by MEASURE: one column per region and period; rows by REGION: one
   * per measure and period), and each cell is one indicator with its baseline and target. Columns span
   * every matched row, so they stay the same from page to page; rows are paged (`first` capped at 100).
   * E.g. one measure's region × period matrix: rowsBy REGION, filter { measureIds: ["life-expectancy"] }.
   */
  indicatorMatrix: IndicatorMatrix;
  /** Indicators across all plans; `first` is capped at 100. */
  indicators: IndicatorConnection;
  /** A canonical measure with every instance across plans and regions (the analyst's table). NOT_FOUND for an unknown id. */
  measure: Measure;
  /** The measure catalogue. */
  measures: Array<Measure>;
  /** One plan by id, e.g. yuzhong-2021-2025-public-services. NOT_FOUND for an unknown id. */
  plan: Plan;
  /** Plans, newest period first. `first` is capped at 100. */
  plans: PlanConnection;
  /** Regions (重庆市 and its districts and counties) with what the graph holds for each. */
  regions: Array<Region>;
  /** The chain from an indicator up through every parent region's indicators of the same measure (transitively). NOT_FOUND for an unknown id. */
  rollUp: RollUpTrace;
  /**
   * Parent-region indicators (the city's) that loaded child-region plans covering their years set no
   * target rolling up to: the gaps `plangraph align` reports, from the same query. A child plan counts
   * when its period covers the indicator's baseline or target year. By plan and row; `first` is capped at 100.
   */
  rollUpGaps: RollUpGapConnection;
  /** Full-text search (Neo4j's cjk analyzer) over plans, chapters, goals, indicators and projects, best first. `first` is capped at 50. */
  search: Array<SearchHit>;
  /**
   * Indicators of loaded child-region plans (a district's) that roll up to no parent indicator: the
   * unmatched indicators `plangraph align` reports. By plan and row; `first` is capped at 100.
   */
  unlinkedIndicators: IndicatorConnection;
  /**
   * Indicators with no measure, waiting for a reviewer: the measure catalogue does not know the printed
   * name, or knows it in another unit. Each comes with the measure the aligner proposes (a candidate,
   * never a MEASURES link) or the reason it proposes none. By plan and row; `first` is capped at 100.
   */
  unmeasuredIndicators: MeasureReviewConnection;
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryContributionsArgs = {
  indicatorId: Scalars['ID']['input'];
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryDepartmentsArgs = {
  level?: InputMaybe<PlanLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryDomainArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryIndicatorMatrixArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MatrixFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  rowsBy?: InputMaybe<MatrixAxis>;
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryMeasureArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryRegionsArgs = {
  level?: InputMaybe<RegionLevel>;
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryRollUpArgs = {
  indicatorId: Scalars['ID']['input'];
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryRollUpGapsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RollUpGapFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryUnlinkedIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Plan Graph's read API: plans, their structure, indicators and how district targets roll up to
 * the city's. Every fact can say where it came from (plan and line range, or how it was inferred).
 */
export type QueryUnmeasuredIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
};

/** A region: 重庆市 (municipal) or one of its districts and counties. */
export type Region = {
  /** GB/T 2260 code where known. */
  adminCode: Maybe<Scalars['String']['output']>;
  children: Array<Region>;
  /** Readable code, e.g. chongqing/yuzhong. */
  code: Scalars['ID']['output'];
  /** Full name, e.g. 重庆市渝中区. */
  fullName: Maybe<Scalars['String']['output']>;
  /** Indicators in this region's loaded plans. */
  indicatorCount: Scalars['Int']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  parent: Maybe<Region>;
  /** Loaded plans for this region. */
  planCount: Scalars['Int']['output'];
  plans: Array<Plan>;
};

/** Level of a region: the city, or one of its 26 districts, 8 counties and 4 autonomous counties. */
export type RegionLevel =
  | 'AUTONOMOUS_COUNTY'
  | 'COUNTY'
  | 'DISTRICT'
  | 'MUNICIPAL';

/** A measure that must not be confused with this one. */
export type RelatedMeasure = {
  measure: Measure;
  /** Why they differ, e.g. different unit (% vs 万人). */
  why: Maybe<Scalars['String']['output']>;
};

/** A department's responsibility for a chapter, goal, indicator or project. */
export type Responsibility = {
  /** STATED when the plan names the department (see line); INFERRED when it is the standard lead department for the item's domain. */
  basis: Basis;
  department: Department;
  /** The sentence or rule behind it. */
  evidence: Maybe<Scalars['String']['output']>;
  item: Responsible;
  /** How it was inferred, e.g. domain-default. */
  method: Maybe<Scalars['String']['output']>;
  plan: Maybe<Plan>;
};

export type Responsible = Chapter | Goal | Indicator | Project;

export type RollUpCuration = {
  at: Scalars['String']['output'];
  by: Scalars['String']['output'];
  decision: CurationDecision;
  fromIndicatorId: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** The curation script written under cypher/curation/, which reproduces this decision on a fresh database. */
  script: Maybe<Scalars['String']['output']>;
  toIndicatorId: Scalars['ID']['output'];
};

/** A parent-region indicator and the loaded child-region plans that set no target rolling up to it. */
export type RollUpGap = {
  indicator: Indicator;
  /** Child plans covering its years that do roll up to it, by id. */
  plansWith: Array<Plan>;
  /** Child plans covering the indicator's years with no indicator rolling up to it, by id. */
  plansWithout: Array<Plan>;
  /** Whether any indicator rolls up to it (false: no child plan sets a target for it). */
  supported: Scalars['Boolean']['output'];
};

export type RollUpGapConnection = {
  edges: Array<RollUpGapEdge>;
  nodes: Array<RollUpGap>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RollUpGapEdge = {
  cursor: Scalars['String']['output'];
  node: RollUpGap;
};

/** Filters for `rollUpGaps`; all given conditions must hold. */
export type RollUpGapFilter = {
  domainId?: InputMaybe<Scalars['ID']['input']>;
  measureId?: InputMaybe<Scalars['ID']['input']>;
  /** The parent indicator's plan, e.g. chongqing-2026-2030-social-development-draft. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only indicators some child plan rolls up to (partial gaps); false: only those nothing rolls up to. */
  supported?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on a roll-up link; all given ones must hold on the same link. */
export type RollUpLinkFilter = {
  /** Which of the parent's columns was compared: its TARGET for the year, or the BASELINE its later plan prints. */
  comparedWith?: InputMaybe<ValueColumn>;
  comparison?: InputMaybe<Comparison>;
  status?: InputMaybe<ComparisonStatus>;
};

/** How a roll-up link was found. */
export type RollUpMethod =
  | 'CITED'
  | 'CURATED'
  | 'EXACT'
  | 'NORMALISED'
  | 'SIMILAR'
  | 'SYNONYM';

/** One ROLLS_UP_TO (or CANDIDATE) link. */
export type RollUpStep = {
  /**
   * true when the lower level is ahead of the higher (given whether higher is better); false when behind or EQUAL; null when unknown.
   * @deprecated false for EQUAL pairs too, so 'not ahead' is not 'behind'; use status
   */
  ahead: Maybe<Scalars['Boolean']['output']>;
  /** The higher level's value that was compared: which column, year, number, indicator and plan. Null when it has none for the year. */
  comparedWith: Maybe<ComparedValue>;
  /** The year compared. */
  comparedYear: Maybe<Scalars['Int']['output']>;
  comparison: Comparison;
  /** Why not comparable, or what was compared (e.g. 81 vs 79.72 in 2025). */
  comparisonNote: Maybe<Scalars['String']['output']>;
  /** Distance from the starting indicator (1 = direct). */
  depth: Scalars['Int']['output'];
  from: Indicator;
  /** The lower level's value that was compared, as printed. */
  fromValue: Maybe<Scalars['String']['output']>;
  method: RollUpMethod;
  /** Confidence in [0, 1]. */
  score: Scalars['Float']['output'];
  /** Ahead, behind, equal, no better direction, or not comparable. */
  status: ComparisonStatus;
  to: Indicator;
  /** The higher level's value that was compared, as printed (see comparedWith for what it is). */
  toValue: Maybe<Scalars['String']['output']>;
  /** Which of the higher level's columns was compared: BASELINE (e.g. the city's 2025 value in its 2026–2030 plan) or TARGET. */
  toValueColumn: Maybe<ValueColumn>;
  /** Whether both indicators are in the same unit; null when either prints none. */
  unitsAgree: Maybe<Scalars['Boolean']['output']>;
};

export type RollUpTrace = {
  indicator: Indicator;
  /** Every step, nearest first. */
  steps: Array<RollUpStep>;
};

/** A search result: the item and its relevance. */
export type SearchHit = {
  item: Searchable;
  score: Scalars['Float']['output'];
};

export type Searchable = Box | Chapter | Goal | Indicator | Plan | Project;

/** Where a fact came from in a plan document. */
export type Source = {
  /** The file holding those lines: the plan's source file as loaded, e.g. plans/yuzhong-2021-2025-public-services.txt, or the admin's sidecar, e.g. plans/x.indicators.csv. */
  file: Maybe<Scalars['String']['output']>;
  /** True when the fact was not read from the plan's text but from a table the admin supplied beside it (`<name>.indicators.csv`); the lines are then that CSV's. */
  fromSidecar: Scalars['Boolean']['output'];
  /** Last line (inclusive). */
  lineEnd: Scalars['Int']['output'];
  /** First line (1-based) in `file`. */
  lineStart: Scalars['Int']['output'];
  /** The plan whose text holds the fact (or whose admin supplied it, when fromSidecar). */
  plan: Plan;
};

/** One line of a plan's source text. */
export type SourceLine = {
  /** Whether the line is in the requested range. */
  highlighted: Scalars['Boolean']['output'];
  /** 1-based line number in the file. */
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** An excerpt of a plan's source text. */
export type SourceText = {
  /** The file read, as recorded in the graph (relative to the project). */
  file: Scalars['String']['output'];
  /** Lines in the whole file. */
  lineCount: Scalars['Int']['output'];
  lines: Array<SourceLine>;
  /** False when the file on disk differs from the one loaded (its sha256): the lines may have moved since. */
  matchesLoaded: Scalars['Boolean']['output'];
  /** True when the requested range was longer than 240 lines and its end is left out. */
  truncated: Scalars['Boolean']['output'];
};

/** A running period's target: the latest observation between its baseline and target years against the path between them. */
export type Trajectory = {
  baseline: IndicatorValue;
  /** The value expected in the observation's year on the path. */
  expected: Maybe<Scalars['Float']['output']>;
  /** observed − expected, in the measure's unit. */
  gap: Maybe<Scalars['Float']['output']>;
  /** Years of the planned pace the observation is ahead (+) or behind (−), on the measure's better side. */
  gapYears: Maybe<Scalars['Float']['output']>;
  observed: Observation;
  path: TrajectoryPath;
  reason: Scalars['String']['output'];
  /** Within half a year of the planned pace ON_TRACK; further ahead AHEAD, further behind BEHIND. */
  status: TrajectoryStatus;
  target: IndicatorValue;
};

/** LINEAR for levels and rates; COMPOUND for money, which grows by a rate. */
export type TrajectoryPath =
  | 'COMPOUND'
  | 'LINEAR';

export type TrajectoryStatus =
  | 'AHEAD'
  | 'BEHIND'
  | 'NOT_COMPARABLE'
  | 'ON_TRACK';

/** A column of an indicator table. */
export type ValueColumn =
  | 'BASELINE'
  | 'TARGET';

export type IndicatorProgressFragment = { achievement: { verdict: AchievementVerdict, reason: string, tolerance: number | null, target: { raw: string, year: number | null }, observed: { raw: string, year: number } } | null, trajectory: { status: TrajectoryStatus, expected: number | null, gap: number | null, gapYears: number | null, reason: string, observed: { raw: string, year: number } } | null };

export type ContributionsViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<ComparisonStatus>;
}>;


export type ContributionsViewQuery = { contributions: { indicator: { id: string, name: string, unit: string | null, baseline: { raw: string, value: number | null, year: number | null } | null, target: { raw: string, value: number | null, year: number | null } | null, measure: { id: string, name: string, higherIsBetter: boolean | null } | null, plan: { id: string, title: string, level: PlanLevel | null, region: { name: string } | null }, source: { lineStart: number, lineEnd: number, plan: { id: string } } }, contributors: Array<{ method: RollUpMethod, score: number, comparison: Comparison, status: ComparisonStatus, comparisonNote: string | null, comparedYear: number | null, fromValue: string | null, toValue: string | null, toValueColumn: ValueColumn | null, from: { id: string, name: string, unit: string | null, target: { raw: string, value: number | null, year: number | null } | null, plan: { id: string, title: string, region: { code: string, name: string } | null }, source: { lineStart: number, lineEnd: number, plan: { id: string } }, achievement: { verdict: AchievementVerdict, reason: string, tolerance: number | null, target: { raw: string, year: number | null }, observed: { raw: string, year: number } } | null, trajectory: { status: TrajectoryStatus, expected: number | null, gap: number | null, gapYears: number | null, reason: string, observed: { raw: string, year: number } } | null }, comparedWith: { kind: ValueColumn, year: number | null, raw: string, value: number | null, basis: Basis, plan: { id: string, title: string, loaded: boolean } } | null }>, cascade: { year: number, kind: MeasureKind, coverage: string, complete: boolean, sum: number | null, shareOfCity: number | null, min: number | null, median: number | null, max: number | null, cityTarget: { raw: string } | null } | null, missing: Array<{ region: { code: string, name: string }, plans: Array<{ id: string, title: string }> }> } };

export type MunicipalOverviewQueryVariables = Exact<{
  domainId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MunicipalOverviewQuery = { domains: Array<{ id: string, nameZh: string }>, plans: { nodes: Array<{ id: string, title: string, loaded: boolean, indicators: { totalCount: number } }> }, indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean }, rolledUpFrom: Array<{ comparison: Comparison, status: ComparisonStatus, from: { plan: { region: { name: string } | null } } }> }> } };

export type DepartmentViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DepartmentViewQuery = { department: { id: string, name: string, fullName: string | null, level: PlanLevel, region: { code: string, name: string } | null, counterpart: { id: string, name: string, fullName: string | null } | null, districtCounterparts: Array<{ id: string, name: string, region: { name: string } | null }>, responsibilities: Array<{ basis: Basis, evidence: string | null, plan: { id: string, title: string } | null, item:
        | { __typename: 'Chapter', id: string, title: string | null, kind: ChapterKind, domains: Array<{ domain: { id: string, nameZh: string } }>, source: { lineStart: number, lineEnd: number, plan: { id: string } } }
        | { __typename: 'Goal', id: string, text: string, domains: Array<{ domain: { id: string, nameZh: string } }>, source: { lineStart: number, lineEnd: number, plan: { id: string } } }
        | { __typename: 'Indicator', id: string, name: string, domains: Array<{ domain: { id: string, nameZh: string } }>, source: { lineStart: number, lineEnd: number, plan: { id: string } } }
        | { __typename: 'Project', id: string, name: string, domains: Array<{ domain: { id: string, nameZh: string } }>, source: { lineStart: number, lineEnd: number, plan: { id: string } } }
       }> } };

export type DepartmentListQueryVariables = Exact<{
  region?: InputMaybe<Scalars['String']['input']>;
}>;


export type DepartmentListQuery = { departments: Array<{ id: string, name: string, fullName: string | null, level: PlanLevel, region: { code: string, name: string } | null, counterpart: { id: string, name: string } | null }> };

export type GapsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  firstPage: Scalars['Boolean']['input'];
}>;


export type GapsQuery = { unsupported?: { totalCount: number, nodes: Array<{ indicator: { id: string, name: string, unit: string | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean } }, plansWith: Array<{ id: string }>, plansWithout: Array<{ id: string, title: string, region: { name: string } | null }> }> }, partial?: { totalCount: number, nodes: Array<{ indicator: { id: string, name: string, unit: string | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean } }, plansWith: Array<{ id: string }>, plansWithout: Array<{ id: string, title: string, region: { name: string } | null }> }> }, unlinked?: { totalCount: number, nodes: Array<{ id: string, name: string, unit: string | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, region: { name: string } | null }, candidates: Array<{ to: { id: string } }> }> }, district: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, unit: string | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, region: { name: string } | null }, candidates: Array<{ method: RollUpMethod, score: number, comparisonNote: string | null, to: { id: string, name: string, unit: string | null, plan: { id: string, title: string, loaded: boolean } } }> }> } };

export type GapRowFragment = { indicator: { id: string, name: string, unit: string | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean } }, plansWith: Array<{ id: string }>, plansWithout: Array<{ id: string, title: string, region: { name: string } | null }> };

export type CurateMutationVariables = Exact<{
  input: CurateRollUpInput;
}>;


export type CurateMutation = { curateRollUp: { fromIndicatorId: string, toIndicatorId: string, decision: CurationDecision, by: string, at: string } };

export type HomeRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeRegionsQuery = { regions: Array<{ code: string, name: string, level: RegionLevel, planCount: number, indicatorCount: number }> };

export type HomePlansQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HomePlansQuery = { plans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, level: PlanLevel | null, loaded: boolean, draft: boolean, periodStart: number | null, periodEnd: number | null, region: { code: string, name: string } | null, indicators: { totalCount: number } }> } };

export type IndicatorViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IndicatorViewQuery = { indicator: { seq: number, category: string | null, attribute: IndicatorAttribute | null, cumulative: boolean, basis: Basis, id: string, name: string, unit: string | null, citedMunicipalTarget: { raw: string, year: number | null } | null, measure: { id: string, name: string, unit: string | null, higherIsBetter: boolean | null } | null, measureCandidate: { score: number, reason: string, measure: { id: string, name: string } } | null, domains: Array<{ basis: Basis, evidence: string | null, domain: { id: string, nameZh: string } }>, responsible: Array<{ basis: Basis, evidence: string | null, department: { id: string, name: string } }>, source: { lineStart: number, lineEnd: number, fromSidecar: boolean, file: string | null, plan: { id: string } }, rolledUpFrom: Array<{ method: RollUpMethod, score: number, comparison: Comparison, status: ComparisonStatus, comparisonNote: string | null, comparedYear: number | null, fromValue: string | null, toValue: string | null, toValueColumn: ValueColumn | null, unitsAgree: boolean | null, from: { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } }, to: { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } } }>, candidates: Array<{ method: RollUpMethod, score: number, comparison: Comparison, status: ComparisonStatus, comparisonNote: string | null, comparedYear: number | null, fromValue: string | null, toValue: string | null, toValueColumn: ValueColumn | null, unitsAgree: boolean | null, from: { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } }, to: { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } } }>, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } }, rollUp: { steps: Array<{ depth: number, method: RollUpMethod, score: number, comparison: Comparison, status: ComparisonStatus, comparisonNote: string | null, comparedYear: number | null, fromValue: string | null, toValue: string | null, toValueColumn: ValueColumn | null, unitsAgree: boolean | null, from: { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } }, to: { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } } }> } };

export type ChainIndicatorFragment = { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } };

export type ChainStepFragment = { method: RollUpMethod, score: number, comparison: Comparison, status: ComparisonStatus, comparisonNote: string | null, comparedYear: number | null, fromValue: string | null, toValue: string | null, toValueColumn: ValueColumn | null, unitsAgree: boolean | null, from: { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } }, to: { id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, plan: { id: string, title: string, loaded: boolean, level: PlanLevel | null, region: { name: string } | null } } };

export type IndicatorListQueryVariables = Exact<{
  level?: InputMaybe<PlanLevel>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IndicatorListQuery = { indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, unit: string | null, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null, heading: string | null } | null, measure: { id: string, name: string } | null, plan: { id: string, title: string, level: PlanLevel | null, region: { name: string } | null } }> } };

export type MeasureViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  region: Scalars['String']['input'];
}>;


export type MeasureViewQuery = { measure: { id: string, name: string, unit: string | null, higherIsBetter: boolean | null, kind: MeasureKind, aliases: Array<string>, series: { observations: Array<{ id: string, year: number, raw: string, value: number | null, basis: ObservationBasis, indicator: { id: string } | null, source: { citation: string | null, file: string | null, lineStart: number | null, lineEnd: number | null } }>, targets: Array<{ id: string, plan: { title: string }, target: { raw: string, value: number | null, year: number | null } | null, achievement: { verdict: AchievementVerdict, reason: string } | null, trajectory: { status: TrajectoryStatus, expected: number | null, gapYears: number | null, reason: string } | null }> }, cascades: Array<{ year: number, kind: MeasureKind, coverage: string, complete: boolean, sum: number | null, shareOfCity: number | null, min: number | null, median: number | null, max: number | null, above: number, equal: number, below: number, excluded: Array<string>, cityTarget: { raw: string } | null, districts: Array<{ region: { name: string }, indicator: { id: string }, target: { raw: string } }> }>, domain: { id: string, nameZh: string } | null, related: Array<{ why: string | null, measure: { id: string, name: string, unit: string | null } }> }, indicatorMatrix: { totalRows: number, columns: Array<{ index: number, periodStart: number | null, periodEnd: number | null }>, rows: Array<{ key: string, label: string, region: { code: string, level: RegionLevel } | null, cells: Array<{ column: number, indicatorId: string, name: string, basis: Basis, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null, heading: string | null } | null }> }> } };

export type MeasureCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type MeasureCatalogueQuery = { measures: Array<{ id: string, name: string, unit: string | null, higherIsBetter: boolean | null, aliases: Array<string>, domain: { id: string, nameZh: string } | null, instances: Array<{ id: string }> }> };

export type PlanViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanViewQuery = { plan: { id: string, title: string, level: PlanLevel | null, draft: boolean, issuer: string | null, docNumber: string | null, issuedOn: string | null, loaded: boolean, periodStart: number | null, periodEnd: number | null, sourceFile: string | null, region: { code: string, name: string } | null, basedOn: Array<{ id: string, title: string, loaded: boolean }>, citedBy: Array<{ id: string, title: string }>, chapters: Array<{ id: string, kind: ChapterKind, number: number | null, title: string | null, inferred: boolean, evidence: string | null, children: Array<{ id: string, kind: ChapterKind, number: number | null, title: string | null, inferred: boolean, evidence: string | null, children: Array<{ id: string, kind: ChapterKind, number: number | null, title: string | null, inferred: boolean, evidence: string | null, source: { lineStart: number, lineEnd: number } }>, source: { lineStart: number, lineEnd: number } }>, source: { lineStart: number, lineEnd: number } }>, goals: Array<{ id: string, lead: string | null, text: string, horizonYear: number | null, source: { lineStart: number, lineEnd: number } }>, boxes: Array<{ id: string, number: string, title: string | null, source: { lineStart: number, lineEnd: number }, projects: Array<{ id: string, name: string, text: string, source: { lineStart: number, lineEnd: number } }> }>, indicators: { totalCount: number, nodes: Array<{ id: string, seq: number, printedSeq: number | null, tableCaption: string | null, name: string, unit: string | null, category: string | null, attribute: IndicatorAttribute | null, cumulative: boolean, baseline: { raw: string, year: number | null } | null, target: { raw: string, year: number | null } | null, citedMunicipalTarget: { raw: string, year: number | null } | null, measure: { id: string, name: string } | null, source: { lineStart: number, lineEnd: number, fromSidecar: boolean, file: string | null, plan: { id: string } }, rollsUpTo: Array<{ comparison: Comparison, status: ComparisonStatus, to: { id: string } }>, rolledUpFrom: Array<{ comparison: Comparison, status: ComparisonStatus, from: { id: string } }>, achievement: { verdict: AchievementVerdict, reason: string, tolerance: number | null, target: { raw: string, year: number | null }, observed: { raw: string, year: number } } | null, trajectory: { status: TrajectoryStatus, expected: number | null, gap: number | null, gapYears: number | null, reason: string, observed: { raw: string, year: number } } | null }> } } };

export type OutlineChapterFragment = { id: string, kind: ChapterKind, number: number | null, title: string | null, inferred: boolean, evidence: string | null, source: { lineStart: number, lineEnd: number } };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type SearchQuery = { search: Array<{ score: number, item:
      | { __typename: 'Box', id: string, number: string, boxTitle: string | null, source: { lineStart: number, lineEnd: number, plan: { id: string, title: string } } }
      | { __typename: 'Chapter', id: string, kind: ChapterKind, heading: string | null, source: { lineStart: number, lineEnd: number, plan: { id: string, title: string } } }
      | { __typename: 'Goal', id: string, lead: string | null, text: string, source: { lineStart: number, lineEnd: number, plan: { id: string, title: string } } }
      | { __typename: 'Indicator', id: string, name: string, plan: { id: string, title: string } }
      | { __typename: 'Plan', id: string, title: string }
      | { __typename: 'Project', id: string, name: string, source: { lineStart: number, lineEnd: number, plan: { id: string, title: string } } }
     }> };

export type PlanSourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  lineStart: Scalars['Int']['input'];
  lineEnd: Scalars['Int']['input'];
}>;


export type PlanSourceQuery = { plan: { id: string, sourceText: { file: string, lineCount: number, matchesLoaded: boolean, truncated: boolean, lines: Array<{ number: number, text: string, highlighted: boolean }> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const IndicatorProgressFragmentDoc = new TypedDocumentString(`
    fragment IndicatorProgress on Indicator {
  achievement {
    verdict
    reason
    tolerance
    target {
      raw
      year
    }
    observed {
      raw
      year
    }
  }
  trajectory {
    status
    expected
    gap
    gapYears
    reason
    observed {
      raw
      year
    }
  }
}
    `, {"fragmentName":"IndicatorProgress"}) as unknown as TypedDocumentString<IndicatorProgressFragment, unknown>;
export const GapRowFragmentDoc = new TypedDocumentString(`
    fragment GapRow on RollUpGap {
  indicator {
    id
    name
    unit
    target {
      raw
      year
    }
    plan {
      id
      title
      loaded
    }
  }
  plansWith {
    id
  }
  plansWithout {
    id
    title
    region {
      name
    }
  }
}
    `, {"fragmentName":"GapRow"}) as unknown as TypedDocumentString<GapRowFragment, unknown>;
export const ChainIndicatorFragmentDoc = new TypedDocumentString(`
    fragment ChainIndicator on Indicator {
  id
  name
  unit
  baseline {
    raw
    year
  }
  target {
    raw
    year
  }
  plan {
    id
    title
    loaded
    level
    region {
      name
    }
  }
}
    `, {"fragmentName":"ChainIndicator"}) as unknown as TypedDocumentString<ChainIndicatorFragment, unknown>;
export const ChainStepFragmentDoc = new TypedDocumentString(`
    fragment ChainStep on RollUpStep {
  from {
    ...ChainIndicator
  }
  to {
    ...ChainIndicator
  }
  method
  score
  comparison
  status
  comparisonNote
  comparedYear
  fromValue
  toValue
  toValueColumn
  unitsAgree
}
    fragment ChainIndicator on Indicator {
  id
  name
  unit
  baseline {
    raw
    year
  }
  target {
    raw
    year
  }
  plan {
    id
    title
    loaded
    level
    region {
      name
    }
  }
}`, {"fragmentName":"ChainStep"}) as unknown as TypedDocumentString<ChainStepFragment, unknown>;
export const OutlineChapterFragmentDoc = new TypedDocumentString(`
    fragment OutlineChapter on Chapter {
  id
  kind
  number
  title
  inferred
  evidence
  source {
    lineStart
    lineEnd
  }
}
    `, {"fragmentName":"OutlineChapter"}) as unknown as TypedDocumentString<OutlineChapterFragment, unknown>;
export const ContributionsViewDocument = new TypedDocumentString(`
    query ContributionsView($id: ID!, $status: ComparisonStatus) {
  contributions(indicatorId: $id) {
    indicator {
      id
      name
      unit
      baseline {
        raw
        value
        year
      }
      target {
        raw
        value
        year
      }
      measure {
        id
        name
        higherIsBetter
      }
      plan {
        id
        title
        level
        region {
          name
        }
      }
      source {
        plan {
          id
        }
        lineStart
        lineEnd
      }
    }
    contributors(filter: {status: $status}) {
      from {
        id
        name
        unit
        target {
          raw
          value
          year
        }
        plan {
          id
          title
          region {
            code
            name
          }
        }
        source {
          plan {
            id
          }
          lineStart
          lineEnd
        }
        ...IndicatorProgress
      }
      method
      score
      comparison
      status
      comparisonNote
      comparedYear
      fromValue
      toValue
      toValueColumn
      comparedWith {
        kind
        year
        raw
        value
        basis
        plan {
          id
          title
          loaded
        }
      }
    }
    cascade {
      year
      kind
      coverage
      complete
      sum
      shareOfCity
      min
      median
      max
      cityTarget {
        raw
      }
    }
    missing {
      region {
        code
        name
      }
      plans {
        id
        title
      }
    }
  }
}
    fragment IndicatorProgress on Indicator {
  achievement {
    verdict
    reason
    tolerance
    target {
      raw
      year
    }
    observed {
      raw
      year
    }
  }
  trajectory {
    status
    expected
    gap
    gapYears
    reason
    observed {
      raw
      year
    }
  }
}`) as unknown as TypedDocumentString<ContributionsViewQuery, ContributionsViewQueryVariables>;
export const MunicipalOverviewDocument = new TypedDocumentString(`
    query MunicipalOverview($domainId: ID, $planId: ID, $after: String) {
  domains {
    id
    nameZh
  }
  plans(filter: {level: MUNICIPAL}, first: 20) {
    nodes {
      id
      title
      loaded
      indicators(first: 1) {
        totalCount
      }
    }
  }
  indicators(
    filter: {level: MUNICIPAL, domainId: $domainId, planId: $planId}
    first: 100
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      unit
      baseline {
        raw
        year
      }
      target {
        raw
        year
      }
      plan {
        id
        title
        loaded
      }
      rolledUpFrom {
        comparison
        status
        from {
          plan {
            region {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalOverviewQuery, MunicipalOverviewQueryVariables>;
export const DepartmentViewDocument = new TypedDocumentString(`
    query DepartmentView($id: ID!) {
  department(id: $id) {
    id
    name
    fullName
    level
    region {
      code
      name
    }
    counterpart {
      id
      name
      fullName
    }
    districtCounterparts {
      id
      name
      region {
        name
      }
    }
    responsibilities {
      basis
      evidence
      plan {
        id
        title
      }
      item {
        __typename
        ... on Chapter {
          id
          title
          kind
          domains {
            domain {
              id
              nameZh
            }
          }
          source {
            plan {
              id
            }
            lineStart
            lineEnd
          }
        }
        ... on Goal {
          id
          text
          domains {
            domain {
              id
              nameZh
            }
          }
          source {
            plan {
              id
            }
            lineStart
            lineEnd
          }
        }
        ... on Indicator {
          id
          name
          domains {
            domain {
              id
              nameZh
            }
          }
          source {
            plan {
              id
            }
            lineStart
            lineEnd
          }
        }
        ... on Project {
          id
          name
          domains {
            domain {
              id
              nameZh
            }
          }
          source {
            plan {
              id
            }
            lineStart
            lineEnd
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentViewQuery, DepartmentViewQueryVariables>;
export const DepartmentListDocument = new TypedDocumentString(`
    query DepartmentList($region: String) {
  departments(region: $region) {
    id
    name
    fullName
    level
    region {
      code
      name
    }
    counterpart {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentListQuery, DepartmentListQueryVariables>;
export const GapsDocument = new TypedDocumentString(`
    query Gaps($after: String, $firstPage: Boolean!) {
  unsupported: rollUpGaps(filter: {supported: false}, first: 100) @include(if: $firstPage) {
    totalCount
    nodes {
      ...GapRow
    }
  }
  partial: rollUpGaps(filter: {supported: true}, first: 100) @include(if: $firstPage) {
    totalCount
    nodes {
      ...GapRow
    }
  }
  unlinked: unlinkedIndicators(first: 100) @include(if: $firstPage) {
    totalCount
    nodes {
      id
      name
      unit
      target {
        raw
        year
      }
      plan {
        id
        title
        region {
          name
        }
      }
      candidates {
        to {
          id
        }
      }
    }
  }
  district: indicators(filter: {level: DISTRICT}, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      unit
      target {
        raw
        year
      }
      plan {
        id
        title
        region {
          name
        }
      }
      candidates {
        to {
          id
          name
          unit
          plan {
            id
            title
            loaded
          }
        }
        method
        score
        comparisonNote
      }
    }
  }
}
    fragment GapRow on RollUpGap {
  indicator {
    id
    name
    unit
    target {
      raw
      year
    }
    plan {
      id
      title
      loaded
    }
  }
  plansWith {
    id
  }
  plansWithout {
    id
    title
    region {
      name
    }
  }
}`) as unknown as TypedDocumentString<GapsQuery, GapsQueryVariables>;
export const CurateDocument = new TypedDocumentString(`
    mutation Curate($input: CurateRollUpInput!) {
  curateRollUp(input: $input) {
    fromIndicatorId
    toIndicatorId
    decision
    by
    at
  }
}
    `) as unknown as TypedDocumentString<CurateMutation, CurateMutationVariables>;
export const HomeRegionsDocument = new TypedDocumentString(`
    query HomeRegions {
  regions {
    code
    name
    level
    planCount
    indicatorCount
  }
}
    `) as unknown as TypedDocumentString<HomeRegionsQuery, HomeRegionsQueryVariables>;
export const HomePlansDocument = new TypedDocumentString(`
    query HomePlans($first: Int!, $after: String) {
  plans(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      level
      loaded
      draft
      periodStart
      periodEnd
      region {
        code
        name
      }
      indicators(first: 1) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomePlansQuery, HomePlansQueryVariables>;
export const IndicatorViewDocument = new TypedDocumentString(`
    query IndicatorView($id: ID!) {
  indicator(id: $id) {
    ...ChainIndicator
    seq
    category
    attribute
    cumulative
    basis
    citedMunicipalTarget {
      raw
      year
    }
    measure {
      id
      name
      unit
      higherIsBetter
    }
    measureCandidate {
      measure {
        id
        name
      }
      score
      reason
    }
    domains {
      domain {
        id
        nameZh
      }
      basis
      evidence
    }
    responsible {
      department {
        id
        name
      }
      basis
      evidence
    }
    source {
      plan {
        id
      }
      lineStart
      lineEnd
      fromSidecar
      file
    }
    rolledUpFrom {
      ...ChainStep
    }
    candidates {
      ...ChainStep
    }
  }
  rollUp(indicatorId: $id) {
    steps {
      ...ChainStep
      depth
    }
  }
}
    fragment ChainIndicator on Indicator {
  id
  name
  unit
  baseline {
    raw
    year
  }
  target {
    raw
    year
  }
  plan {
    id
    title
    loaded
    level
    region {
      name
    }
  }
}
fragment ChainStep on RollUpStep {
  from {
    ...ChainIndicator
  }
  to {
    ...ChainIndicator
  }
  method
  score
  comparison
  status
  comparisonNote
  comparedYear
  fromValue
  toValue
  toValueColumn
  unitsAgree
}`) as unknown as TypedDocumentString<IndicatorViewQuery, IndicatorViewQueryVariables>;
export const IndicatorListDocument = new TypedDocumentString(`
    query IndicatorList($level: PlanLevel, $nameContains: String, $after: String) {
  indicators(
    filter: {level: $level, nameContains: $nameContains}
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      unit
      baseline {
        raw
        year
      }
      target {
        raw
        year
        heading
      }
      measure {
        id
        name
      }
      plan {
        id
        title
        level
        region {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorListQuery, IndicatorListQueryVariables>;
export const MeasureViewDocument = new TypedDocumentString(`
    query MeasureView($id: ID!, $region: String!) {
  measure(id: $id) {
    id
    name
    unit
    higherIsBetter
    kind
    series(region: $region) {
      observations {
        id
        year
        raw
        value
        basis
        indicator {
          id
        }
        source {
          citation
          file
          lineStart
          lineEnd
        }
      }
      targets {
        id
        plan {
          title
        }
        target {
          raw
          value
          year
        }
        achievement {
          verdict
          reason
        }
        trajectory {
          status
          expected
          gapYears
          reason
        }
      }
    }
    cascades {
      year
      kind
      coverage
      complete
      sum
      shareOfCity
      min
      median
      max
      above
      equal
      below
      excluded
      cityTarget {
        raw
      }
      districts {
        region {
          name
        }
        indicator {
          id
        }
        target {
          raw
        }
      }
    }
    aliases
    domain {
      id
      nameZh
    }
    related {
      measure {
        id
        name
        unit
      }
      why
    }
  }
  indicatorMatrix(rowsBy: REGION, filter: {measureIds: [$id]}, first: 100) {
    totalRows
    columns {
      index
      periodStart
      periodEnd
    }
    rows {
      key
      label
      region {
        code
        level
      }
      cells {
        column
        indicatorId
        name
        basis
        baseline {
          raw
          year
        }
        target {
          raw
          year
          heading
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureViewQuery, MeasureViewQueryVariables>;
export const MeasureCatalogueDocument = new TypedDocumentString(`
    query MeasureCatalogue {
  measures {
    id
    name
    unit
    higherIsBetter
    aliases
    domain {
      id
      nameZh
    }
    instances {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureCatalogueQuery, MeasureCatalogueQueryVariables>;
export const PlanViewDocument = new TypedDocumentString(`
    query PlanView($id: ID!) {
  plan(id: $id) {
    id
    title
    level
    draft
    issuer
    docNumber
    issuedOn
    loaded
    periodStart
    periodEnd
    sourceFile
    region {
      code
      name
    }
    basedOn {
      id
      title
      loaded
    }
    citedBy {
      id
      title
    }
    chapters {
      ...OutlineChapter
      children {
        ...OutlineChapter
        children {
          ...OutlineChapter
        }
      }
    }
    goals {
      id
      lead
      text
      horizonYear
      source {
        lineStart
        lineEnd
      }
    }
    boxes {
      id
      number
      title
      source {
        lineStart
        lineEnd
      }
      projects {
        id
        name
        text
        source {
          lineStart
          lineEnd
        }
      }
    }
    indicators(first: 100) {
      totalCount
      nodes {
        id
        seq
        printedSeq
        tableCaption
        name
        unit
        category
        attribute
        cumulative
        baseline {
          raw
          year
        }
        target {
          raw
          year
        }
        citedMunicipalTarget {
          raw
          year
        }
        measure {
          id
          name
        }
        source {
          lineStart
          lineEnd
          fromSidecar
          file
          plan {
            id
          }
        }
        rollsUpTo {
          comparison
          status
          to {
            id
          }
        }
        rolledUpFrom {
          comparison
          status
          from {
            id
          }
        }
        ...IndicatorProgress
      }
    }
  }
}
    fragment IndicatorProgress on Indicator {
  achievement {
    verdict
    reason
    tolerance
    target {
      raw
      year
    }
    observed {
      raw
      year
    }
  }
  trajectory {
    status
    expected
    gap
    gapYears
    reason
    observed {
      raw
      year
    }
  }
}
fragment OutlineChapter on Chapter {
  id
  kind
  number
  title
  inferred
  evidence
  source {
    lineStart
    lineEnd
  }
}`) as unknown as TypedDocumentString<PlanViewQuery, PlanViewQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!) {
  search(text: $text, first: 50) {
    score
    item {
      __typename
      ... on Plan {
        id
        title
      }
      ... on Chapter {
        id
        heading: title
        kind
        source {
          plan {
            id
            title
          }
          lineStart
          lineEnd
        }
      }
      ... on Goal {
        id
        lead
        text
        source {
          plan {
            id
            title
          }
          lineStart
          lineEnd
        }
      }
      ... on Indicator {
        id
        name
        plan {
          id
          title
        }
      }
      ... on Project {
        id
        name
        source {
          plan {
            id
            title
          }
          lineStart
          lineEnd
        }
      }
      ... on Box {
        id
        number
        boxTitle: title
        source {
          plan {
            id
            title
          }
          lineStart
          lineEnd
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const PlanSourceDocument = new TypedDocumentString(`
    query PlanSource($id: ID!, $lineStart: Int!, $lineEnd: Int!) {
  plan(id: $id) {
    id
    sourceText(lineStart: $lineStart, lineEnd: $lineEnd, context: 8) {
      file
      lineCount
      matchesLoaded
      truncated
      lines {
        number
        text
        highlighted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSourceQuery, PlanSourceQueryVariables>;