import { indicatorId } from '../graph/ids';
import { dice } from './similarity';
import type { SnapshotIndicator, SnapshotPlan, PrintedValue, Snapshot } from './types';

/** A cell that says the cited plan sets nothing for this row, as opposed to a textual target like 应保尽保. */
const NO_TARGET = /^[\s无\-—－–/]*$/u;

export interface CitedIndicator extends SnapshotIndicator {
  sourceIndicatorId: string;
  sourcePlanId: string;
  evidence: string;
}

const covers = (plan: SnapshotPlan, year: number | null) =>
  year === null ||
  plan.periodStart === null ||
  plan.periodEnd === null ||
  (plan.periodStart <= year && year <= plan.periodEnd);

/**
 * The plan a parent-region column cites: among the plans the citing plan is BASED_ON, the
 * not-yet-loaded one for the parent region whose period covers the column's year; when several
 * fit, the one whose title reads most like the citing plan's (a 公共服务规划 cites its 公共服务规划).
 */
export function citedPlanFor(
  plan: SnapshotPlan,
  year: number | null,
  plans: ReadonlyMap<string, SnapshotPlan>,
): SnapshotPlan | null {
  const fits = plan.basedOn
    .map((id) => plans.get(id))
    .filter(
      (p): p is SnapshotPlan =>
        p !== undefined &&
        !p.loaded &&
        p.regionCode !== null &&
        p.regionCode === plan.parentRegionCode &&
        covers(p, year),
    );
  let best: SnapshotPlan | null = null;
  for (const p of fits)
    if (best === null || dice(p.titleKey, plan.titleKey) > dice(best.titleKey, plan.titleKey)) best = p;
  return best;
}

/** Indicators of cited plans, one per printed parent-region value, with provenance pointing at the printed line. */
export function citedIndicators(snapshot: Pick<Snapshot, 'plans' | 'indicators'>): CitedIndicator[] {
  const plans = new Map(snapshot.plans.map((p) => [p.id, p]));
  const taken = new Set<string>();
  const out: CitedIndicator[] = [];
  for (const ind of [...snapshot.indicators].sort((a, b) => a.planId.localeCompare(b.planId) || a.seq - b.seq)) {
    const value = ind.municipalTarget;
    const source = plans.get(ind.planId);
    if (!value || value.raw === null || NO_TARGET.test(value.raw) || !source?.loaded) continue;
    const cited = citedPlanFor(source, value.year, plans);
    if (!cited) continue;
    const plain = indicatorId(cited.id, ind.seq);
    const id = taken.has(plain) ? `${plain}@${ind.planId}` : plain;
    taken.add(id);
    out.push({
      id,
      planId: cited.id,
      seq: ind.seq,
      name: ind.name,
      unit: ind.unit,
      category: ind.category,
      cumulative: isBracketed(value),
      baseline: null,
      target: value,
      municipalTarget: null,
      lineStart: ind.lineStart,
      lineEnd: ind.lineEnd,
      sourceFile: ind.sourceFile ?? null,
      sourceIndicatorId: ind.id,
      sourcePlanId: ind.planId,
      evidence:
        `parent-region target column of ${ind.planId}, row ${ind.seq}, lines ${ind.lineStart}–${ind.lineEnd}` +
        (ind.sourceFile ? ` of ${ind.sourceFile}` : ''),
    });
  }
  return out;
}

export const isBracketed = (v: PrintedValue | null): boolean => v?.raw?.includes('【') ?? false;
