import type { Alignment } from './align';
import type { Verdict } from './compare';
import type { FoundGaps, Gap } from './gaps';
import type { MeasureReview } from './nearestMeasure';
import { normalName } from './normalise';
import type { Method } from './rollUp';
import { diceOf, profile, type Profile } from './similarity';
import type { Focus, SnapshotIndicator, Snapshot } from './types';

export interface PlanLinks {
  planId: string;
  region: string | null;
  indicators: number;
  linkedIndicators: number;
  byMethod: Partial<Record<Method, number>>;
  candidates: number;
}

export interface Unmatched {
  indicatorId: string;
  name: string;
  measure: string | null;
  best: { indicatorId: string; name: string; score: number } | null;
}

/**
 * An incremental alignment reports on what it recomputed: the aligned plans' links, both ways, and
 * (counts, reviews, gaps) the indicators of theirs whose links it recomputed; a full one on everything.
 */
export interface AlignReport {
  alignedAt: string;
  alignerVersion: string;
  /** 'all': every plan was aligned; 'plans': the changed plans and the links into and out of them. */
  scope: 'all' | 'plans';
  /** Why a request for some plans became a full alignment (null when it did not, or all was asked for). */
  fullBecause: string | null;
  /** Plans whose every link was recomputed: all of them, or the changed ones (a removed plan's id too). */
  alignedPlans: string[];
  /** Other plans some of whose links were recomputed: those linking into the aligned plans, or whose chapters and goals are ranked against theirs. */
  dependentPlans: string[];
  measures: number;
  measuredIndicators: number;
  /** Indicators the catalogue does not resolve, each with its MEASURE_CANDIDATE (or why none): the review list. */
  unmeasuredIndicators: MeasureReview[];
  /** How many of them have a candidate measure. */
  measureCandidates: number;
  citedIndicators: number;
  rollsUpTo: number;
  candidates: number;
  curated: { accepted: number; rejected: number };
  plans: PlanLinks[];
  comparisons: Partial<Record<Verdict, number>>;
  unmatched: Unmatched[];
  /** Parent-region indicators no child plan rolls up to. */
  withoutChildTarget: Gap[];
  gaps: Gap[];
  goalLinks: number;
  /** Write transactions: 1 is the whole alignment at once; more are batches of plans of about `batchRows` rows. */
  transactions: number;
  batchRows: number;
}

export interface ReportStamp {
  alignedAt: string;
  alignerVersion: string;
  fullBecause: string | null;
  measures: number;
  transactions: number;
  batchRows: number;
}

function count<K extends string>(keys: K[]): Partial<Record<K, number>> {
  const acc: Partial<Record<K, number>> = {};
  for (const k of keys) acc[k] = (acc[k] ?? 0) + 1;
  return acc;
}

function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly (string | null | undefined)[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      if (key === null || key === undefined) continue;
      const group = groups.get(key) ?? [];
      group.push(item);
      groups.set(key, group);
    }
  }
  return groups;
}

// Built from lists grouped once (by plan, by region), not by filtering every list for every plan:
// at city scale that was hundreds of thousands of links scanned for each of a thousand plans.
export function buildReport(
  snapshot: Snapshot,
  a: Alignment,
  stamp: ReportStamp,
  found: FoundGaps,
  focus?: Focus,
): AlignReport {
  const accepted = a.links.filter((l) => l.type === 'ROLLS_UP_TO');
  const inFocus = (i: SnapshotIndicator) => !focus || focus.indicators.has(i.id);
  const alignedPlans = focus ? [...focus.plans].sort() : snapshot.plans.map((p) => p.id);
  const aligned = new Set(alignedPlans);
  const dependentPlans = focus
    ? [...new Set([...focus.goalPlans, ...focus.linkingPlans, ...focus.citedPlans])]
        .filter((id) => !aligned.has(id))
        .sort()
    : [];
  const measureOf = (id: string) => a.resolutions.get(id)?.measure?.id ?? null;
  const plans = new Map(snapshot.plans.map((p) => [p.id, p]));
  const children = snapshot.plans.filter((p) => p.loaded && p.parentRegionCode !== null && aligned.has(p.id));
  const ownBy = groupBy(a.indicators, (i) => [i.planId]);
  const byRegion = groupBy(a.indicators, (i) => [plans.get(i.planId)?.regionCode]);
  // An id names one indicator; should two plans share one, the link counts for both, as it always did.
  const plansOf = groupBy(a.indicators, (i) => [i.id]);
  const linksBy = groupBy(a.links, (l) => (plansOf.get(l.from) ?? []).map((i) => i.planId));
  const names = new Map(a.indicators.map((i) => [i.name, profile(normalName(i.name))]));
  const nameOf = (i: Pick<SnapshotIndicator, 'name'>) => names.get(i.name) ?? profile(normalName(i.name));
  const unlinkedBy = groupBy(found.unlinked, (i) => [i.planId]);
  const unmatched: Unmatched[] = [];
  const planLinks = children.map((p): PlanLinks => {
    const own = ownBy.get(p.id) ?? [];
    const mine = linksBy.get(p.id) ?? [];
    const linked = new Set(mine.filter((l) => l.type === 'ROLLS_UP_TO').map((l) => l.from));
    const parents = byRegion.get(p.parentRegionCode ?? '') ?? [];
    for (const i of unlinkedBy.get(p.id) ?? []) {
      const best = nearest(i, parents, nameOf);
      unmatched.push({
        indicatorId: i.id,
        name: i.name,
        measure: measureOf(i.id),
        best: best && best.score > 0 ? best : null,
      });
    }
    return {
      planId: p.id,
      region: p.regionName,
      indicators: own.length,
      linkedIndicators: linked.size,
      byMethod: count(mine.filter((l) => l.type === 'ROLLS_UP_TO').map((l) => l.method)),
      candidates: mine.filter((l) => l.type === 'CANDIDATE').length,
    };
  });
  const gaps: Gap[] = found.gaps.map((g) => ({ ...g, measure: measureOf(g.indicatorId) }));
  return {
    ...stamp,
    scope: focus ? 'plans' : 'all',
    alignedPlans,
    dependentPlans,
    measuredIndicators: a.indicators.filter((i) => inFocus(i) && measureOf(i.id) !== null).length,
    unmeasuredIndicators: a.reviews,
    measureCandidates: a.reviews.filter((r) => r.candidate !== null).length,
    citedIndicators: a.cited.length,
    rollsUpTo: accepted.length,
    candidates: a.links.length - accepted.length,
    curated: {
      accepted: snapshot.curations.filter((c) => c.decision === 'accepted').length,
      rejected: snapshot.curations.filter((c) => c.decision === 'rejected').length,
    },
    plans: planLinks,
    comparisons: count(accepted.map((l) => l.comparison)),
    unmatched,
    withoutChildTarget: gaps.filter((g) => !g.supported),
    gaps,
    goalLinks: a.goals.length,
  };
}

/** The parent indicator whose name reads most like this one's; ties go to the first id. */
function nearest(
  i: Pick<SnapshotIndicator, 'name'>,
  parents: readonly SnapshotIndicator[],
  nameOf: (i: Pick<SnapshotIndicator, 'name'>) => Profile,
): Unmatched['best'] {
  let best: Unmatched['best'] = null;
  for (const m of parents) {
    const score = Math.round(diceOf(nameOf(i), nameOf(m)) * 1000) / 1000;
    if (best === null || score > best.score || (score === best.score && m.id.localeCompare(best.indicatorId) < 0))
      best = { indicatorId: m.id, name: m.name, score };
  }
  return best;
}
