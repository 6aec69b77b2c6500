import type { Executor } from '../db/executor';
import { manyPerKey, type KeyedQuery } from './batch';
import { nullable, str, type Decoder } from './decode';
import * as shapes from './shapes';
import type {
  BoxRecord,
  ChapterRecord,
  DepartmentRecord,
  DomainRecord,
  GoalRecord,
  IndicatorRecord,
  LoadRecord,
  MeasureCandidateRecord,
  MeasureRecord,
  PlanRecord,
  ProjectRecord,
  RegionRecord,
  RelatedMeasureRecord,
} from './records';

// One parameterised query per relationship hop the API follows. Each takes `$keys` (ids) and
// returns `{key, item}` rows in display order; DataLoaders in src/api/loaders.ts batch them.
// A chapter's text is its whole body; lists leave it out (`textOmitted`) and Chapter.text loads
// it in one batch only when a query asks for it.
const node = (variable: string, label: string) =>
  label === 'Chapter'
    ? `${variable} {.*, text: null, textOmitted: true, label: 'Chapter'}`
    : `${variable} {.*, label: '${label}'}`;

export const HOPS = {
  planRegion: `UNWIND $keys AS key MATCH (:Plan {id: key})-[:FOR_REGION]->(r:Region) RETURN key, ${node('r', 'Region')} AS item`,
  planBasedOn: `UNWIND $keys AS key MATCH (:Plan {id: key})-[b:BASED_ON]->(p:Plan)
    WITH key, p, b ORDER BY b.order RETURN key, ${node('p', 'Plan')} AS item`,
  planCitedBy: `UNWIND $keys AS key MATCH (:Plan {id: key})<-[:BASED_ON]-(p:Plan)
    WITH key, p ORDER BY p.id RETURN key, ${node('p', 'Plan')} AS item`,
  planChapters: `UNWIND $keys AS key MATCH (:Plan {id: key})-[:HAS_CHAPTER]->(c:Chapter)
    WITH key, c ORDER BY c.lineStart RETURN key, ${node('c', 'Chapter')} AS item`,
  planGoals: `UNWIND $keys AS key MATCH (g:Goal {planId: key})
    WITH key, g ORDER BY g.seq RETURN key, ${node('g', 'Goal')} AS item`,
  planBoxes: `UNWIND $keys AS key MATCH (b:Box {planId: key})
    WITH key, b ORDER BY b.lineStart RETURN key, ${node('b', 'Box')} AS item`,
  planIndicators: `UNWIND $keys AS key MATCH (i:Indicator {planId: key})
    WITH key, i ORDER BY i.seq RETURN key, ${node('i', 'Indicator')} AS item`,
  planLoads: `UNWIND $keys AS key MATCH (:Plan {id: key})<-[:LOADED]-(l:Load)
    WITH key, l ORDER BY l.startedAt DESC
    RETURN key, l {.*, startedAt: toString(l.startedAt), finishedAt: toString(l.finishedAt), label: 'Load',
      nodesDeleted: coalesce(l.nodesDeleted, 0), relationshipsDeleted: coalesce(l.relationshipsDeleted, 0)} AS item`,
  regionParent: `UNWIND $keys AS key MATCH (:Region {code: key})-[:PART_OF]->(r:Region) RETURN key, ${node('r', 'Region')} AS item`,
  regionChildren: `UNWIND $keys AS key MATCH (:Region {code: key})<-[:PART_OF]-(r:Region)
    WITH key, r ORDER BY r.code RETURN key, ${node('r', 'Region')} AS item`,
  regionPlans: `UNWIND $keys AS key MATCH (:Region {code: key})<-[:FOR_REGION]-(p:Plan)
    WITH key, p ORDER BY p.periodStart DESC, p.id RETURN key, ${node('p', 'Plan')} AS item`,
  chapterParent: `UNWIND $keys AS key MATCH (:Chapter {id: key})<-[:HAS_SECTION]-(c:Chapter) RETURN key, ${node('c', 'Chapter')} AS item`,
  chapterChildren: `UNWIND $keys AS key MATCH (:Chapter {id: key})-[:HAS_SECTION]->(c:Chapter)
    WITH key, c ORDER BY c.lineStart RETURN key, ${node('c', 'Chapter')} AS item`,
  chapterGoals: `UNWIND $keys AS key MATCH (:Chapter {id: key})-[:SETS_GOAL]->(g:Goal)
    WITH key, g ORDER BY g.seq RETURN key, ${node('g', 'Goal')} AS item`,
  chapterBoxes: `UNWIND $keys AS key MATCH (:Chapter {id: key})-[:HAS_BOX]->(b:Box)
    WITH key, b ORDER BY b.lineStart RETURN key, ${node('b', 'Box')} AS item`,
  goalChapter: `UNWIND $keys AS key MATCH (:Goal {id: key})<-[:SETS_GOAL]-(c:Chapter) RETURN key, ${node('c', 'Chapter')} AS item`,
  boxChapter: `UNWIND $keys AS key MATCH (:Box {id: key})<-[:HAS_BOX]-(c:Chapter) RETURN key, ${node('c', 'Chapter')} AS item`,
  boxProjects: `UNWIND $keys AS key MATCH (:Box {id: key})-[:LISTS]->(p:Project)
    WITH key, p ORDER BY p.seq RETURN key, ${node('p', 'Project')} AS item`,
  projectBox: `UNWIND $keys AS key MATCH (:Project {id: key})<-[:LISTS]-(b:Box) RETURN key, ${node('b', 'Box')} AS item`,
  indicatorMeasure: `UNWIND $keys AS key MATCH (:Indicator {id: key})-[:MEASURES]->(m:Measure) RETURN key, ${node('m', 'Measure')} AS item`,
  indicatorMeasureCandidate: `UNWIND $keys AS key MATCH (:Indicator {id: key})-[c:MEASURE_CANDIDATE]->(m:Measure)
    RETURN key, {measure: ${node('m', 'Measure')}, score: c.score, reason: c.reason} AS item`,
  measureInstances: `UNWIND $keys AS key MATCH (m:Measure {id: key})<-[:MEASURES]-(i:Indicator)
    OPTIONAL MATCH (p:Plan {id: i.planId})
    WITH key, i ORDER BY p.level DESC, p.periodStart, i.planId, i.seq RETURN key, ${node('i', 'Indicator')} AS item`,
  measureRelated: `UNWIND $keys AS key MATCH (:Measure {id: key})-[r:RELATED_TO]-(m:Measure)
    WITH key, m, r ORDER BY m.id RETURN key, {measure: ${node('m', 'Measure')}, why: r.why} AS item`,
  measureDomain: `UNWIND $keys AS key MATCH (m:Measure {id: key}) MATCH (d:Domain {id: m.domain}) RETURN key, ${node('d', 'Domain')} AS item`,
  departmentRegion: `UNWIND $keys AS key MATCH (:Department {id: key})-[:OF_REGION]->(r:Region) RETURN key, ${node('r', 'Region')} AS item`,
  departmentCounterpart: `UNWIND $keys AS key MATCH (:Department {id: key})-[:COUNTERPART_OF]->(d:Department) RETURN key, ${node('d', 'Department')} AS item`,
  departmentDistrictCounterparts: `UNWIND $keys AS key MATCH (:Department {id: key})<-[:COUNTERPART_OF]-(d:Department)
    WITH key, d ORDER BY d.id RETURN key, ${node('d', 'Department')} AS item`,
} as const;

