import type { Catalogue, Measure, Resolution } from './catalogue';
import { compareValues, type Verdict } from './compare';
import { pushTo } from './groups';
import { normalName, normalUnit } from './normalise';
import { diceOf, profile, type Profile } from './similarity';
import type { CurationRecord, SnapshotIndicator, SnapshotPlan } from './types';
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
  plans: SnapshotPlan[];
  indicators: SnapshotIndicator[];
  resolutions: ReadonlyMap<string, Resolution>;
  curations: CurationRecord[];
  catalogue: Catalogue;
  /**
   * When given, only the pairs with an end among these indicator ids: an incremental alignment
   * replaces just the links that touch what changed (every other pair is decided the same way).
   */
  only?: ReadonlySet<string>;
}

const measureOf = (r: Resolution | undefined): Measure | null => r?.measure ?? null;

interface Candidate {
  ind: SnapshotIndicator;
  measure: Measure | null;
  /** Its place in its region, so a subset of a region's candidates keeps the region's order. */
  at: number;
}

/**
 * A region's indicators as the child regions' indicators meet them. Every district indicator
 * meeting every indicator of its parent region is tens of millions of pairs in a city, nearly all
 * rejected for measuring something else; a district indicator with a catalogue measure can only
 * match one of the same measure, one without a measure, the value its own row cites, or one a
 * reviewer decided on, so it meets just those.
 */
class RegionIndicators {
  readonly all: Candidate[] = [];
  private readonly byMeasure = new Map<string, Candidate[]>();
  private readonly unmeasured: Candidate[] = [];
  private readonly bySource = new Map<string, Candidate[]>();
  private readonly byId = new Map<string, Candidate>();

  add(ind: SnapshotIndicator, measure: Measure | null): void {
    const c = { ind, measure, at: this.all.length };
    this.all.push(c);
    if (measure) pushTo(this.byMeasure, measure.id, c);
    else this.unmeasured.push(c);
    if (ind.sourceIndicatorId !== undefined) pushTo(this.bySource, ind.sourceIndicatorId, c);
    this.byId.set(ind.id, c);
  }

  /** Those `d` (of measure `dm`) can match, in the region's order. */
  candidatesFor(
    d: SnapshotIndicator,
    dm: Measure | null,
    decisions: ReadonlyMap<string, unknown> | undefined,
  ): Candidate[] {
    if (!dm) return this.all;
    const picked = new Map<number, Candidate>();
    for (const list of [this.byMeasure.get(dm.id), this.unmeasured, this.bySource.get(d.id)])
      for (const c of list ?? []) picked.set(c.at, c);
    for (const id of decisions?.keys() ?? []) {
      const c = this.byId.get(id);
      if (c) picked.set(c.at, c);
    }
    return [...picked.values()].sort((a, b) => a.at - b.at);
  }
}

/**
 * Links every indicator of a plan whose region is PART_OF another to the same-measure indicators
 * of the parent region's plans. Levels are never named: a town's plan links to its district's
 * the same way, and chains follow ROLLS_UP_TO transitively.
 */
