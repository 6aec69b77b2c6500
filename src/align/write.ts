import type { TxRunner } from '../db/executor';
import type { Alignment } from './align';
import type { Batch } from './batches';
import type { Catalogue } from './catalogue';
import type { CitedIndicator } from './cited';
import { writeBatchLinks } from './links';
import type { Focus, AlignerStamp } from './types';

// Everything the aligner writes carries alignerVersion, which is how a rerun finds (and only
// finds) its own previous output. Curated links are rewritten from the (:Curation) records.
// Measure-level links are replaced once per run; every other link starts at a node with a planId
// and is replaced with the batch of plans it belongs to (the planId indexes find those nodes), by
// difference (links.ts). Links are MERGEd on the pair and the type, never CREATEd: one link per
// pair and type whatever else wrote it (the write lock already serialises writers; this holds
// even without it).
const CLEAR_MEASURES = `MATCH (:Measure)-[r:IN_DOMAIN|RELATED_TO]->()
WHERE r.alignerVersion IS NOT NULL DELETE r`;
// The review note is the one property the aligner sets on a plan's own indicators (they carry no
// alignerVersion: that marks nodes it creates), so it is found by name and replaced per batch too.
const SWEEP_REVIEWS = `MATCH (i:Indicator) WHERE i.planId IN $planIds AND i.measureReview IS NOT NULL AND NOT i.id IN $reviewed
REMOVE i.measureReview`;
const SWEEP_OWN_REVIEWS = `UNWIND $ids AS id MATCH (i:Indicator {id: id}) WHERE i.measureReview IS NOT NULL AND NOT i.id IN $reviewed
REMOVE i.measureReview`;

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

const REVIEWS = `UNWIND $rows AS row
MATCH (i:Indicator {id: row.id})
SET i.measureReview = row.reason`;

function citedRow(c: CitedIndicator): Record<string, unknown> {
  return {
    id: c.id,
    planId: c.planId,
    seq: c.seq,
    name: c.name,
    unit: c.unit,
    category: c.category,
    cumulative: c.cumulative,
    targetRaw: c.target?.raw ?? null,
    targetValue: c.target?.value ?? null,
    targetComparator: c.target?.comparator ?? null,
    targetYear: c.target?.year ?? null,
    lineStart: c.lineStart,
    lineEnd: c.lineEnd,
    fromSidecar: Boolean(c.sourceFile),
    sourceFile: c.sourceFile ?? null,
    basis: 'cited',
    sourcePlanId: c.sourcePlanId,
    sourceIndicatorId: c.sourceIndicatorId,
    evidence: c.evidence,
  };
}

const runner = (tx: TxRunner, stamp: AlignerStamp) => (cypher: string, params: Record<string, unknown>) =>
  tx.run(cypher, { ...params, ...stamp });

/**
 * What every plan's links depend on: measures and their links, and the cited indicators (which
 * links of later batches point at, so they must exist first). Stale measures and cited indicators
 * go with their links.
 */
export async function writeGlobal(tx: TxRunner, a: Alignment, cat: Catalogue, stamp: AlignerStamp): Promise<void> {
  const run = runner(tx, stamp);
  await run(CLEAR_MEASURES, {});
  const { measures } = cat;
  await run(MEASURES, { rows: measures.map(({ relatedTo: _r, ...m }) => m) });
  await run(STALE_MEASURES, { ids: measures.map((m) => m.id) });
  await run(RELATED, {
    rows: measures.flatMap((m) => m.relatedTo.map((r) => ({ from: m.id, to: r.measure, why: r.why }))),
  });
  await run(CITED, { rows: a.cited.map(citedRow) });
  await run(STALE_CITED, { ids: a.cited.map((c) => c.id) });
}

/**
 * The cited indicators of an incremental alignment: those of the recomputed cited plans that
 * changed are written, those no row cites any more go with their links; the others stay as they are.
 */
export async function writeCited(tx: TxRunner, focus: Focus, stamp: AlignerStamp): Promise<void> {
  const run = runner(tx, stamp);
  await run(CITED, { rows: focus.cited.filter((c) => focus.indicators.has(c.id)).map(citedRow) });
  await run(STALE_CITED_OF, { planIds: [...focus.citedPlans], ids: focus.cited.map((c) => c.id) });
}

/**
 * Replaces what the batch's plans had from the aligner with the batch's rows: only those plans
 * change. `focus` (an incremental alignment) is the indicators whose links the partial plans' rows replace.
 */
export async function writeBatch(
  tx: TxRunner,
  b: Batch,
  stamp: AlignerStamp,
  focus: readonly string[] = [],
): Promise<void> {
  await writeBatchLinks(tx, b, stamp, focus);
  const run = runner(tx, stamp);
  const reviewed = b.reviews.map((r) => r.id);
  await run(REVIEWS, { rows: b.reviews });
  await run(SWEEP_REVIEWS, { planIds: b.whole, reviewed });
  if (b.own.length > 0) await run(SWEEP_OWN_REVIEWS, { ids: b.own, reviewed });
}
