// The statements that write the aligner's links of a batch of plans by difference (links.ts).
// Types and labels are constants of the code, spliced into the statements; never data.

// The links a batch replaces: the aligner links from its whole plans' nodes; its goal plans'
// chapter and goal links; its linking plans' links into the focus indicators; the measure links
// of some (cited) indicators. Reading, deleting and restamping match the same links. Each pattern
// names its types, so a chapter's structure and responsibilities are not walked for nothing.
const ALIGNER = 'r.alignerVersion IS NOT NULL';
const FROM_INDICATOR = 'ROLLS_UP_TO|CANDIDATE|MEASURES|MEASURE_CANDIDATE|IN_DOMAIN';
const IN_BATCH = `CALL () {
  MATCH (n:Indicator) WHERE n.planId IN $whole MATCH (n)-[r:${FROM_INDICATOR}]->(m) WHERE ${ALIGNER} RETURN n, r, m
  UNION MATCH (n:Chapter) WHERE n.planId IN $items MATCH (n)-[r:ALIGNS_WITH]->(m) WHERE ${ALIGNER} RETURN n, r, m
  UNION MATCH (n:Goal) WHERE n.planId IN $items MATCH (n)-[r:ALIGNS_WITH]->(m) WHERE ${ALIGNER} RETURN n, r, m
  UNION MATCH (n:Indicator) WHERE n.planId IN $intoPlans MATCH (n)-[r:ROLLS_UP_TO|CANDIDATE]->(m:Indicator) WHERE m.id IN $focus AND ${ALIGNER} RETURN n, r, m
  UNION UNWIND $own AS id MATCH (n:Indicator {id: id})-[r:MEASURES|MEASURE_CANDIDATE|IN_DOMAIN]->(m) WHERE ${ALIGNER} RETURN n, r, m
}`;
export const LINK_DIGESTS = `${IN_BATCH}
RETURN r.digest AS digest`;
export const RESTAMP_LINKS = `${IN_BATCH}
WITH r SET r.alignedAt = datetime($alignedAt)`;
// A link without a digest was written before digests: it is rewritten.
export const DELETE_LINKS = `${IN_BATCH}
WITH r WHERE r.digest IS NULL OR r.digest IN $stale DELETE r`;

/** MERGEs links of one type between two labels, constants of the code (links.ts's KINDS), from rows `{from, to, props, digest}`. */
export const mergeLinks = (k: { type: string; from: string; to: string }): string => `WITH datetime($alignedAt) AS at
UNWIND $rows AS row
MATCH (a:${k.from} {id: row.from}) MATCH (b:${k.to} {id: row.to})
MERGE (a)-[r:${k.type}]->(b)
SET r = row.props, r.digest = row.digest, r.alignedAt = at, r.alignerVersion = $alignerVersion`;
