import type { TxRunner } from '../db/executor';
import type { Alignment } from './align';
import type { Batch } from './batches';
import type { Catalogue } from './catalogue';
import type { CitedIndicator } from './cited';
import type { Focus } from './types';

export interface Stamp {
  alignedAt: string;
  alignerVersion: string;
}

// Everything the aligner writes carries alignerVersion, which is how a rerun finds (and only
// finds) its own previous output. Curated links are rewritten from the (:Curation) records.
// Measure-level links are replaced once per run; every other link starts at a node with a planId
// and is replaced with the batch of plans it belongs to (the planId indexes find those nodes).
// Links are MERGEd on the pair and the type, never CREATEd: one link per pair and type whatever
// else wrote it (the write lock already serialises writers; this holds even without it). A link
// SET in place takes `r = row.props` whole, so a property the new row lacks does not survive.
const CLEAR_MEASURES = `MATCH (:Measure)-[r:IN_DOMAIN|RELATED_TO]->()
WHERE r.alignerVersion IS NOT NULL DELETE r`;
const CLEAR_INDICATORS = `MATCH (i:Indicator) WHERE i.planId IN $planIds
MATCH (i)-[r:ROLLS_UP_TO|CANDIDATE|MEASURES|MEASURE_CANDIDATE|IN_DOMAIN]->()
WHERE r.alignerVersion IS NOT NULL DELETE r`;
// The review note is the one property the aligner sets on a plan's own indicators (they carry no
// alignerVersion: that marks nodes it creates), so it is found by name and replaced per batch too.
const CLEAR_REVIEWS = `MATCH (i:Indicator) WHERE i.planId IN $planIds AND i.measureReview IS NOT NULL
REMOVE i.measureReview`;
// An incremental alignment's partial clears: the links of some plans' indicators into the focus
// indicators, and the measure links and review of some indicators (changed cited ones).
const CLEAR_INTO = `MATCH (d:Indicator) WHERE d.planId IN $planIds
MATCH (d)-[r:ROLLS_UP_TO|CANDIDATE]->(m:Indicator) WHERE m.id IN $ids AND r.alignerVersion IS NOT NULL
DELETE r`;
const CLEAR_OWN = `UNWIND $ids AS id MATCH (i:Indicator {id: id})
REMOVE i.measureReview
WITH i MATCH (i)-[r:MEASURES|MEASURE_CANDIDATE|IN_DOMAIN]->() WHERE r.alignerVersion IS NOT NULL
DELETE r`;
const clearItems = (label: 'Chapter' | 'Goal') => `MATCH (n:${label}) WHERE n.planId IN $planIds
MATCH (n)-[r:ALIGNS_WITH]->()
WHERE r.alignerVersion IS NOT NULL DELETE r`;

const MEASURES = `UNWIND $rows AS row
MERGE (m:Measure {id: row.id})
SET m = row, m.alignedAt = datetime($alignedAt), m.alignerVersion = $alignerVersion
WITH m, row MATCH (d:Domain {id: row.domain})
MERGE (m)-[r:IN_DOMAIN]->(d)
SET r.basis = 'stated', r.evidence = 'data/measures.json', r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;
const STALE_MEASURES = `MATCH (m:Measure) WHERE NOT m.id IN $ids DETACH DELETE m`;
const RELATED = `UNWIND $rows AS row
MATCH (a:Measure {id: row.from}) MATCH (b:Measure {id: row.to})
MERGE (a)-[r:RELATED_TO]->(b)
SET r.why = row.why, r.basis = 'curated', r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;

const CITED = `UNWIND $rows AS row
MERGE (i:Indicator {id: row.id})
SET i = row, i.seq = toInteger(row.seq), i.lineStart = toInteger(row.lineStart), i.lineEnd = toInteger(row.lineEnd),
    i.targetYear = toInteger(row.targetYear), i.alignedAt = datetime($alignedAt), i.alignerVersion = $alignerVersion
WITH i, row MATCH (p:Plan {id: row.planId})
MERGE (p)-[h:HAS_INDICATOR]->(i)
SET h.basis = 'cited', h.evidence = row.evidence`;
const STALE_CITED = `MATCH (i:Indicator) WHERE i.basis = 'cited' AND i.alignerVersion IS NOT NULL AND NOT i.id IN $ids DETACH DELETE i`;
const STALE_CITED_OF = `MATCH (i:Indicator) WHERE i.planId IN $planIds AND i.basis = 'cited' AND i.alignerVersion IS NOT NULL AND NOT i.id IN $ids
DETACH DELETE i`;

