import { cosine, tfidf } from './similarity';
import type { ItemLabel, ItemRecord, PlanRecord } from './types';

export const GOAL_MIN_SCORE = 0.3;
/** Links kept per district item: its best municipal counterparts, not everything vaguely alike. */
export const GOAL_TOP = 2;
const TEXT_WEIGHT = 0.6;

export interface GoalLink {
  label: ItemLabel;
  from: string;
  to: string;
  score: number;
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
    const pool = items.filter((i) => i.label === label && i.text.trim() !== '' && byId.get(i.planId)?.loaded);
    const docs = tfidf(pool.map((i) => i.text));
    const vectors = new Map(pool.map((item, k) => [item.id, docs[k] ?? new Map<string, number>()]));
    const vector = (id: string) => vectors.get(id) ?? new Map<string, number>();
    for (const d of pool) {
      const parentRegion = byId.get(d.planId)?.parentRegionCode;
      if (!parentRegion) continue;
      const scored = pool
        .filter((m) => byId.get(m.planId)?.regionCode === parentRegion)
        .map((m) => {
          const sharedDomains = d.domains.filter((x) => m.domains.includes(x)).sort();
          const textScore = cosine(vector(d.id), vector(m.id));
          const score = TEXT_WEIGHT * textScore + (1 - TEXT_WEIGHT) * jaccard(d.domains, m.domains);
          return { label, from: d.id, to: m.id, score: round(score), textScore: round(textScore), sharedDomains };
        })
        .filter((l) => l.sharedDomains.length > 0 && l.score >= GOAL_MIN_SCORE)
        .sort((a, b) => b.score - a.score || a.to.localeCompare(b.to));
      links.push(...scored.slice(0, GOAL_TOP));
    }
  }
  return links;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
