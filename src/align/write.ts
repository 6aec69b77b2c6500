import type { TxRunner } from '../db/executor';
import type { Alignment } from './align';
import type { Batch } from './batches';
import type { Catalogue } from './catalogue';
import type { CitedIndicator } from './cited';
import {
  CITED,
  CLEAR_MEASURES,
  MEASURES,
  RELATED,
  REVIEWS,
  STALE_CITED,
  STALE_CITED_OF,
  STALE_MEASURES,
  SWEEP_OWN_REVIEWS,
  SWEEP_REVIEWS,
} from './cypher/write';
import { writeBatchLinks } from './links';
import type { Focus, AlignerStamp } from './types';

// Everything the aligner writes carries alignerVersion, which is how a rerun finds (and only
// finds) its own previous output. Curated links are rewritten from the (:Curation) records.
// Measure-level links are replaced once per run; every other link starts at a node with a planId
// and is replaced with the batch of plans it belongs to (the planId indexes find those nodes), by
// difference (links.ts). Links are MERGEd on the pair and the type, never CREATEd: one link per
// pair and type whatever else wrote it (the write lock already serialises writers; this holds
// even without it). The statements: cypher/write.ts.

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
