// The statements the aligner reads the graph with, all parameterised; labels and types are
// constants of the code. Read inside the aligner's write transaction, so what it computes from is
// what it replaces. Indicators the aligner itself derived (cited ones, with an alignerVersion) are
// left out of the snapshot: they are recomputed from the rows that print them.

// The whole snapshot (read.ts).
// $ids: null for every plan, or the few a curation needs.
export const PLANS = `MATCH (p:Plan) WHERE $ids IS NULL OR p.id IN $ids
OPTIONAL MATCH (p)-[:FOR_REGION]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
OPTIONAL MATCH (p)-[b:BASED_ON]->(c:Plan)
WITH p, r, parent, b, c ORDER BY p.id, b.order
WITH p, head(collect(DISTINCT r)) AS r, head(collect(DISTINCT parent)) AS parent, [x IN collect(c.id) WHERE x IS NOT NULL] AS basedOn
RETURN p.id AS id, p.titleKey AS titleKey, coalesce(p.title, p.titleKey) AS title, coalesce(p.loaded, false) AS loaded,
       p.periodStart AS periodStart, p.periodEnd AS periodEnd, r.code AS regionCode, r.name AS regionName,
       parent.code AS parentRegionCode, basedOn
ORDER BY id`;

export const INDICATORS = `MATCH (i:Indicator) WHERE i.alignerVersion IS NULL AND i.planId IS NOT NULL
RETURN i {.*} AS i ORDER BY i.planId, i.seq, i.id`;

export const ITEMS = `MATCH (n) WHERE (n:Chapter OR n:Goal) AND n.planId IS NOT NULL
OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
WITH n, collect(DISTINCT d.id) AS domains
RETURN n.id AS id, CASE WHEN n:Chapter THEN 'Chapter' ELSE 'Goal' END AS label, n.planId AS planId,
       coalesce(n.title, n.lead, '') AS title, coalesce(n.text, '') AS text, domains
ORDER BY id`;

const CURATION_FIELDS = `RETURN c.from AS from, c.to AS to, c.decision AS decision, c.by AS by,
  toString(c.at) AS at, c.note AS note ORDER BY c.from, c.to`;
export const CURATIONS = `MATCH (c:Curation) ${CURATION_FIELDS}`;
// The decisions a batch of plans' links depend on: those whose district indicator is in the batch.
export const CURATIONS_OF = `MATCH (c:Curation) MATCH (i:Indicator {id: c.from}) WHERE i.planId IN $planIds ${CURATION_FIELDS}`;
// Decisions the graph does not show yet: a rejected pair still linked, an accepted one without its
// curated link (a curation script loaded with `plangraph load` records them without applying them).
// An accepted pair the aligner never links at all stays in this list; applying it again is harmless.
export const PENDING_CURATIONS = `MATCH (c:Curation) WHERE c.decision IN ['accepted', 'rejected']
OPTIONAL MATCH (:Indicator {id: c.from})-[r:ROLLS_UP_TO|CANDIDATE]->(:Indicator {id: c.to})
WITH c, collect(r) AS links
WHERE CASE c.decision WHEN 'rejected' THEN size(links) > 0
  ELSE NOT any(r IN links WHERE type(r) = 'ROLLS_UP_TO' AND r.method = 'curated' AND coalesce(r.note, '') = coalesce(c.note, '')) END
${CURATION_FIELDS}`;
export const INDICATORS_BY_ID = `UNWIND $ids AS id MATCH (i:Indicator {id: id}) RETURN i {.*} AS i`;

// The part of the graph a change to some plans touches (readScoped.ts).
export const INDICATORS_OF = `MATCH (i:Indicator) WHERE i.planId IN $planIds RETURN i {.*} AS i ORDER BY i.planId, i.seq, i.id`;
// What cited indicators are derived from: the rows of citing plans that print a parent-region value.
export const CITING_ROWS = `MATCH (i:Indicator) WHERE i.planId IN $planIds AND i.alignerVersion IS NULL AND i.municipalTargetRaw IS NOT NULL
RETURN i {.*} AS i ORDER BY i.planId, i.seq, i.id`;
// Cited indicators now in the graph that a change may touch: on the given not-loaded plans, derived
// from a changed plan's rows, or left on a changed plan's node when it was loaded over its stub.
export const CITED_NOW = `CALL () {
  MATCH (i:Indicator) WHERE i.planId IN $stubs AND i.alignerVersion IS NOT NULL RETURN i
  UNION MATCH (i:Indicator) WHERE i.sourcePlanId IN $plans AND i.alignerVersion IS NOT NULL RETURN i
  UNION MATCH (p:Plan)-[:HAS_INDICATOR]->(i:Indicator) WHERE p.id IN $plans AND i.alignerVersion IS NOT NULL RETURN i
}
RETURN i.id AS id, i.planId AS planId, i.sourceIndicatorId AS source`;
// Plans whose indicators link into some indicators now, whatever a recomputation decides.
export const LINKING = `MATCH (m:Indicator)<-[r:ROLLS_UP_TO|CANDIDATE]-(d:Indicator) WHERE m.id IN $ids AND r.alignerVersion IS NOT NULL
RETURN DISTINCT d.planId AS planId`;
export const ITEMS_OF = `CALL () {
  MATCH (n:Chapter) WHERE n.planId IN $planIds RETURN n, 'Chapter' AS label
  UNION ALL MATCH (n:Goal) WHERE n.planId IN $planIds RETURN n, 'Goal' AS label
}
OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
WITH n, label, collect(DISTINCT d.id) AS domains
RETURN n.id AS id, label, n.planId AS planId, coalesce(n.title, n.lead, '') AS title, coalesce(n.text, '') AS text, domains
ORDER BY id`;

// Whether anything was aligned yet: `npm start` aligns a database it has just loaded or never aligned.
export const HAS_ALIGNMENT = 'RETURN EXISTS { (:Indicator)-[:MEASURES]->(:Measure) } AS aligned';