export type HopName = keyof typeof HOPS;

/** What each hop returns per key. */
export interface HopItems {
  planRegion: RegionRecord;
  planBasedOn: PlanRecord;
  planCitedBy: PlanRecord;
  planChapters: ChapterRecord;
  planGoals: GoalRecord;
  planBoxes: BoxRecord;
  planIndicators: IndicatorRecord;
  planLoads: LoadRecord;
  regionParent: RegionRecord;
  regionChildren: RegionRecord;
  regionPlans: PlanRecord;
  chapterParent: ChapterRecord;
  chapterChildren: ChapterRecord;
  chapterGoals: GoalRecord;
  chapterBoxes: BoxRecord;
  goalChapter: ChapterRecord;
  boxChapter: ChapterRecord;
  boxProjects: ProjectRecord;
  projectBox: BoxRecord;
  indicatorMeasure: MeasureRecord;
  indicatorMeasureCandidate: MeasureCandidateRecord;
  measureInstances: IndicatorRecord;
  measureRelated: RelatedMeasureRecord;
  measureDomain: DomainRecord;
  departmentRegion: RegionRecord;
  departmentCounterpart: DepartmentRecord;
  departmentDistrictCounterparts: DepartmentRecord;
}

const HOP_ITEMS: { [K in HopName]: Decoder<HopItems[K]> } = {
  planRegion: shapes.region,
  planBasedOn: shapes.plan,
  planCitedBy: shapes.plan,
  planChapters: shapes.chapter,
  planGoals: shapes.goal,
  planBoxes: shapes.box,
  planIndicators: shapes.indicator,
  planLoads: shapes.load,
  regionParent: shapes.region,
  regionChildren: shapes.region,
  regionPlans: shapes.plan,
  chapterParent: shapes.chapter,
  chapterChildren: shapes.chapter,
  chapterGoals: shapes.goal,
  chapterBoxes: shapes.box,
  goalChapter: shapes.chapter,
  boxChapter: shapes.chapter,
  boxProjects: shapes.project,
  projectBox: shapes.box,
  indicatorMeasure: shapes.measure,
  indicatorMeasureCandidate: shapes.measureCandidate,
  measureInstances: shapes.indicator,
  measureRelated: shapes.relatedMeasure,
  measureDomain: shapes.domain,
  departmentRegion: shapes.region,
  departmentCounterpart: shapes.department,
  departmentDistrictCounterparts: shapes.department,
};

const CHAPTER_TEXT: KeyedQuery<string | null> = {
  cypher: `UNWIND $keys AS key MATCH (c:Chapter {id: key}) RETURN key, c.text AS item`,
  item: nullable(str),
  name: 'chapterText',
};

export async function chapterTexts(executor: Executor, keys: readonly string[]): Promise<(string | null)[]> {
  return (await manyPerKey(executor, CHAPTER_TEXT, keys)).map((list) => list[0] ?? null);
}

export const HOP_NAMES = Object.keys(HOPS) as HopName[];

export function follow<K extends HopName>(
  executor: Executor,
  hop: K,
  keys: readonly string[],
): Promise<HopItems[K][][]> {
  return manyPerKey<HopItems[K]>(executor, { cypher: HOPS[hop], item: HOP_ITEMS[hop], name: hop }, keys);
}
