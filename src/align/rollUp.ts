import type { Catalogue, Measure, Resolution } from './catalogue';
import { compareValues, type Verdict } from './compare';
import { normalName, normalUnit } from './normalise';
import { dice } from './similarity';
import type { CurationRecord, IndicatorRecord, PlanRecord } from './types';
import { side, valueInYear } from './values';

export type Method = 'exact' | 'normalised' | 'synonym' | 'similar' | 'cited' | 'curated';
export type LinkType = 'ROLLS_UP_TO' | 'CANDIDATE';

/** Name matches through the reviewed catalogue are facts; a bare similarity must clear ACCEPT to be one. */
export const SCORE = { exact: 1, cited: 1, curated: 1, normalised: 0.97, synonym: 0.93 } as const;
export const ACCEPT = 0.85;
export const CANDIDATE_MIN = 0.6;

export interface Link {
  type: LinkType;
  from: string;
  to: string;
  method: Method;
  score: number;
  measure: string | null;
  unitsAgree: boolean | null;
  comparison: Verdict;
  comparisonNote: string;
  ahead: boolean | null;
  comparedYear: number | null;
  districtValueRaw: string | null;
  parentValueRaw: string | null;
  parentValueOf: 'baseline' | 'target' | null;
  note: string | null;
}

export interface RollUpInput {
  plans: PlanRecord[];
  indicators: IndicatorRecord[];
  resolutions: ReadonlyMap<string, Resolution>;
  curations: CurationRecord[];
  catalogue: Catalogue;
}

const measureOf = (r: Resolution | undefined): Measure | null => r?.measure ?? null;
const pairKey = (from: string, to: string) => `${from}\u0000${to}`;

/**
 * Links every indicator of a plan whose region is PART_OF another to the same-measure indicators
 * of the parent region's plans. Levels are never named: a town's plan links to its district's
 * the same way, and chains follow ROLLS_UP_TO transitively.
 */
export function rollUpLinks(input: RollUpInput): Link[] {
  const plans = new Map(input.plans.map((p) => [p.id, p]));
  const curated = new Map(input.curations.map((c) => [pairKey(c.from, c.to), c]));
  const byRegion = new Map<string, IndicatorRecord[]>();
  for (const ind of input.indicators) {
    const region = plans.get(ind.planId)?.regionCode;
    if (!region) continue;
    const group = byRegion.get(region) ?? [];
    group.push(ind);
    byRegion.set(region, group);
  }
  const links: Link[] = [];
  for (const d of input.indicators) {
    const plan = plans.get(d.planId);
    if (!plan?.loaded || !plan.parentRegionCode) continue;
    for (const m of byRegion.get(plan.parentRegionCode) ?? []) {
      const c = curated.get(pairKey(d.id, m.id));
      if (c?.decision === 'rejected') continue;
      if (!c && !contemporary(plan, plans.get(m.planId), d, m)) continue;
      const match = c ? { method: 'curated' as const, score: SCORE.curated } : matchOf(d, m, input.resolutions);
      if (!match) continue;
      const type: LinkType = match.score >= ACCEPT ? 'ROLLS_UP_TO' : 'CANDIDATE';
      links.push(describe(d, m, { ...match, type, note: c?.note ?? null }, input));
    }
  }
  return links;
}

/**
 * A district target serves the parent plans of its own period, and the next one whose baseline
 * year is the district's target year (the city's 2025 value in its 2026–2030 plan); a 2016–2020
 * district plan does not roll up to the city's 2026–2030 targets.
 */
function contemporary(dp: PlanRecord, mp: PlanRecord | undefined, d: IndicatorRecord, m: IndicatorRecord): boolean {
  const overlaps = mp?.periodStart != null && mp.periodEnd != null && dp.periodStart != null && dp.periodEnd != null
    ? mp.periodStart <= dp.periodEnd && dp.periodStart <= mp.periodEnd
    : true;
  return overlaps || valueInYear(m, d.target?.year ?? null) !== null;
}

function matchOf(d: IndicatorRecord, m: IndicatorRecord, res: ReadonlyMap<string, Resolution>): { method: Method; score: number } | null {
  if (m.sourceIndicatorId === d.id) return { method: 'cited', score: SCORE.cited };
  const dm = measureOf(res.get(d.id));
  const mm = measureOf(res.get(m.id));
  if (dm && mm) {
    if (dm.id !== mm.id) return null;
    if (d.name === m.name) return { method: 'exact', score: SCORE.exact };
    return normalName(d.name) === normalName(m.name) ? { method: 'normalised', score: SCORE.normalised } : { method: 'synonym', score: SCORE.synonym };
  }
  // One side is outside the catalogue: only the names can speak, and a different unit silences them.
  const score = dice(normalName(d.name), normalName(m.name));
  if (score < CANDIDATE_MIN || unitsAgree(d, m, dm ?? mm) === false) return null;
  return { method: 'similar', score: Math.round(score * 1000) / 1000 };
}

export function unitsAgree(a: IndicatorRecord, b: IndicatorRecord, measure: Measure | null): boolean | null {
  const fallback = normalUnit(measure?.unit);
  const ua = normalUnit(a.unit) ?? fallback;
  const ub = normalUnit(b.unit) ?? fallback;
  if (ua === ub) return true;
  return ua === null || ub === null ? null : false;
}

function describe(d: IndicatorRecord, m: IndicatorRecord, match: { type: LinkType; method: Method; score: number; note: string | null }, input: RollUpInput): Link {
  const measure = measureOf(input.resolutions.get(d.id)) ?? measureOf(input.resolutions.get(m.id));
  const agree = unitsAgree(d, m, measure);
  const year = d.target?.year ?? null;
  const parent = valueInYear(m, year);
  const cmp =
    !d.target || !parent
      ? { comparison: 'NOT_COMPARABLE' as const, reason: `no parent value for ${year ?? 'the target year'}`, ahead: null }
      : compareValues(side(d, d.target), side(m, parent.value), {
          unitsAgree: agree,
          kind: measure?.kind ?? 'rate',
          higherIsBetter: measure?.higherIsBetter ?? null,
        });
  return {
    ...match,
    from: d.id,
    to: m.id,
    measure: measure?.id ?? null,
    unitsAgree: agree,
    comparison: cmp.comparison,
    comparisonNote: cmp.reason,
    ahead: cmp.ahead,
    comparedYear: year,
    districtValueRaw: d.target?.raw ?? null,
    parentValueRaw: parent?.value.raw ?? null,
    parentValueOf: parent?.of ?? null,
  };
}
