import { cosine, tfidf, type Vector } from './similarity';
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
    // Grouped once by region, and cosines only for pairs that share a domain: at city scale
    // (tens of thousands of chapters) comparing every item with every other one does not finish.
    const byRegion = new Map<string, ItemRecord[]>();
    for (const m of pool) {
      const region = byId.get(m.planId)?.regionCode;
      if (!region) continue;
      const group = byRegion.get(region) ?? [];
      group.push(m);
      byRegion.set(region, group);
    }
    for (const d of pool) {
      const parentRegion = byId.get(d.planId)?.parentRegionCode;
      if (!parentRegion) continue;
      const scored = (byRegion.get(parentRegion) ?? [])
        .filter((m) => d.domains.some((x) => m.domains.includes(x)))
        .map((m) => {
          const sharedDomains = d.domains.filter((x) => m.domains.includes(x)).sort();
          const textScore = WEIGHT.title * cosine(titles(d.id), titles(m.id)) + WEIGHT.text * cosine(texts(d.id), texts(m.id));
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

function vectorsOf(pool: readonly ItemRecord[], text: (i: ItemRecord) => string): (id: string) => Vector {
  const docs = tfidf(pool.map(text));
  const byId = new Map(pool.map((item, k) => [item.id, docs[k] ?? new Map<string, number>()]));
  return (id) => byId.get(id) ?? new Map<string, number>();
}

const round = (x: number) => Math.round(x * 1000) / 1000;
