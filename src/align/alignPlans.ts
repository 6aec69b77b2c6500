import { createHash } from 'node:crypto';
import type { Executor, TxRunner } from '../db/executor';
import { computeAlignment, type Alignment } from './align';
import { ALIGN_BATCH_ROWS, batchPlans, rowsByPlan, type Batch } from './batches';
import { catalogue as defaultCatalogue, type Catalogue } from './catalogue';
import { applyCurations } from './applyCuration';
import { readGaps } from './gaps';
import { readCurationsOf, readPendingCurations, readPlans, readSnapshot } from './read';
import { readScoped } from './readScoped';
import { buildReport, type AlignReport, type ReportStamp } from './report';
import { decideScope, fingerprints, stampAligned, stampAll, type AlignedStamp, type Scope } from './scope';
import type { CurationRecord, Focus, SnapshotPlan, Snapshot, AlignerStamp } from './types';
import { writeBatch, writeCited, writeGlobal } from './write';
import { deriveObservations } from '../progress/deriveObservations';

/** Bumped when the rules change, so links say which rules made them. */
export const ALIGNER_VERSION = 'align-3';

export interface AlignPlansProps {
  executor: Executor;
  catalogue?: Catalogue;
  /** ISO timestamp stamped on everything written; now when omitted. */
  now?: string;
  /** Rows per write transaction (ALIGN_BATCH_ROWS when omitted); tests lower it to force several batches. */
  batchRows?: number;
  /**
   * Which plans to align: every plan when omitted; 'stale', those loaded, replaced or removed since
   * they were last aligned; or these plan ids (as `plangraph add` and `remove` pass the plans they
   * changed). Either way with what depends on them (see readScoped.ts).
   */
  plans?: 'stale' | readonly string[];
}