const INDICATOR_MEASURES = `UNWIND $rows AS row
MATCH (i:Indicator {id: row.from}) MATCH (m:Measure {id: row.to})
MERGE (i)-[r:MEASURES]->(m)
SET r.method = row.method, r.score = row.score, r.basis = 'inferred', r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;
// A candidate, not a MEASURES link: the indicator stays unmeasured until a reviewer adds its name to the catalogue.
const MEASURE_CANDIDATES = `UNWIND $rows AS row
MATCH (i:Indicator {id: row.from}) MATCH (m:Measure {id: row.to})
MERGE (i)-[r:MEASURE_CANDIDATE]->(m)
SET r.score = row.score, r.reason = row.reason, r.method = 'similar', r.basis = 'inferred', r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;
const REVIEWS = `UNWIND $rows AS row
MATCH (i:Indicator {id: row.id})
SET i.measureReview = row.reason`;
const CITED_DOMAINS = `UNWIND $rows AS row
MATCH (i:Indicator {id: row.from}) MATCH (d:Domain {id: row.to})
MERGE (i)-[r:IN_DOMAIN]->(d)
SET r.basis = 'inferred', r.method = 'measure', r.evidence = row.evidence, r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;

const linkQuery = (type: 'ROLLS_UP_TO' | 'CANDIDATE') => `UNWIND $rows AS row
MATCH (a:Indicator {id: row.from}) MATCH (b:Indicator {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props, r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;
const alignQuery = (label: 'Chapter' | 'Goal') => `UNWIND $rows AS row
MATCH (a:${label} {id: row.from}) MATCH (b:${label} {id: row.to})
MERGE (a)-[r:ALIGNS_WITH]->(b)
SET r = row.props, r.alignedAt = datetime($alignedAt), r.alignerVersion = $alignerVersion`;

function citedRow(c: CitedIndicator): Record<string, unknown> {
  return {
    id: c.id, planId: c.planId, seq: c.seq, name: c.name, unit: c.unit, category: c.category, cumulative: c.cumulative,
    targetRaw: c.target?.raw ?? null, targetValue: c.target?.value ?? null, targetComparator: c.target?.comparator ?? null, targetYear: c.target?.year ?? null,
    lineStart: c.lineStart, lineEnd: c.lineEnd, fromSidecar: Boolean(c.sourceFile), sourceFile: c.sourceFile ?? null, basis: 'cited', sourcePlanId: c.sourcePlanId, sourceIndicatorId: c.sourceIndicatorId, evidence: c.evidence,
  };
}

const runner = (tx: TxRunner, stamp: Stamp) => (cypher: string, params: Record<string, unknown>) => tx.run(cypher, { ...params, ...stamp });

/**
 * What every plan's links depend on: measures and their links, and the cited indicators (which
 * links of later batches point at, so they must exist first). Stale measures and cited indicators
 * go with their links.
 */
export async function writeGlobal(tx: TxRunner, a: Alignment, cat: Catalogue, stamp: Stamp): Promise<void> {
  const run = runner(tx, stamp);
  await run(CLEAR_MEASURES, {});
  const { measures } = cat;
  await run(MEASURES, { rows: measures.map(({ relatedTo: _r, ...m }) => m) });
  await run(STALE_MEASURES, { ids: measures.map((m) => m.id) });
  await run(RELATED, { rows: measures.flatMap((m) => m.relatedTo.map((r) => ({ from: m.id, to: r.measure, why: r.why }))) });
  await run(CITED, { rows: a.cited.map(citedRow) });
  await run(STALE_CITED, { ids: a.cited.map((c) => c.id) });
}

/**
 * The cited indicators of an incremental alignment: those of the recomputed cited plans that
 * changed are written, those no row cites any more go with their links; the others stay as they are.
 */
export async function writeCited(tx: TxRunner, focus: Focus, stamp: Stamp): Promise<void> {
  const run = runner(tx, stamp);
  await run(CITED, { rows: focus.cited.filter((c) => focus.indicators.has(c.id)).map(citedRow) });
  await run(STALE_CITED_OF, { planIds: [...focus.citedPlans], ids: focus.cited.map((c) => c.id) });
}

/**
 * Replaces what the batch's plans had from the aligner with the batch's rows: only those plans
 * change. `focus` (an incremental alignment) is the indicators whose links the partial plans' rows replace.
 */
export async function writeBatch(tx: TxRunner, b: Batch, stamp: Stamp, focus: readonly string[] = []): Promise<void> {
  const run = runner(tx, stamp);
  await run(CLEAR_INDICATORS, { planIds: b.whole });
  await run(CLEAR_REVIEWS, { planIds: b.whole });
  for (const label of ['Chapter', 'Goal'] as const) await run(clearItems(label), { planIds: [...b.whole, ...b.goalPlans] });
  if (b.intoPlans.length > 0) await run(CLEAR_INTO, { planIds: b.intoPlans, ids: focus });
  if (b.own.length > 0) await run(CLEAR_OWN, { ids: b.own });
  await run(INDICATOR_MEASURES, { rows: b.measures });
  await run(MEASURE_CANDIDATES, { rows: b.measureCandidates });
  await run(REVIEWS, { rows: b.reviews });
  await run(CITED_DOMAINS, { rows: b.citedDomains });
  await writeLinks(tx, 'ROLLS_UP_TO', b.rollsUpTo, stamp);
  await writeLinks(tx, 'CANDIDATE', b.candidates, stamp);
  await run(alignQuery('Chapter'), { rows: b.chapters });
  await run(alignQuery('Goal'), { rows: b.goals });
}

/** Roll-up links of one type (rows as `linkRow` makes them), MERGEd on the pair. */
export async function writeLinks(tx: TxRunner, type: 'ROLLS_UP_TO' | 'CANDIDATE', rows: Record<string, unknown>[], stamp: Stamp): Promise<void> {
  await runner(tx, stamp)(linkQuery(type), { rows });
}
