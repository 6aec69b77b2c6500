import type { Executor, TxRunner } from '../db/executor';
import { computeAlignment, type Alignment } from './align';
import { ALIGN_BATCH_ROWS, batchPlans, rowsByPlan, type Batch } from './batches';
import { catalogue as defaultCatalogue, type Catalogue } from './catalogue';
import { applyCurations } from './applyCuration';
import { readCurationsOf, readSnapshot } from './read';
import { buildReport, type AlignReport, type ReportStamp } from './report';
import type { CurationRecord, Snapshot } from './types';
import { writeBatch, writeGlobal, type Stamp } from './write';

/** Bumped when the rules change, so links say which rules made them. */
export const ALIGNER_VERSION = 'align-2';

export interface AlignPlansProps {
  executor: Executor;
  catalogue?: Catalogue;
  /** ISO timestamp stamped on everything written; now when omitted. */
  now?: string;
  /** Rows per write transaction (ALIGN_BATCH_ROWS when omitted); tests lower it to force several batches. */
  batchRows?: number;
}

/** What the first transaction computed and wrote; `finishAlignment` writes the rest and reports. */
export interface FirstAlignment {
  snapshot: Snapshot;
  alignment: Alignment;
  /** Batches after the first, each written in a transaction of its own. */
  rest: Batch[];
  stamp: Stamp;
  report: ReportStamp;
  catalogue: Catalogue;
}

export type AlignOptions = Omit<AlignPlansProps, 'executor'>;

/**
 * (Re)computes measures, cited indicators, roll-up links, comparisons and goal alignments: it
 * reads the graph, replaces its own previous output (never a curation record) and returns the
 * report. Running it twice leaves the same graph.
 *
 * The first write transaction reads, computes, writes what all plans share and the first batch
 * of plans; every further batch is a transaction of its own. With one batch (the bundled plans)
 * that is the whole alignment in one transaction, all or nothing, as before. With several, each
 * plan's links are replaced atomically: a failure part-way leaves every plan with its complete old
 * or its complete new links, and a rerun converges (so does a plan loaded between two batches,
 * which later batches write from the snapshot read before it). A city's alignment in one
 * transaction exceeded Neo4j's transaction memory, which is what the batches bound.
 */
export async function alignPlans({ executor, ...options }: AlignPlansProps): Promise<AlignReport> {
  const first = await executor.inWriteTransaction((tx) => alignInTransaction(tx, options));
  return finishAlignment(executor, first);
}

/**
 * The first transaction's part of `alignPlans`, inside the caller's transaction: `plangraph add`
 * and `remove` change a plan and align in one transaction, so the change and its links commit together.
 */
export async function alignInTransaction(tx: TxRunner, { catalogue = defaultCatalogue, now, batchRows = ALIGN_BATCH_ROWS }: AlignOptions = {}): Promise<FirstAlignment> {
  const stamp = { alignedAt: now ?? new Date().toISOString(), alignerVersion: ALIGNER_VERSION };
  const snapshot = await readSnapshot(tx);
  const alignment = computeAlignment(snapshot, catalogue);
  const batches = batchPlans(rowsByPlan(snapshot, alignment, catalogue), batchRows);
  await writeGlobal(tx, alignment, catalogue, stamp);
  if (batches[0]) await writeBatch(tx, batches[0], stamp);
  const report = { ...stamp, measures: catalogue.measures.length, transactions: Math.max(1, batches.length), batchRows };
  return { snapshot, alignment, rest: batches.slice(1), stamp, report, catalogue };
}

/**
 * Writes the batches after the first, one transaction each, and builds the report. A decision
 * recorded since the snapshot (a curation between two batches) has already been applied to its
 * pair, and the batch would write the pair from the older one: under the write lock, each batch
 * re-reads its plans' decisions and re-applies those that changed, so the latest decision wins.
 */
export async function finishAlignment(executor: Executor, first: FirstAlignment): Promise<AlignReport> {
  const known = new Map(first.snapshot.curations.map((c) => [pairKey(c), c]));
  for (const batch of first.rest) {
    await executor.inWriteTransaction(async (tx) => {
      await writeBatch(tx, batch, first.stamp);
      const changed = (await readCurationsOf(tx, batch.planIds)).filter((c) => !sameDecision(known.get(pairKey(c)), c));
      await applyCurations(tx, changed, first.catalogue, first.stamp);
    });
  }
  return buildReport(first.snapshot, first.alignment, first.report);
}

const pairKey = (c: CurationRecord) => JSON.stringify([c.from, c.to]);
const sameDecision = (a: CurationRecord | undefined, b: CurationRecord) => a?.decision === b.decision && a.note === b.note;
