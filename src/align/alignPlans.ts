import type { Executor } from '../db/executor';
import { computeAlignment } from './align';
import { ALIGN_BATCH_ROWS, batchPlans, rowsByPlan } from './batches';
import { catalogue as defaultCatalogue, type Catalogue } from './catalogue';
import { readSnapshot } from './read';
import { buildReport, type AlignReport } from './report';
import { writeBatch, writeGlobal } from './write';

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
export async function alignPlans({ executor, catalogue = defaultCatalogue, now, batchRows = ALIGN_BATCH_ROWS }: AlignPlansProps): Promise<AlignReport> {
  const stamp = { alignedAt: now ?? new Date().toISOString(), alignerVersion: ALIGNER_VERSION };
  const { snapshot, alignment, batches } = await executor.inWriteTransaction(async (tx) => {
    const snapshot = await readSnapshot(tx);
    const alignment = computeAlignment(snapshot, catalogue);
    const batches = batchPlans(rowsByPlan(snapshot, alignment, catalogue), batchRows);
    await writeGlobal(tx, alignment, catalogue, stamp);
    if (batches[0]) await writeBatch(tx, batches[0], stamp);
    return { snapshot, alignment, batches };
  });
  for (const batch of batches.slice(1)) await executor.inWriteTransaction((tx) => writeBatch(tx, batch, stamp));
  return buildReport(snapshot, alignment, { ...stamp, measures: catalogue.measures.length, transactions: Math.max(1, batches.length), batchRows });
}