export function rollUpLinks(input: RollUpInput): Link[] {
  const plans = new Map(input.plans.map((p) => [p.id, p]));
  const curated = new Map<string, Map<string, CurationRecord>>();
  for (const c of input.curations)
    curated.set(c.from, (curated.get(c.from) ?? new Map<string, CurationRecord>()).set(c.to, c));
  const byRegion = new Map<string, RegionIndicators>();
  // With `only`, an indicator outside it meets only the parent indicators inside it.
  const focusByRegion = new Map<string, RegionIndicators>();
  const indexIn = (index: Map<string, RegionIndicators>, region: string) => {
    let r = index.get(region);
    if (!r) index.set(region, (r = new RegionIndicators()));
    return r;
  };
  for (const ind of input.indicators) {
    const region = plans.get(ind.planId)?.regionCode;
    if (!region) continue;
    const measure = measureOf(input.resolutions.get(ind.id));
    indexIn(byRegion, region).add(ind, measure);
    if (input.only?.has(ind.id)) indexIn(focusByRegion, region).add(ind, measure);
  }
  const names = new Map<string, Profile>();
  const nameOf = (i: SnapshotIndicator): Profile => {
    let p = names.get(i.name);
    if (!p) names.set(i.name, (p = profile(normalName(i.name))));
    return p;
  };
  const links: Link[] = [];
  for (const d of input.indicators) {
    const plan = plans.get(d.planId);
    if (!plan?.loaded || !plan.parentRegionCode) continue;
    const dm = measureOf(input.resolutions.get(d.id));
    const decisions = curated.get(d.id);
    const parents = (!input.only || input.only.has(d.id) ? byRegion : focusByRegion).get(plan.parentRegionCode);
    for (const { ind: m, measure: mm } of parents?.candidatesFor(d, dm, decisions) ?? []) {
      const c = decisions?.get(m.id);
      if (c?.decision === 'rejected') continue;
      // Two different catalogue measures never match, unless m is the value d's own row cites (matchOf's first rule).
      if (!c && dm && mm && dm.id !== mm.id && m.sourceIndicatorId !== d.id) continue;
      if (!c && !contemporary(plan, plans.get(m.planId), d, m)) continue;
      const match = c ? { method: 'curated' as const, score: SCORE.curated } : matchOf(d, m, dm, mm, nameOf);
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
function contemporary(
  dp: SnapshotPlan,
  mp: SnapshotPlan | undefined,
  d: SnapshotIndicator,
  m: SnapshotIndicator,
): boolean {
  const overlaps =
    mp?.periodStart != null && mp.periodEnd != null && dp.periodStart != null && dp.periodEnd != null
      ? mp.periodStart <= dp.periodEnd && dp.periodStart <= mp.periodEnd
      : true;
  return overlaps || valueInYear(m, d.target?.year ?? null) !== null;
}

function matchOf(
  d: SnapshotIndicator,
  m: SnapshotIndicator,
  dm: Measure | null,
  mm: Measure | null,
  nameOf: (i: SnapshotIndicator) => Profile,
): { method: Method; score: number } | null {
  if (m.sourceIndicatorId === d.id) return { method: 'cited', score: SCORE.cited };
  if (dm && mm) {
    if (dm.id !== mm.id) return null;
    if (d.name === m.name) return { method: 'exact', score: SCORE.exact };
    return nameOf(d).text === nameOf(m).text
      ? { method: 'normalised', score: SCORE.normalised }
      : { method: 'synonym', score: SCORE.synonym };
  }
  // One side is outside the catalogue: only the names can speak, and a different unit silences them.
  const score = diceOf(nameOf(d), nameOf(m));
  if (score < CANDIDATE_MIN || unitsAgree(d, m, dm ?? mm) === false) return null;
  return { method: 'similar', score: Math.round(score * 1000) / 1000 };
}

export function unitsAgree(a: SnapshotIndicator, b: SnapshotIndicator, measure: Measure | null): boolean | null {
  const fallback = normalUnit(measure?.unit);
  const ua = normalUnit(a.unit) ?? fallback;
  const ub = normalUnit(b.unit) ?? fallback;
  if (ua === ub) return true;
  return ua === null || ub === null ? null : false;
}

/** The link d → m with its comparison; curating one pair (applyCuration.ts) describes it the same way. */
export function describe(
  d: SnapshotIndicator,
  m: SnapshotIndicator,
  match: { type: LinkType; method: Method; score: number; note: string | null },
  input: Pick<RollUpInput, 'resolutions'>,
): Link {
  const measure = measureOf(input.resolutions.get(d.id)) ?? measureOf(input.resolutions.get(m.id));
  const agree = unitsAgree(d, m, measure);
  const year = d.target?.year ?? null;
  const parent = valueInYear(m, year);
  const cmp =
    !d.target || !parent
      ? {
          comparison: 'NOT_COMPARABLE' as const,
          reason: `no parent value for ${year ?? 'the target year'}`,
          ahead: null,
        }
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
