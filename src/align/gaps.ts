import type { Link } from './rollUp';
import type { SnapshotIndicator, SnapshotPlan } from './types';

export interface Gap {
  indicatorId: string;
  name: string;
  measure: string | null;
  /** Loaded plans of child regions, covering the indicator's years, with no accepted link into it. */
  plansWithout: string[];
}

const years = (i: SnapshotIndicator) =>
  [i.baseline?.year, i.target?.year].filter((y): y is number => typeof y === 'number');
const covers = (p: SnapshotPlan, ys: number[]) =>
  ys.length === 0 ||
  ys.some((y) => p.periodStart !== null && p.periodEnd !== null && p.periodStart <= y && y <= p.periodEnd);

/**
 * For every indicator of a region that has child regions with loaded plans: which of those plans
 * set no target that rolls up to it. Same rule as the API's contributions query: a child plan
 * counts when its period covers one of the indicator's years.
 */
export function gapsOf(
  plans: readonly SnapshotPlan[],
  indicators: readonly SnapshotIndicator[],
  links: readonly Link[],
  measureOf: (id: string) => string | null,
): Gap[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const planOf = new Map(indicators.map((i) => [i.id, i.planId]));
  const linkedPlans = new Map<string, Set<string>>();
  for (const l of links) {
    if (l.type !== 'ROLLS_UP_TO') continue;
    const set = linkedPlans.get(l.to) ?? new Set<string>();
    set.add(planOf.get(l.from) ?? '');
    linkedPlans.set(l.to, set);
  }
  // Loaded plans by the region they are part of, grouped once: every indicator asks for its region's.
  const childPlans = new Map<string, SnapshotPlan[]>();
  for (const p of plans) {
    if (!p.loaded || !p.parentRegionCode) continue;
    const group = childPlans.get(p.parentRegionCode) ?? [];
    group.push(p);
    childPlans.set(p.parentRegionCode, group);
  }
  return indicators.flatMap((i) => {
    const region = byId.get(i.planId)?.regionCode;
    const children = region ? (childPlans.get(region) ?? []).filter((p) => covers(p, years(i))) : [];
    if (children.length === 0) return [];
    const linked = linkedPlans.get(i.id) ?? new Set<string>();
    return [
      {
        indicatorId: i.id,
        name: i.name,
        measure: measureOf(i.id),
        plansWithout: children
          .filter((p) => !linked.has(p.id))
          .map((p) => p.id)
          .sort(),
      },
    ];
  });
}
