import type { Alignment } from './align';
import type { Catalogue } from './catalogue';
import type { GoalLink } from './goals';
import type { Link } from './rollUp';
import type { Snapshot } from './types';

// The alignment split by the plan that owns each row: a row belongs to the plan of the node its
// relationship starts at. A batch of plans is what one write transaction replaces, so its size
// bounds the transaction's memory (one transaction for the whole city ran out of it).

/** Rows per write transaction before a batch of plans closes; a bigger single plan is a batch of its own. */
export const ALIGN_BATCH_ROWS = 20_000;

export type Row = Record<string, unknown>;

/** What the aligner writes for some plans, one list per statement that writes it. */
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

export interface Batch extends PlanRows {
  planIds: string[];
  rows: number;
}

const basisOf = (l: Link) => (l.method === 'cited' ? 'stated' : l.method === 'curated' ? 'curated' : 'inferred');
export const linkRow = ({ from, to, type: _type, ...props }: Link): Row => ({ from, to, props: { ...props, basis: basisOf({ from, to, type: _type, ...props }) } });
const goalRow = ({ from, to, label: _label, ...props }: GoalLink): Row => ({ from, to, props: { ...props, basis: 'inferred', method: 'domain+bigram-tfidf' } });

const empty = (): PlanRows => ({ measures: [], citedDomains: [], rollsUpTo: [], candidates: [], measureCandidates: [], reviews: [], chapters: [], goals: [] });
const sizeOf = (r: PlanRows) => Object.values(r).reduce((n: number, rows: Row[]) => n + rows.length, 0);

/**
 * Every plan's rows, in plan id order. Every plan of the snapshot is there, rows or not, so a
 * plan that no longer gets any link still has its old ones removed; so is any plan id a node in
 * the snapshot carries without its Plan, so nothing the aligner wrote from an orphan survives.
 */
export function rowsByPlan(snapshot: Snapshot, a: Alignment, cat: Catalogue): Map<string, PlanRows> {
  const planOf = new Map<string, string>();
  for (const i of a.indicators) planOf.set(i.id, i.planId);
  for (const i of snapshot.items) planOf.set(i.id, i.planId);
  const ids = new Set([...snapshot.plans.map((p) => p.id), ...planOf.values()]);
  const byPlan = new Map([...ids].sort().map((id) => [id, empty()]));
  const add = (from: string, key: keyof PlanRows, row: Row) => byPlan.get(planOf.get(from) ?? '')?.[key].push(row);
  const cited = new Set(a.cited.map((c) => c.id));
  for (const [id, r] of a.resolutions) {
    if (!r.measure) continue;
    add(id, 'measures', { from: id, to: r.measure.id, method: r.method, score: r.method === 'synonym' ? 0.95 : 1 });
    if (cited.has(id)) add(id, 'citedDomains', { from: id, to: cat.byId.get(r.measure.id)?.domain, evidence: `measure ${r.measure.id}` });
  }
  for (const r of a.reviews) {
    add(r.indicatorId, 'reviews', { id: r.indicatorId, reason: r.reason });
    if (r.candidate) add(r.indicatorId, 'measureCandidates', { from: r.indicatorId, to: r.candidate.measureId, score: r.candidate.score, reason: r.candidate.reason });
  }
  for (const l of a.links) add(l.from, l.type === 'ROLLS_UP_TO' ? 'rollsUpTo' : 'candidates', linkRow(l));
  for (const g of a.goals) add(g.from, g.label === 'Chapter' ? 'chapters' : 'goals', goalRow(g));
  return byPlan;
}

/** Consecutive plans grouped while their rows fit in `limit`; never an empty batch, never a plan split. */
export function batchPlans(byPlan: ReadonlyMap<string, PlanRows>, limit: number = ALIGN_BATCH_ROWS): Batch[] {
  const batches: Batch[] = [];
  let open: Batch | null = null;
  for (const [planId, rows] of byPlan) {
    const size = sizeOf(rows);
    if (open && open.rows > 0 && open.rows + size > limit) open = null;
    if (!open) {
      open = { planIds: [], rows: 0, ...empty() };
      batches.push(open);
    }
    open.planIds.push(planId);
    open.rows += size;
    // A loop, not push(...rows): spreading a list that long overflows the call stack.
    for (const key of Object.keys(rows) as (keyof PlanRows)[]) for (const row of rows[key]) open[key].push(row);
  }
  return batches;
}
