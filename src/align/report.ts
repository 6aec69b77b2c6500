import type { Alignment } from './align';
import type { Verdict } from './compare';
import { gapsOf, type Gap } from './gaps';
import { normalName } from './normalise';
import type { Method } from './rollUp';
import { dice } from './similarity';
import type { Snapshot } from './types';

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

export interface AlignReport {
  alignedAt: string;
  alignerVersion: string;
  measures: number;
  measuredIndicators: number;
  unmeasuredIndicators: string[];
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
}

const count = <K extends string>(keys: K[]): Partial<Record<K, number>> =>
  keys.reduce<Partial<Record<K, number>>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});

export function buildReport(snapshot: Snapshot, a: Alignment, stamp: { alignedAt: string; alignerVersion: string; measures: number }): AlignReport {
  const accepted = a.links.filter((l) => l.type === 'ROLLS_UP_TO');
  const measureOf = (id: string) => a.resolutions.get(id)?.measure?.id ?? null;
  const plans = new Map(snapshot.plans.map((p) => [p.id, p]));
  const children = snapshot.plans.filter((p) => p.loaded && p.parentRegionCode !== null);
  const parentIndicators = (regionCode: string | null) => a.indicators.filter((i) => plans.get(i.planId)?.regionCode === regionCode);
  const unmatched: Unmatched[] = [];
  const planLinks = children.map((p): PlanLinks => {
    const own = a.indicators.filter((i) => i.planId === p.id);
    const linked = new Set(accepted.filter((l) => own.some((i) => i.id === l.from)).map((l) => l.from));
    for (const i of own.filter((x) => !linked.has(x.id))) {
      const best = parentIndicators(p.parentRegionCode)
        .map((m) => ({ indicatorId: m.id, name: m.name, score: Math.round(dice(normalName(i.name), normalName(m.name)) * 1000) / 1000 }))
        .sort((x, y) => y.score - x.score || x.indicatorId.localeCompare(y.indicatorId))[0];
      unmatched.push({ indicatorId: i.id, name: i.name, measure: measureOf(i.id), best: best && best.score > 0 ? best : null });
    }
    const mine = a.links.filter((l) => own.some((i) => i.id === l.from));
    return {
      planId: p.id,
      region: p.regionName,
      indicators: own.length,
      linkedIndicators: linked.size,
      byMethod: count(mine.filter((l) => l.type === 'ROLLS_UP_TO').map((l) => l.method)),
      candidates: mine.filter((l) => l.type === 'CANDIDATE').length,
    };
  });
  const gaps = gapsOf(snapshot.plans, a.indicators, a.links, measureOf);
  return {
    ...stamp,
    measuredIndicators: a.indicators.filter((i) => measureOf(i.id) !== null).length,
    unmeasuredIndicators: a.indicators.filter((i) => measureOf(i.id) === null).map((i) => `${i.id} ${i.name}`),
    citedIndicators: a.cited.length,
    rollsUpTo: accepted.length,
    candidates: a.links.length - accepted.length,
    curated: { accepted: snapshot.curations.filter((c) => c.decision === 'accepted').length, rejected: snapshot.curations.filter((c) => c.decision === 'rejected').length },
    plans: planLinks,
    comparisons: count(accepted.map((l) => l.comparison)),
    unmatched,
    withoutChildTarget: gaps.filter((g) => g.plansWithout.length > 0 && !accepted.some((l) => l.to === g.indicatorId)),
    gaps: gaps.filter((g) => g.plansWithout.length > 0),
    goalLinks: a.goals.length,
  };
}
