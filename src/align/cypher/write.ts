// The statements that write what the aligner derives outside the batch links (links.ts): measures
// and their links, cited indicators, review notes. Every one stamps alignerVersion, which is how a
// rerun finds (and only finds) its own previous output; nodes and links are MERGEd, never CREATEd.

export const CLEAR_MEASURES = `MATCH (:Measure)-[r:IN_DOMAIN|RELATED_TO]->()
WHERE r.alignerVersion IS NOT NULL DELETE r`;
// The review note is the one property the aligner sets on a plan's own indicators (they carry no
// alignerVersion: that marks nodes it creates), so it is found by name and replaced per batch too.
export const SWEEP_REVIEWS = `MATCH (i:Indicator) WHERE i.planId IN $planIds AND i.measureReview IS NOT NULL AND NOT i.id IN $reviewed
REMOVE i.measureReview`;
export const SWEEP_OWN_REVIEWS = `UNWIND $ids AS id MATCH (i:Indicator {id: id}) WHERE i.measureReview IS NOT NULL AND NOT i.id IN $reviewed
REMOVE i.measureReview`;

export const MEASURES = `UNWIND $rows AS row
MERGE (m:Measure {id: row.id})
SET m = row, m.alignedAt = datetime($alignedAt), m.alignerVersion = $alignerVersion
WITH m, row MATCH (d:Domain {id: row.domain})
MERGE (m)-[r:IN_DOMAIN]->(d)
SET r.basis = 'stated', r.evidence = 'data/measures.json', r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;
export const STALE_MEASURES = `MATCH (m:Measure) WHERE NOT m.id IN $ids DETACH DELETE m`;
export const RELATED = `UNWIND $rows AS row
MATCH (a:Measure {id: row.from}) MATCH (b:Measure {id: row.to})
MERGE (a)-[r:RELATED_TO]->(b)
SET r.why = row.why, r.basis = 'curated', r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;

export const CITED = `UNWIND $rows AS row
MERGE (i:Indicator {id: row.id})
SET i = row, i.seq = toInteger(row.seq), i.lineStart = toInteger(row.lineStart), i.lineEnd = toInteger(row.lineEnd),
    i.targetYear = toInteger(row.targetYear), i.alignedAt = datetime($alignedAt), i.alignerVersion = $alignerVersion
WITH i, row MATCH (p:Plan {id: row.planId})
MERGE (p)-[h:HAS_INDICATOR]->(i)
SET h.basis = 'cited', h.evidence = row.evidence`;
export const STALE_CITED = `MATCH (i:Indicator) WHERE i.basis = 'cited' AND i.alignerVersion IS NOT NULL AND NOT i.id IN $ids DETACH DELETE i`;
export const STALE_CITED_OF = `MATCH (i:Indicator) WHERE i.planId IN $planIds AND i.basis = 'cited' AND i.alignerVersion IS NOT NULL AND NOT i.id IN $ids
DETACH DELETE i`;

export const REVIEWS = `UNWIND $rows AS row
MATCH (i:Indicator {id: row.id})
SET i.measureReview = row.reason`;
