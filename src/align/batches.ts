import type { Row } from '../db/executor';
import type { Alignment } from './align';
import type { Catalogue } from './catalogue';
import type { GoalLink } from './goals';
import type { Link } from './rollUp';
import type { Focus, Snapshot } from './types';

// The alignment split by the plan that owns each row: a row belongs to the plan of the node its
// relationship starts at. A batch of plans is what one write transaction replaces, so its size
// bounds the transaction's memory (one transaction for the whole city ran out of it).

/** Rows per write transaction before a batch of plans closes; a bigger single plan is a batch of its own. */
export const ALIGN_BATCH_ROWS = 20_000;

/**
 * What the aligner writes for some plans, one list per statement that writes it: links as
 * `{from, to, props}` (every property of the link), review notes as `{id, reason}`.
 */
export interface PlanRows {
  measures: Row[];
  citedDomains: Row[];
  rollsUpTo: Row[];
  candidates: Row[];
  /** MEASURE_CANDIDATE links: unresolved indicator → nearest measure, for review. */
  measureCandidates: Row[];
  /** The review note of every unresolved indicator (a property of the indicator). */
  reviews: Row[];
  chapters: Row[];
  goals: Row[];
}

/** What a plan's rows replace, when not all of the aligner's links from its nodes (an incremental alignment). */
export interface PlanClear {
  /** Every aligner link from the plan's nodes and its indicators' review notes (a full alignment, a changed plan). */
  whole: boolean;
  /** Its chapters' and goals' links. */
  goals: boolean;
  /** Its indicators' links into the focus indicators. */
  into: boolean;
  /** Indicators of its whose own measure links and review are replaced (changed cited indicators). */
  own: string[];
}

const WHOLE: PlanClear = { whole: true, goals: false, into: false, own: [] };

/** A plan's rows and what they replace. */
export type PlanEntry = PlanRows & { clear?: PlanClear };

export interface Batch extends PlanRows {
  planIds: string[];
  rows: number;
  /** Plans whose every aligner link is replaced. */
  whole: string[];
  /** Plans whose chapters' and goals' links are replaced. */
  goalPlans: string[];
  /** Plans whose links into the focus indicators are replaced. */
  intoPlans: string[];
  /** Indicators whose own measure links and review are replaced. */
  own: string[];
}

const basisOf = (l: Link) => (l.method === 'cited' ? 'stated' : l.method === 'curated' ? 'curated' : 'inferred');
export const linkRow = ({ from, to, type: _type, ...props }: Link): Row => ({
  from,
  to,
  props: { ...props, basis: basisOf({ from, to, type: _type, ...props }) },
});
const goalRow = ({ from, to, label: _label, ...props }: GoalLink): Row => ({
  from,
  to,
  props: { ...props, basis: 'inferred', method: 'domain+bigram-tfidf' },
});

const ROW_KEYS = [
  'measures',
  'citedDomains',
  'rollsUpTo',
  'candidates',
  'measureCandidates',
  'reviews',
  'chapters',
  'goals',
] as const;
const empty = (): PlanRows => ({
  measures: [],
  citedDomains: [],
  rollsUpTo: [],
  candidates: [],
  measureCandidates: [],
  reviews: [],
  chapters: [],
  goals: [],
});
const sizeOf = (r: PlanRows) => ROW_KEYS.reduce((n, key) => n + r[key].length, 0);

/**
 * Every plan's rows, in plan id order. Every plan of the snapshot is there, rows or not, so a
 * plan that no longer gets any link still has its old ones removed; so is any plan id a node in
 * the snapshot carries without its Plan, so nothing the aligner wrote from an orphan survives.
 *
 * With a focus, the plans whose links it recomputes, each with what its rows replace: the changed
 * plans all of theirs, the others their links into the focus indicators, their chapters' and
 * goals' links, or their changed cited indicators' measure links.
 */
