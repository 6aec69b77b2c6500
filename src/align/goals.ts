import { pushTo } from './groups';
import { cosine, idfOf, norm, tfidfVector, type Vector } from './similarity';
import type { ItemLabel, ItemRecord, PlanRecord } from './types';

export const GOAL_MIN_SCORE = 0.3;
/** A shared domain alone is not alignment: the wording must overlap too. */
export const GOAL_MIN_TEXT = 0.08;
/** Links kept per district item: its best municipal counterparts, not everything vaguely alike. */
export const GOAL_TOP = 2;
/** Headings say what a chapter is about more sharply than its body, which shares most words with every other chapter. */
const WEIGHT = { title: 0.35, text: 0.25, domain: 0.4 };

export interface GoalLink {
  label: ItemLabel;
  from: string;
  to: string;
  score: number;
  /** The part of the score that comes from headings and text, without the domain overlap. */
  textScore: number;
  sharedDomains: string[];
}

const jaccard = (a: readonly string[], b: readonly string[]) => {
  const union = new Set([...a, ...b]);
  return union.size === 0 ? 0 : a.filter((x) => b.includes(x)).length / union.size;
};

/**
 * Chapters and goals of a plan whose region is PART_OF another, to the same kind of item in the
 * parent region's loaded plans: they must share a domain, and score by domain overlap and TF-IDF
 * cosine over character bigrams. Deterministic: ties break on ids.
 *
 * The bigram weights come from the parent region's items, the texts a district item is ranked
 * against, not from the whole city: so a district item's links depend on its own text and its
 * parent region's plans only, and loading or removing another district's plan changes none of them
 * (what lets the aligner replace only the links a change touches). `from`, when given, limits the
 * plans whose items are linked.
 */
export function goalLinks(plans: readonly PlanRecord[], items: readonly ItemRecord[], from?: ReadonlySet<string>): GoalLink[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const links: GoalLink[] = [];
  for (const label of ['Chapter', 'Goal'] as const) {
    const pool = items
      .filter((i) => i.label === label && `${i.title}${i.text}`.trim() !== '' && byId.get(i.planId)?.loaded)
      .sort((a, b) => a.id.localeCompare(b.id));
    const inRegion = new Map<string, ItemRecord[]>();
    for (const m of pool) {
      const region = byId.get(m.planId)?.regionCode;
      if (region) pushTo(inRegion, region, m);
    }
    // Each parent region's vectors and domain groups, built once and only for regions some item links into.
    const parents = new Map<string, ParentPool>();
    const parentPool = (region: string) => {
      let p = parents.get(region);
      if (!p) parents.set(region, (p = parentPoolOf(inRegion.get(region) ?? [])));
      return p;
    };
    for (const d of pool) {
      const parentRegion = byId.get(d.planId)?.parentRegionCode;
      if (!parentRegion || (from && !from.has(d.planId)) || !inRegion.has(parentRegion)) continue;
      const parent = parentPool(parentRegion);
      const de = parent.entry(d, 0);
      // The parent items sharing a domain with d, each once, in the region's order.
      const sharing = new Map<number, Entry>();
      for (const x of d.domains) for (const e of parent.byDomain.get(x) ?? []) sharing.set(e.at, e);
      const scored = [...sharing.values()]
        .sort((a, b) => a.at - b.at)
        .map(({ item: m, title, text }) => {
          const sharedDomains = d.domains.filter((x) => m.domains.includes(x)).sort();
          const textScore = WEIGHT.title * cosine(de.title.vector, title.vector, de.title.norm, title.norm) + WEIGHT.text * cosine(de.text.vector, text.vector, de.text.norm, text.norm);
          const score = textScore + WEIGHT.domain * jaccard(d.domains, m.domains);
          return { label, from: d.id, to: m.id, score: round(score), textScore: round(textScore), sharedDomains };
        })
        .filter((l) => l.textScore >= GOAL_MIN_TEXT && l.score >= GOAL_MIN_SCORE)
        .sort((a, b) => b.score - a.score || a.to.localeCompare(b.to));
      links.push(...scored.slice(0, GOAL_TOP));
    }
  }
  return links;
}

interface Normed {
  vector: Vector;
  norm: number;
}

interface Entry {
  item: ItemRecord;
  at: number;
  title: Normed;
  text: Normed;
}

interface ParentPool {
  /** An item's vectors weighted by this region's bigrams, with its place in the region. */
  entry: (item: ItemRecord, at: number) => Entry;
  /** The region's items by domain. At city scale (tens of thousands of chapters) comparing every
   * item with every other one does not finish; a pair costs its two cosines only when it shares a domain. */
  byDomain: Map<string, Entry[]>;
}

const titleOf = (i: ItemRecord) => i.title || i.text.slice(0, 40);
const textOf = (i: ItemRecord) => i.text || i.title;

function parentPoolOf(items: readonly ItemRecord[]): ParentPool {
  const titles = idfOf(items.map(titleOf));
  const texts = idfOf(items.map(textOf));
  const normed = (vector: Vector): Normed => ({ vector, norm: norm(vector) });
  const entry = (item: ItemRecord, at: number): Entry => ({ item, at, title: normed(tfidfVector(titleOf(item), titles)), text: normed(tfidfVector(textOf(item), texts)) });
  const byDomain = new Map<string, Entry[]>();
  items.forEach((m, at) => {
    const e = entry(m, at);
    for (const x of new Set(m.domains)) pushTo(byDomain, x, e);
  });
  return { entry, byDomain };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
