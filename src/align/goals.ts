import { cosine, norm, tfidf, type Vector } from './similarity';
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
 */
export function goalLinks(plans: readonly PlanRecord[], items: readonly ItemRecord[]): GoalLink[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const links: GoalLink[] = [];
  for (const label of ['Chapter', 'Goal'] as const) {
    const pool = items
      .filter((i) => i.label === label && `${i.title}${i.text}`.trim() !== '' && byId.get(i.planId)?.loaded)
      .sort((a, b) => a.id.localeCompare(b.id));
    const titles = vectorsOf(pool, (i) => i.title || i.text.slice(0, 40));
    const texts = vectorsOf(pool, (i) => i.text || i.title);
    // Grouped once by region and domain, and cosines only for pairs that share a domain: at city
    // scale (tens of thousands of chapters) comparing every item with every other one does not
    // finish, and even checking each pair for a shared domain is tens of millions of checks.
    // Each entry carries its vectors and its place in the region, so a pair costs its two cosines.
    const entry = (item: ItemRecord, at: number): Entry => ({ item, at, title: titles.get(item.id) ?? NONE, text: texts.get(item.id) ?? NONE });
    const byRegion = new Map<string, Map<string, Entry[]>>();
    const sizes = new Map<string, number>();
    for (const m of pool) {
      const region = byId.get(m.planId)?.regionCode;
      if (!region) continue;
      const at = sizes.get(region) ?? 0;
      sizes.set(region, at + 1);
      const byDomain = byRegion.get(region) ?? new Map<string, Entry[]>();
      byRegion.set(region, byDomain);
      const e = entry(m, at);
      for (const x of new Set(m.domains)) {
        const group = byDomain.get(x) ?? [];
        group.push(e);
        byDomain.set(x, group);
      }
    }
    for (const d of pool) {
      const parentRegion = byId.get(d.planId)?.parentRegionCode;
      if (!parentRegion) continue;
      const de = entry(d, 0);
      const byDomain = byRegion.get(parentRegion);
      // The parent items sharing a domain with d, each once, in the region's order.
      const sharing = new Map<number, Entry>();
      for (const x of d.domains) for (const e of byDomain?.get(x) ?? []) sharing.set(e.at, e);
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

const NONE: Normed = { vector: new Map(), norm: 0 };

/** Each vector with its norm, computed once: an item is compared with every parent item it shares a domain with. */
function vectorsOf(pool: readonly ItemRecord[], text: (i: ItemRecord) => string): Map<string, Normed> {
  const docs = tfidf(pool.map(text));
  return new Map(
    pool.map((item, k) => {
      const vector = docs[k] ?? new Map<string, number>();
      return [item.id, { vector, norm: norm(vector) }];
    }),
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;
