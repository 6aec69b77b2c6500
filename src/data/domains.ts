import type { Executor } from '../db/executor';
import { onePerKey, scalar } from './batch';
import type { DomainCountsRecord, DomainRecord, Page, TaggedRecord } from './records';

export type DomainWithCounts = DomainRecord & DomainCountsRecord;

const COUNTS = (d: string) => `chapterCount: COUNT { (:Chapter)-[:IN_DOMAIN]->(${d}) },
    goalCount: COUNT { (:Goal)-[:IN_DOMAIN]->(${d}) },
    indicatorCount: COUNT { (:Indicator)-[:IN_DOMAIN]->(${d}) },
    projectCount: COUNT { (:Project)-[:IN_DOMAIN]->(${d}) }`;

const DOMAINS = `MATCH (d:Domain) RETURN d {.*, label: 'Domain', ${COUNTS('d')}} AS d ORDER BY d.id`;

export async function listDomains(executor: Executor): Promise<DomainWithCounts[]> {
  const rows = await executor.read(DOMAINS);
  return rows.map((row) => row.d as DomainWithCounts);
}

const DOMAIN_COUNTS = `UNWIND $keys AS key MATCH (d:Domain {id: key}) RETURN key, d {.*, label: 'Domain', ${COUNTS('d')}} AS item`;

/** The counts of the domains with these ids, in their order (null for an unknown id): one query for the batch. */
export function domainCounts(executor: Executor, keys: readonly string[]): Promise<(DomainWithCounts | null)[]> {
  return onePerKey<DomainWithCounts>(executor, DOMAIN_COUNTS, keys);
}

/** Labels of items a domain tags; the query's label comes from this list, never from a request. */
export type DomainItemLabel = 'Chapter' | 'Goal' | 'Indicator' | 'Project';

export interface DomainItemFilterValues {
  planId?: string | null;
  region?: string | null;
  level?: string | null;
  basis?: string | null;
}

// Municipal plans first ('municipal' > 'district'), then by plan and line. A chapter's long text is
// left out of the list (Chapter.text loads it when asked for), as in every other chapter list.
const ITEMS = (label: DomainItemLabel) => `MATCH (n:${label})-[t:IN_DOMAIN]->(:Domain {id: $domainId})
  MATCH (p:Plan {id: n.planId})
  WHERE ($planId IS NULL OR p.id = $planId)
    AND ($level IS NULL OR p.level = $level)
    AND ($basis IS NULL OR t.basis = $basis)
    AND ($region IS NULL OR EXISTS { (p)-[:FOR_REGION]->(:Region {code: $region}) })
  WITH n, t ORDER BY p.level DESC, n.planId, n.lineStart, n.id
  WITH collect(n) AS nodes, collect(t {.basis, .evidence}) AS tags
  RETURN size(nodes) AS total, [k IN range($offset, $offset + $limit - 1) WHERE k < size(nodes) | {
    node: head([n IN [nodes[k]] | ${label === 'Chapter' ? "n {.*, text: null, textOmitted: true, label: 'Chapter'}" : `n {.*, label: '${label}'}`}]),
    basis: tags[k].basis, evidence: tags[k].evidence}] AS items`;

const ITEM_QUERIES = {
  Chapter: ITEMS('Chapter'),
  Goal: ITEMS('Goal'),
  Indicator: ITEMS('Indicator'),
  Project: ITEMS('Project'),
} as const;

/** A page of a domain's items of one label, with how each was tagged. */
export async function domainItems<T>(
  executor: Executor,
  label: DomainItemLabel,
  domainId: string,
  filter: DomainItemFilterValues,
  offset: number,
  limit: number,
): Promise<Page<TaggedRecord<T>>> {
  const row = await scalar(executor, ITEM_QUERIES[label], {
    domainId,
    planId: filter.planId ?? null,
    region: filter.region ?? null,
    level: filter.level ?? null,
    basis: filter.basis ?? null,
    offset,
    limit,
  });
  return { items: (row.items as TaggedRecord<T>[] | undefined) ?? [], offset, totalCount: Number(row.total ?? 0) };
}
