import { pushTo } from './groups';
import { corpusOf, cosinesWith, norm, postingsOf, tfidfVector, type Corpus, type Postings } from './similarity';
import type { SnapshotItemLabel, SnapshotItem, SnapshotPlan } from './types';

export const GOAL_MIN_SCORE = 0.3;
/** A shared domain alone is not alignment: the wording must overlap too. */
export const GOAL_MIN_TEXT = 0.08;
/** Links kept per district item: its best municipal counterparts, not everything vaguely alike. */
export const GOAL_TOP = 2;
/** Headings say what a chapter is about more sharply than its body, which shares most words with every other chapter. */
const WEIGHT = { title: 0.35, text: 0.25, domain: 0.4 };

export interface GoalLink {
  label: SnapshotItemLabel;
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
export function goalLinks(
  plans: readonly SnapshotPlan[],
  items: readonly SnapshotItem[],
  from?: ReadonlySet<string>,
): GoalLink[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const links: GoalLink[] = [];
  for (const label of ['Chapter', 'Goal'] as const) {
    const pool = items
      .filter((i) => i.label === label && `${i.title}${i.text}`.trim() !== '' && byId.get(i.planId)?.loaded)
      .sort((a, b) => a.id.localeCompare(b.id));
    const inRegion = new Map<string, SnapshotItem[]>();
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
      // The parent items sharing a domain with d, each once, in the region's order, and their cosines with d.
      const sharing = new Set<number>();
      const title = queryOf(parent.titles, titleOf(d));
      const text = queryOf(parent.texts, textOf(d));
      for (const x of d.domains) {
        const group = parent.byDomain.get(x);
        if (!group) continue;
        cosinesWith(parent.titles, group.titles, title, parent.titleCosines);
        cosinesWith(parent.texts, group.texts, text, parent.textCosines);
        for (const at of group.titles.members) sharing.add(at);
      }
      const scored: GoalLink[] = [];
      for (const at of [...sharing].sort((a, b) => a - b)) {
        const textScore = round(
          WEIGHT.title * (parent.titleCosines[at] as number) + WEIGHT.text * (parent.textCosines[at] as number),
        );
        if (textScore < GOAL_MIN_TEXT) continue;
        const m = parent.items[at] as SnapshotItem;
        const score = round(
          WEIGHT.title * (parent.titleCosines[at] as number) +
            WEIGHT.text * (parent.textCosines[at] as number) +
            WEIGHT.domain * jaccard(d.domains, m.domains),
        );
        if (score < GOAL_MIN_SCORE) continue;
        scored.push({
          label,
          from: d.id,
          to: m.id,
          score,
          textScore,
          sharedDomains: d.domains.filter((x) => m.domains.includes(x)).sort(),
        });
      }
      scored.sort((a, b) => b.score - a.score || a.to.localeCompare(b.to));
      links.push(...scored.slice(0, GOAL_TOP));
    }
  }
  return links;
}

/** A parent region's items as the district items are ranked against them. */
interface ParentPool {
  items: readonly SnapshotItem[];
  titles: Corpus;
  texts: Corpus;
  /** Each domain's items, indexed by bigram: a pair is scored only when it shares a domain. */
  byDomain: Map<string, { titles: Postings; texts: Postings }>;
  /** Scratch space for one district item's cosines with the items. */
  titleCosines: Float64Array;
  textCosines: Float64Array;
}

/** Headings say what a chapter is about; a goal without one is known by the start of its text. */
const titleOf = (i: SnapshotItem) => i.title || i.text.slice(0, 40);
const textOf = (i: SnapshotItem) => i.text || i.title;
const queryOf = (corpus: Corpus, text: string) => {
  const vector = tfidfVector(text, corpus.idf);
  return { vector, norm: norm(vector) };
};

function parentPoolOf(items: readonly SnapshotItem[]): ParentPool {
  const members = new Map<string, number[]>();
  items.forEach((m, at) => {
    for (const x of new Set(m.domains)) pushTo(members, x, at);
  });
  const titles = corpusOf(items.map(titleOf));
  const texts = corpusOf(items.map(textOf));
  return {
    items,
    titles,
    texts,
    byDomain: new Map(
      [...members].map(([x, ats]) => [x, { titles: postingsOf(titles, ats), texts: postingsOf(texts, ats) }]),
    ),
    titleCosines: new Float64Array(items.length),
    textCosines: new Float64Array(items.length),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