export function rowsByPlan(snapshot: Snapshot, a: Alignment, cat: Catalogue, focus?: Focus): Map<string, PlanEntry> {
  const planOf = new Map<string, string>();
  for (const i of a.indicators) planOf.set(i.id, i.planId);
  for (const i of snapshot.items) planOf.set(i.id, i.planId);
  const byPlan = focus
    ? focusedPlans(focus, a)
    : new Map(
        [...new Set([...snapshot.plans.map((p) => p.id), ...planOf.values()])]
          .sort()
          .map((id): [string, PlanEntry] => [id, empty()]),
      );
  const add = (from: string, key: keyof PlanRows, row: Row) => byPlan.get(planOf.get(from) ?? '')?.[key].push(row);
  const measured = (id: string) => !focus || focus.indicators.has(id);
  const cited = new Set(a.cited.map((c) => c.id));
  for (const [id, r] of a.resolutions) {
    if (!r.measure || !measured(id)) continue;
    add(id, 'measures', {
      from: id,
      to: r.measure.id,
      props: { method: r.method, score: r.method === 'synonym' ? 0.95 : 1, basis: 'inferred' },
    });
    if (cited.has(id))
      add(id, 'citedDomains', {
        from: id,
        to: cat.byId.get(r.measure.id)?.domain,
        props: { basis: 'inferred', method: 'measure', evidence: `measure ${r.measure.id}` },
      });
  }
  for (const r of a.reviews) {
    add(r.indicatorId, 'reviews', { id: r.indicatorId, reason: r.reason });
    if (!r.candidate) continue;
    // A candidate, not a MEASURES link: the indicator stays unmeasured until a reviewer adds its name to the catalogue.
    const props = { score: r.candidate.score, reason: r.candidate.reason, method: 'similar', basis: 'inferred' };
    add(r.indicatorId, 'measureCandidates', { from: r.indicatorId, to: r.candidate.measureId, props });
  }
  for (const l of a.links) add(l.from, l.type === 'ROLLS_UP_TO' ? 'rollsUpTo' : 'candidates', linkRow(l));
  for (const g of a.goals) add(g.from, g.label === 'Chapter' ? 'chapters' : 'goals', goalRow(g));
  return byPlan;
}

/** The plans an incremental alignment writes to, each with what it replaces. */
function focusedPlans(focus: Focus, a: Alignment): Map<string, PlanEntry> {
  const clears = new Map<string, PlanClear>();
  const clearOf = (id: string) => {
    let c = clears.get(id);
    if (!c) clears.set(id, (c = { whole: false, goals: false, into: false, own: [] }));
    return c;
  };
  for (const id of focus.plans) clearOf(id).whole = true;
  for (const id of focus.goalPlans) clearOf(id).goals = true;
  for (const id of focus.linkingPlans) clearOf(id).into = true;
  for (const c of a.cited) if (focus.indicators.has(c.id)) clearOf(c.planId).own.push(c.id);
  return new Map(
    [...clears.keys()].sort().map((id): [string, PlanEntry] => [id, { ...empty(), clear: clears.get(id) }]),
  );
}

/** Consecutive plans grouped while their rows fit in `limit`; never an empty batch, never a plan split. */
export function batchPlans(byPlan: ReadonlyMap<string, PlanEntry>, limit: number = ALIGN_BATCH_ROWS): Batch[] {
  const batches: Batch[] = [];
  let open: Batch | null = null;
  for (const [planId, rows] of byPlan) {
    const size = sizeOf(rows);
    if (open && open.rows > 0 && open.rows + size > limit) open = null;
    if (!open) {
      open = { planIds: [], rows: 0, whole: [], goalPlans: [], intoPlans: [], own: [], ...empty() };
      batches.push(open);
    }
    open.planIds.push(planId);
    open.rows += size;
    const clear = rows.clear ?? WHOLE;
    if (clear.whole) open.whole.push(planId);
    if (clear.goals && !clear.whole) open.goalPlans.push(planId);
    if (clear.into && !clear.whole) open.intoPlans.push(planId);
    if (!clear.whole) for (const id of clear.own) open.own.push(id);
    // A loop, not push(...rows): spreading a list that long overflows the call stack.
    for (const key of ROW_KEYS) for (const row of rows[key]) open[key].push(row);
  }
  return batches;
}
