// The statements of a reviewer's decision on one roll-up pair: its (:Curation) record (curation.ts),
// the check that both indicators exist, and the pair's links it replaces (applyCuration.ts).

/** Writes (or replaces) the decision for one pair; returns it as the aligner reads decisions. */
export const RECORD_CURATION = `MERGE (c:Curation {from: $from, to: $to})
SET c.decision = $decision, c.by = $by, c.at = datetime($at), c.note = $note
RETURN c.from AS from, c.to AS to, c.decision AS decision, c.by AS by, toString(c.at) AS at, c.note AS note`;

/** Which of some indicator ids exist: a decision names two that must. */
export const INDICATORS_FOUND =
  'UNWIND $ids AS id OPTIONAL MATCH (i:Indicator {id: id}) RETURN id, i IS NOT NULL AS found';

// A reviewer's decision replaces whatever the aligner had linked the pair with.
export const CLEAR_PAIR = `MATCH (a:Indicator {id: $from})-[r:ROLLS_UP_TO|CANDIDATE]->(b:Indicator {id: $to})
WHERE r.alignerVersion IS NOT NULL DELETE r`;
