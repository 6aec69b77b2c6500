import type { Executor } from '../db/executor';
import { computeAlignment } from './align';
import { catalogue as defaultCatalogue, type Catalogue } from './catalogue';
import { readSnapshot } from './read';
import { buildReport, type AlignReport } from './report';
import { writeAlignment } from './write';

/** Bumped when the rules change, so links say which rules made them. */
export const ALIGNER_VERSION = 'align-1';

export interface AlignPlansProps {
  executor: Executor;
  catalogue?: Catalogue;
  /** ISO timestamp stamped on everything written; now when omitted. */
  now?: string;
}

/**
 * (Re)computes measures, cited indicators, roll-up links, comparisons and goal alignments in one
 * write transaction: it reads the graph, replaces its own previous output (never a curation
 * record) and returns the report. Running it twice leaves the same graph.
 */
export async function alignPlans({ executor, catalogue = defaultCatalogue, now }: AlignPlansProps): Promise<AlignReport> {
  const stamp = { alignedAt: now ?? new Date().toISOString(), alignerVersion: ALIGNER_VERSION };
  return executor.inWriteTransaction(async (tx) => {
    const snapshot = await readSnapshot(tx);
    const alignment = computeAlignment(snapshot, catalogue);
    await writeAlignment(tx, alignment, catalogue, stamp);
    return buildReport(snapshot, alignment, { ...stamp, measures: catalogue.measures.length });
  });
}
