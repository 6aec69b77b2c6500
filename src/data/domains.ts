import type { Executor, Row } from '../db/executor';
import { onePerKey } from './batch';
import { page } from './decode';
import type {
  ChapterRecord,
  DomainCountsRecord,
  DomainRecord,
  GoalRecord,
  IndicatorRecord,
  Page,
  ProjectRecord,
  TaggedRecord,
} from './records';
import * as shapes from './shapes';

export type DomainWithCounts = DomainRecord & DomainCountsRecord;

const COUNTS = (d: string) => `chapterCount: COUNT { (:Chapter)-[:IN_DOMAIN]->(${d}) },
    goalCount: COUNT { (:Goal)-[:IN_DOMAIN]->(${d}) },
    indicatorCount: COUNT { (:Indicator)-[:IN_DOMAIN]->(${d}) },
    projectCount: COUNT { (:Project)-[:IN_DOMAIN]->(${d}) }`;

const DOMAINS = `MATCH (d:Domain) RETURN d {.*, label: 'Domain', ${COUNTS('d')}} AS d ORDER BY d.id`;

export async function listDomains(executor: Executor): Promise<DomainWithCounts[]> {
  const rows = await executor.read(DOMAINS);
  return rows.map((row, i) => shapes.domainWithCounts(row.d, `domains[${i}]`));
}

const DOMAIN_COUNTS = `UNWIND $keys AS key MATCH (d:Domain {id: key}) RETURN key, d {.*, label: 'Domain', ${COUNTS('d')}} AS item`;

/** The counts of the domains with these ids, in their order (null for an unknown id): one query for the batch. */
export function domainCounts(executor: Executor, keys: readonly string[]): Promise<(DomainWithCounts | null)[]> {
  return onePerKey(executor, { cypher: DOMAIN_COUNTS, item: shapes.domainWithCounts, name: 'domainCounts' }, keys);
}

/** Labels of items a domain tags; the query's label comes from this list, never from a request. */
export type DomainItemLabel = keyof DomainItemRecords;

interface DomainItemRecords {
  Chapter: ChapterRecord;
  Goal: GoalRecord;
  Indicator: IndicatorRecord;
  Project: ProjectRecord;
}

export type DomainItemPage<L extends DomainItemLabel> = Page<TaggedRecord<DomainItemRecords[L]>>;

/** One page of one domain's items: what a Domain.chapters (goals, indicators, projects) field asks for. */
export interface DomainItemRequest {
  domainId: string;
  planId: string | null;
  region: string | null;
  level: string | null;
  basis: string | null;
  offset: number;
  limit: number;
}

// Municipal plans first ('municipal' > 'district'), then by plan and line. A chapter's long text is
// left out of the list (Chapter.text loads it when asked for), as in every other chapter list.
// Every request of a batch (the same field on many domains) is answered by one query.
const ITEMS = (label: DomainItemLabel) => `UNWIND range(0, size($requests) - 1) AS k
  WITH k, $requests[k] AS q
  CALL (q) {
    MATCH (n:${label})-[t:IN_DOMAIN]->(:Domain {id: q.domainId})
    MATCH (p:Plan {id: n.planId})
    WHERE (q.planId IS NULL OR p.id = q.planId)
      AND (q.level IS NULL OR p.level = q.level)
      AND (q.basis IS NULL OR t.basis = q.basis)
      AND (q.region IS NULL OR EXISTS { (p)-[:FOR_REGION]->(:Region {code: q.region}) })
    WITH n, t ORDER BY p.level DESC, n.planId, n.lineStart, n.id
    WITH collect(n) AS nodes, collect(t {.basis, .evidence}) AS tags
    RETURN size(nodes) AS total, [i IN range(q.offset, q.offset + q.limit - 1) WHERE i < size(nodes) | {
      node: head([n IN [nodes[i]] | ${label === 'Chapter' ? "n {.*, text: null, textOmitted: true, label: 'Chapter'}" : `n {.*, label: '${label}'}`}]),
      basis: tags[i].basis, evidence: tags[i].evidence}] AS items
  }
  RETURN k, total, items`;

const ITEM_QUERIES = {
  Chapter: ITEMS('Chapter'),
  Goal: ITEMS('Goal'),
  Indicator: ITEMS('Indicator'),
  Project: ITEMS('Project'),
} as const;

/** Each label's page of tagged items, checked with that label's node decoder. */
const ITEM_PAGES: { [L in DomainItemLabel]: (row: Row, offset: number) => DomainItemPage<L> } = {
  Chapter: page(shapes.tagged(shapes.chapter)),
  Goal: page(shapes.tagged(shapes.goal)),
  Indicator: page(shapes.tagged(shapes.indicator)),
  Project: page(shapes.tagged(shapes.project)),
};

/** Pages of domains' items of one label, with how each was tagged, in the order of the requests. */
export async function domainItems<L extends DomainItemLabel>(
  executor: Executor,
  label: L,
  requests: readonly DomainItemRequest[],
): Promise<DomainItemPage<L>[]> {
  const rows = await executor.read(ITEM_QUERIES[label], { requests: [...requests] });
  const byIndex = new Map(rows.map((row) => [Number(row.k), row]));
  const decode = ITEM_PAGES[label];
  return requests.map((q, k) => decode(byIndex.get(k) ?? {}, q.offset));
}
