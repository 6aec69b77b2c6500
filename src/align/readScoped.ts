import type { TxRunner } from '../db/executor';
import { citedIndicators, type CitedIndicator } from './cited';
import { CITED_NOW, CITING_ROWS, INDICATORS_OF, ITEMS_OF, LINKING } from './cypher/read';
import { indicator, readCurations } from './read';
import * as shapes from './shapes';
import type { AlignedRecord } from './scope';
import type { Focus, SnapshotPlan, Snapshot } from './types';

// The part of the graph a change to some plans touches, read inside the aligner's write
// transaction. A roll-up link depends only on its two indicators, their plans and the pair's
// curation, so the links to recompute are those with an end among the changed indicators: the
// changed plans' own and the cited indicators derived from (or onto) them. Their counterparts are
// the indicators of the parent region's plans (for the changed plans' own) and of the loaded plans
// of child regions (for links into them). A chapter's or goal's links depend on its own text and
// its parent region's items, so those of the changed plans and of their regions' child plans are
// recomputed. The statements: cypher/read.ts.

export interface ScopedSnapshot {
  snapshot: Snapshot;
  focus: Focus;
}

const present = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;

/**
 * The snapshot an incremental alignment computes from, and its focus. `changed` are plan ids
 * (loaded, now a stub, or gone); `aligned` says which region each plan was in when last aligned,
 * so a plan that left a region (or the graph) still counts for that region's links.
 */
export async function readScoped(
  tx: TxRunner,
  plans: SnapshotPlan[],
  changedIds: readonly string[],
  aligned: ReadonlyMap<string, AlignedRecord>,
): Promise<ScopedSnapshot> {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const changed = new Set(changedIds);
  const loadedChanged = changedIds.filter((id) => byId.get(id)?.loaded === true);
  const { cited, citedPlans, changedCited } = await recomputeCited(tx, plans, changed);

  // Roll-up links: the changed plans' own indicators meet their parent region's; the changed
  // indicators (own and cited) are met by the loaded plans of their region's child regions.
  const regionOf = (id: string) => byId.get(id)?.regionCode ?? null;
  const parentRegions = new Set(loadedChanged.map((id) => byId.get(id)?.parentRegionCode).filter(present));
  const focusRegions = new Set(
    [...loadedChanged, ...cited.filter((c) => changedCited.has(c.id)).map((c) => c.planId)]
      .map(regionOf)
      .filter(present),
  );
  const parentSide = plans.filter((p) => p.regionCode !== null && parentRegions.has(p.regionCode)).map((p) => p.id);
  const childSide = plans
    .filter((p) => p.loaded && p.parentRegionCode !== null && focusRegions.has(p.parentRegionCode))
    .map((p) => p.id);
  const rows = (
    await tx.run(INDICATORS_OF, { planIds: [...new Set([...loadedChanged, ...parentSide, ...childSide])] })
  ).rows.map((r, k) => shapes.indicatorProps(r.i, `indicators[${k}].i`));
  // A recomputed cited plan's indicators are the new ones, not what the graph still holds.
  const indicators = rows
    .filter((r) => r.alignerVersion === null || r.alignerVersion === undefined || !citedPlans.has(String(r.planId)))
    .map(indicator);
  const focusIndicators = new Set([
    ...indicators.filter((i) => changed.has(i.planId) && i.sourceIndicatorId === undefined).map((i) => i.id),
    ...changedCited,
  ]);
  const linkingNow = (await tx.run(LINKING, { ids: [...focusIndicators] })).rows.map((r) => String(r.planId));

  const goalPlans = goalPlansOf(plans, changedIds, aligned);
  const parentsOfGoalPlans = new Set([...goalPlans].map((id) => byId.get(id)?.parentRegionCode).filter(present));
  const itemPlans = [
    ...goalPlans,
    ...plans.filter((p) => p.loaded && p.regionCode !== null && parentsOfGoalPlans.has(p.regionCode)).map((p) => p.id),
  ];
  const items = (await tx.run(ITEMS_OF, { planIds: [...new Set(itemPlans)] })).rows.map((r, k) =>
    shapes.snapshotItem(r, `items[${k}]`),
  );

  return {
    snapshot: { plans, indicators, items, curations: await readCurations(tx) },
    focus: {
      plans: changed,
      indicators: focusIndicators,
      goalPlans,
      linkingPlans: new Set([...childSide, ...linkingNow]),
      citedPlans,
      cited,
    },
  };
}

/**
 * Plans whose chapters' and goals' links are recomputed: the changed loaded plans, and the loaded
 * plans of child regions of every region a changed plan is, or was when last aligned, loaded in
 * (their candidates and bigram weights changed). A changed id the aligner has no record of and no
 * plan has may have been part of any region: then every plan's are recomputed.
 */
function goalPlansOf(
  plans: readonly SnapshotPlan[],
  changedIds: readonly string[],
  aligned: ReadonlyMap<string, AlignedRecord>,
): Set<string> {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const regions = new Set<string>();
  let unknown = false;
  for (const id of changedIds) {
    const now = byId.get(id);
    const before = aligned.get(id);
    if (now?.loaded && now.regionCode) regions.add(now.regionCode);
    if (before?.loaded && before.regionCode) regions.add(before.regionCode);
    if (!now && !before) unknown = true;
  }
  const changed = new Set(changedIds);
  return new Set(
    plans
      .filter(
        (p) =>
          p.loaded && p.parentRegionCode !== null && (unknown || changed.has(p.id) || regions.has(p.parentRegionCode)),
      )
      .map((p) => p.id),
  );
}

/**
 * Recomputes the cited indicators of every not-loaded plan a change may move them on or off, from
 * all the rows that cite those plans (an id taken by one citing row gets the next one a suffix, so
 * a plan's cited set is computed whole). `changedCited` are those whose links must be recomputed:
 * new, derived from another row, derived from a changed plan, or on a changed plan.
 */
async function recomputeCited(
  tx: TxRunner,
  plans: SnapshotPlan[],
  changed: ReadonlySet<string>,
): Promise<{ cited: CitedIndicator[]; citedPlans: Set<string>; changedCited: Set<string> }> {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const stubsIn = (ids: Iterable<string>) => [...ids].filter((id) => byId.get(id)?.loaded === false);
  // A changed plan's rows, and those of plans citing a changed plan (a stub loaded or unloaded), may go to any stub they cite.
  const citers = plans.filter((p) => p.loaded && (changed.has(p.id) || p.basedOn.some((b) => changed.has(b))));
  const stubs = new Set([...stubsIn(citers.flatMap((p) => p.basedOn)), ...stubsIn(changed)]);
  const now = (await tx.run(CITED_NOW, { stubs: [...stubs], plans: [...changed] })).rows;
  const citedPlans = new Set([...stubs, ...now.map((r) => String(r.planId))]);
  const allCiters = plans.filter((p) => p.loaded && p.basedOn.some((b) => citedPlans.has(b))).map((p) => p.id);
  const rows = (await tx.run(CITING_ROWS, { planIds: allCiters })).rows.map((r, k) =>
    indicator(shapes.indicatorProps(r.i, `citing[${k}].i`)),
  );
  const cited = citedIndicators({ plans, indicators: rows }).filter((c) => citedPlans.has(c.planId));
  const before = new Map(now.map((r) => [String(r.id), r.source]));
  const changedCited = new Set(
    cited
      .filter((c) => before.get(c.id) !== c.sourceIndicatorId || changed.has(c.sourcePlanId) || changed.has(c.planId))
      .map((c) => c.id),
  );
  return { cited, citedPlans, changedCited };
}