/** What the first transaction computed and wrote; `finishAlignment` writes the rest and reports. */
export interface FirstAlignment {
  snapshot: Snapshot;
  alignment: Alignment;
  /** Set for an incremental alignment: what it recomputes. */
  focus: Focus | undefined;
  /** Batches after the first, each written in a transaction of its own. */
  rest: Batch[];
  stamp: AlignerStamp;
  report: ReportStamp;
  catalogue: Catalogue;
  /** Records the aligned plans as aligned; run with the last batch, so an interrupted alignment leaves them stale. */
  markAligned: (tx: TxRunner) => Promise<void>;
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
 *
 * An incremental alignment (`plans`) reads only the changed plans, their parent and child regions'
 * plans and the plans citing them, and replaces only the links with an end in a changed plan (and
 * the chapter and goal links ranked against its items): the graph it leaves is the one a full
 * alignment would. The aligned plans are recorded as aligned in the last transaction, so after an
 * interruption they are still stale and `plans: 'stale'` picks them up again.
 */
export async function alignPlans({ executor, ...options }: AlignPlansProps): Promise<AlignReport> {
  const first = await executor.inWriteTransaction((tx) => alignInTransaction(tx, options));
  return finishAlignment(executor, first);
}

/**
 * The first transaction's part of `alignPlans`, inside the caller's transaction: `plangraph add`
 * and `remove` change a plan and align in one transaction, so the change and its links commit together.
 */
export async function alignInTransaction(
  tx: TxRunner,
  { catalogue = defaultCatalogue, now, batchRows = ALIGN_BATCH_ROWS, plans: request }: AlignOptions = {},
): Promise<FirstAlignment> {
  // Checked here: an incremental alignment may have no row to stamp, and Neo4j would never read it.
  if (now !== undefined && Number.isNaN(Date.parse(now))) throw new Error(`now: '${now}' is not an ISO datetime`);
  const stamp = { alignedAt: now ?? new Date().toISOString(), alignerVersion: ALIGNER_VERSION };
  const alignedWith = alignedWithOf(catalogue);
  const plans = await readPlans(tx, null);
  const prints = await fingerprints(tx, plans);
  const scope = await decideScope(tx, request ?? 'all', plans, prints, alignedWith);
  const read = await readFor(tx, scope, plans, prints, { ...stamp, alignedWith });
  const { snapshot, focus } = read;
  // The observations the plans' baselines state follow the MEASURES links, so they go with the last batch.
  const markAligned = async (t: TxRunner) => {
    await read.markAligned(t);
    await deriveObservations(t, focus ? [...focus.plans] : null);
  };
  const alignment = computeAlignment(snapshot, catalogue, focus);
  const batches = batchPlans(rowsByPlan(snapshot, alignment, catalogue, focus), batchRows);
  if (focus) {
    await writeCited(tx, focus, stamp);
    // Decisions recorded by a script (not through curateRollUp) on pairs outside the focus.
    await applyCurations(tx, await readPendingCurations(tx), catalogue, stamp);
  } else {
    await writeGlobal(tx, alignment, catalogue, stamp);
  }
  const focusIds = focus ? [...focus.indicators] : [];
  if (batches[0]) await writeBatch(tx, batches[0], stamp, focusIds);
  if (batches.length <= 1) await markAligned(tx);
  const report = {
    ...stamp,
    fullBecause: scope.all && request !== undefined ? scope.reason : null,
    measures: catalogue.measures.length,
    transactions: Math.max(1, batches.length),
    batchRows,
  };
  return { snapshot, alignment, focus, rest: batches.slice(1), stamp, report, catalogue, markAligned };
}

/**
 * What an alignment computes from (the whole graph, or the part the changed plans touch), and how
 * it records the plans it aligned: every plan, or the changed ones and the cited plans it recomputed
 * (unless one of those changed itself and was not asked for). A stub gone from the graph (its last
 * citation removed, or loaded as a plan) has nothing left to align, and loses its record.
 */
async function readFor(
  tx: TxRunner,
  scope: Scope,
  plans: SnapshotPlan[],
  prints: Map<string, string>,
  stamps: AlignedStamp,
) {
  if (scope.all) {
    const markAligned = (t: TxRunner) => stampAll(t, plans, prints, stamps);
    return { snapshot: await readSnapshot(tx, plans), focus: undefined, markAligned };
  }
  const { snapshot, focus } = await readScoped(tx, plans, scope.plans, scope.aligned);
  const present = new Set(plans.map((p) => p.id));
  const cited = [...focus.citedPlans].filter(
    (id) => !scope.aligned.has(id) || scope.aligned.get(id)?.fingerprint === prints.get(id),
  );
  const goneStubs = [...scope.aligned.values()].filter((a) => !a.loaded && !present.has(a.id)).map((a) => a.id);
  const ids = [...new Set([...scope.plans, ...cited, ...goneStubs])];
  return { snapshot, focus, markAligned: (t: TxRunner) => stampAligned(t, ids, plans, prints, stamps) };
}

/**
 * Writes the batches after the first, one transaction each, and builds the report (its gaps
 * read from the graph once everything is written). A decision
 * recorded since the snapshot (a curation between two batches) has already been applied to its
 * pair, and the batch would write the pair from the older one: under the write lock, each batch
 * re-reads its plans' decisions and re-applies those that changed, so the latest decision wins.
 */
export async function finishAlignment(executor: Executor, first: FirstAlignment): Promise<AlignReport> {
  const known = new Map(first.snapshot.curations.map((c) => [pairKey(c), c]));
  const focusIds = first.focus ? [...first.focus.indicators] : [];
  for (const [k, batch] of first.rest.entries()) {
    await executor.inWriteTransaction(async (tx) => {
      await writeBatch(tx, batch, first.stamp, focusIds);
      const changed = (await readCurationsOf(tx, batch.planIds)).filter((c) => !sameDecision(known.get(pairKey(c)), c));
      await applyCurations(tx, changed, first.catalogue, first.stamp);
      if (k === first.rest.length - 1) await first.markAligned(tx);
    });
  }
  // Gaps are read from the written graph, by the queries the API answers them with. Under the
  // write lock, so no writer changes the links in between, and with a batch's time limit: at
  // city scale they take seconds, more than an API read is allowed.
  const scope = {
    indicatorIds: first.focus ? [...first.focus.indicators] : null,
    planIds: first.focus ? [...first.focus.plans] : null,
  };
  const found = await executor.inWriteTransaction((tx) => readGaps(tx, scope));
  return buildReport(first.snapshot, first.alignment, first.report, found, first.focus);
}

const pairKey = (c: CurationRecord) => JSON.stringify([c.from, c.to]);
const sameDecision = (a: CurationRecord | undefined, b: CurationRecord) =>
  a?.decision === b.decision && a.note === b.note;

const digests = new WeakMap<Catalogue, string>();

/** The aligner version and a digest of the measure catalogue: what every aligned plan must share for an incremental alignment. */
function alignedWithOf(catalogue: Catalogue): string {
  let digest = digests.get(catalogue);
  if (!digest)
    digests.set(
      catalogue,
      (digest = createHash('sha256').update(JSON.stringify(catalogue.measures)).digest('hex').slice(0, 12)),
    );
  return `${ALIGNER_VERSION}/${digest}`;
}
