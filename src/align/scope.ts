import { createHash } from 'node:crypto';
import type { TxRunner } from '../db/executor';
import { ALIGNED, DROP_ALIGNED, DROP_OTHERS_ALIGNED, PLAN_VERSIONS, STAMP_ALIGNED } from './cypher/alignedPlans';
import * as shapes from './shapes';
import type { SnapshotPlan, AlignerStamp } from './types';

// Which plans an alignment recomputes. The aligner keeps its own record of every plan as it last
// aligned it, (:AlignedPlan {id, fingerprint, loaded, regionCode, parentRegionCode, alignedWith}): a node of
// its own rather than a property of the Plan, so that it outlives a removed plan and still says which
// region that plan's links belonged to. A plan is stale when its fingerprint (revision, source,
// region, period, the plans it cites …) differs from its record or it has none; a record without
// its plan is a removal. The statements: cypher/alignedPlans.ts.

/** What a record is stamped with: the run, and the aligner version and measure catalogue it aligned with. */
export type AlignedStamp = AlignerStamp & { alignedWith: string };

/** 'all': every plan; 'stale': the plans changed since they were aligned; or these plan ids (loaded, replaced or removed). */
export type AlignRequest = 'all' | 'stale' | readonly string[];

/** A plan as the aligner last aligned it. */
export interface AlignedRecord {
  id: string;
  fingerprint: string | null;
  /** Whether it was loaded then (a stub's region holds no items of its own). */
  loaded: boolean;
  regionCode: string | null;
  parentRegionCode: string | null;
  /** The aligner version and measure catalogue that aligned it. */
  alignedWith: string;
}

export type Scope =
  | { all: true; reason: string }
  | {
      all: false;
      /** The changed plans, sorted: some may no longer exist. */
      plans: string[];
      /** Every plan's record (by id) as last aligned. */
      aligned: Map<string, AlignedRecord>;
    };

/**
 * Everything of a plan the aligner's output depends on, hashed. Its revision (the hash of its load
 * script) covers its rows, items and citations; the source hash and parser version cover a loader
 * that stamps no revision; the rest is what a stub (which has no revision) is known by.
 */
function fingerprintOf(p: SnapshotPlan, v: Record<string, unknown> | undefined): string {
  const parts = [
    p.loaded,
    v?.revision ?? null,
    v?.sha256 ?? null,
    v?.parser ?? null,
    p.titleKey,
    p.periodStart,
    p.periodEnd,
    p.regionCode,
    p.parentRegionCode,
    p.basedOn,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** Every plan's fingerprint, by id. */
export async function fingerprints(tx: TxRunner, plans: readonly SnapshotPlan[]): Promise<Map<string, string>> {
  const versions = new Map((await tx.run(PLAN_VERSIONS)).rows.map((r) => [String(r.id), r]));
  return new Map(plans.map((p) => [p.id, fingerprintOf(p, versions.get(p.id))]));
}

/**
 * What to align for a request. An incremental request becomes a full alignment when nothing was
 * aligned yet, or another aligner version or measure catalogue aligned the graph (then every
 * indicator's measure may differ).
 */
export async function decideScope(
  tx: TxRunner,
  request: AlignRequest,
  plans: readonly SnapshotPlan[],
  prints: ReadonlyMap<string, string>,
  alignedWith: string,
): Promise<Scope> {
  if (request === 'all') return { all: true, reason: 'requested' };
  const records = (await tx.run(ALIGNED)).rows.map((row, k) => shapes.aligned(row, `aligned[${k}]`));
  const aligned = new Map(records.map((a) => [a.id, a]));
  if (aligned.size === 0) return { all: true, reason: 'no plan was aligned before' };
  const other = [...aligned.values()].find((a) => a.alignedWith !== alignedWith);
  if (other) return { all: true, reason: `the graph was aligned with ${other.alignedWith}, this is ${alignedWith}` };
  if (request !== 'stale') return { all: false, plans: [...new Set(request)].sort(), aligned };
  const present = new Set(plans.map((p) => p.id));
  const changed = plans.filter((p) => aligned.get(p.id)?.fingerprint !== prints.get(p.id)).map((p) => p.id);
  if (changed.length > 0 && changed.length === plans.length) return { all: true, reason: 'every plan changed' };
  return { all: false, plans: [...changed, ...[...aligned.keys()].filter((id) => !present.has(id))].sort(), aligned };
}

/** A record of each plan in `ids` that exists, and none for those that do not: they are aligned as they now are. */
export async function stampAligned(
  tx: TxRunner,
  ids: readonly string[],
  plans: readonly SnapshotPlan[],
  prints: ReadonlyMap<string, string>,
  stamp: AlignedStamp,
): Promise<void> {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const rows = ids.flatMap((id) => {
    const p = byId.get(id);
    return p
      ? [
          {
            id,
            fingerprint: prints.get(id) ?? null,
            loaded: p.loaded,
            regionCode: p.regionCode,
            parentRegionCode: p.parentRegionCode,
          },
        ]
      : [];
  });
  await tx.run(STAMP_ALIGNED, { rows, ...stamp });
  await tx.run(DROP_ALIGNED, { ids: ids.filter((id) => !byId.has(id)) });
}

/** After a full alignment: a record of every plan, and none of plans gone from the graph. */
export async function stampAll(
  tx: TxRunner,
  plans: readonly SnapshotPlan[],
  prints: ReadonlyMap<string, string>,
  stamp: AlignedStamp,
): Promise<void> {
  const ids = plans.map((p) => p.id);
  await stampAligned(tx, ids, plans, prints, stamp);
  await tx.run(DROP_OTHERS_ALIGNED, { ids });
}
