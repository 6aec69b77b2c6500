import type { Row, TxRunner } from '../db/executor';
import type { Comparator } from '../ingest/types';
import type { CurationRecord, IndicatorRecord, ItemRecord, PlanRecord, PrintedValue, Snapshot } from './types';

// What the aligner needs, in four parameter-free queries. Indicators the aligner itself
// derived (cited ones) are left out: they are recomputed from the rows that print them.

// $ids: null for every plan, or the few a curation needs.
const PLANS = `MATCH (p:Plan) WHERE $ids IS NULL OR p.id IN $ids
OPTIONAL MATCH (p)-[:FOR_REGION]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
OPTIONAL MATCH (p)-[b:BASED_ON]->(c:Plan)
WITH p, r, parent, b, c ORDER BY p.id, b.order
WITH p, head(collect(DISTINCT r)) AS r, head(collect(DISTINCT parent)) AS parent, [x IN collect(c.id) WHERE x IS NOT NULL] AS basedOn
RETURN p.id AS id, p.titleKey AS titleKey, coalesce(p.title, p.titleKey) AS title, coalesce(p.loaded, false) AS loaded,
       p.periodStart AS periodStart, p.periodEnd AS periodEnd, r.code AS regionCode, r.name AS regionName,
       parent.code AS parentRegionCode, basedOn
ORDER BY id`;

const INDICATORS = `MATCH (i:Indicator) WHERE i.alignerVersion IS NULL AND i.planId IS NOT NULL
RETURN i {.*} AS i ORDER BY i.planId, i.seq, i.id`;

const ITEMS = `MATCH (n) WHERE (n:Chapter OR n:Goal) AND n.planId IS NOT NULL
OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
WITH n, collect(DISTINCT d.id) AS domains
RETURN n.id AS id, CASE WHEN n:Chapter THEN 'Chapter' ELSE 'Goal' END AS label, n.planId AS planId,
       coalesce(n.title, n.lead, '') AS title, coalesce(n.text, '') AS text, domains
ORDER BY id`;

const CURATION_FIELDS = `RETURN c.from AS from, c.to AS to, c.decision AS decision, c.by AS by,
  toString(c.at) AS at, c.note AS note ORDER BY c.from, c.to`;
const CURATIONS = `MATCH (c:Curation) ${CURATION_FIELDS}`;
// The decisions a batch of plans' links depend on: those whose district indicator is in the batch.
const CURATIONS_OF = `MATCH (c:Curation) MATCH (i:Indicator {id: c.from}) WHERE i.planId IN $planIds ${CURATION_FIELDS}`;
// Decisions the graph does not show yet: a rejected pair still linked, an accepted one without its
// curated link (a curation script loaded with `plangraph load` records them without applying them).
// An accepted pair the aligner never links at all stays in this list; applying it again is harmless.
const PENDING_CURATIONS = `MATCH (c:Curation) WHERE c.decision IN ['accepted', 'rejected']
OPTIONAL MATCH (:Indicator {id: c.from})-[r:ROLLS_UP_TO|CANDIDATE]->(:Indicator {id: c.to})
WITH c, collect(r) AS links
WHERE CASE c.decision WHEN 'rejected' THEN size(links) > 0
  ELSE NOT any(r IN links WHERE type(r) = 'ROLLS_UP_TO' AND r.method = 'curated' AND coalesce(r.note, '') = coalesce(c.note, '')) END
${CURATION_FIELDS}`;
const INDICATORS_BY_ID = `UNWIND $ids AS id MATCH (i:Indicator {id: id}) RETURN i {.*} AS i`;

/** A property as text; null when absent. The ones read here are strings; a number or boolean is printed. */
export const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v === null || v === undefined ? null : JSON.stringify(v);
};
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function printed(i: Row, prefix: string): PrintedValue | null {
  const raw = str(i[`${prefix}Raw`]);
  if (raw === null) return null;
  return {
    raw,
    value: num(i[`${prefix}Value`]),
    comparator: (str(i[`${prefix}Comparator`]) as Comparator | null) ?? null,
    year: num(i[`${prefix}Year`]),
  };
}

/** An indicator node's properties as the aligner reads them; a cited one keeps the row it cites. */
export function indicator(i: Row): IndicatorRecord {
  const source = str(i.sourceIndicatorId);
  return {
    id: String(i.id),
    planId: String(i.planId),
    seq: num(i.seq) ?? 0,
    name: String(i.name),
    unit: str(i.unit),
    category: str(i.category),
    cumulative: i.cumulative === true,
    baseline: printed(i, 'baseline'),
    target: printed(i, 'target'),
    municipalTarget: printed(i, 'municipalTarget'),
    lineStart: num(i.lineStart),
    lineEnd: num(i.lineEnd),
    sourceFile: str(i.sourceFile),
    ...(source === null ? {} : { sourceIndicatorId: source }),
  };
}

/** Reads inside the aligner's write transaction, so what it computes from is what it replaces. */
export async function readSnapshot(tx: TxRunner, plans: PlanRecord[]): Promise<Snapshot> {
  const rows = async (cypher: string) => (await tx.run(cypher)).rows;
  const indicators = await rows(INDICATORS);
  const items = await rows(ITEMS);
  return {
    plans,
    indicators: indicators.map((row) => indicator(row.i as Row)),
    items: items as unknown as ItemRecord[],
    curations: await readCurations(tx),
  };
}

/** Every decided curation. */
export async function readCurations(tx: TxRunner): Promise<CurationRecord[]> {
  return decided((await tx.run(CURATIONS)).rows);
}

const decided = (rows: Row[]) =>
  rows.filter((c) => c.decision === 'accepted' || c.decision === 'rejected') as unknown as CurationRecord[];

/** Plans by id (every plan when `ids` is null), as the snapshot reads them. */
export async function readPlans(tx: TxRunner, ids: string[] | null): Promise<PlanRecord[]> {
  return (await tx.run(PLANS, { ids })).rows as unknown as PlanRecord[];
}

/** Indicators by id, the aligner's cited ones included. */
export async function readIndicators(tx: TxRunner, ids: string[]): Promise<IndicatorRecord[]> {
  return (await tx.run(INDICATORS_BY_ID, { ids })).rows.map((row) => indicator(row.i as Row));
}

/** Decisions whose pair's links do not reflect them. */
export async function readPendingCurations(tx: TxRunner): Promise<CurationRecord[]> {
  return decided((await tx.run(PENDING_CURATIONS)).rows);
}

/** The decisions on pairs whose district indicator belongs to one of `planIds`. */
export async function readCurationsOf(tx: TxRunner, planIds: string[]): Promise<CurationRecord[]> {
  return decided((await tx.run(CURATIONS_OF, { planIds })).rows);
}
