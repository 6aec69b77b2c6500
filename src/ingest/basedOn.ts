import type { Line } from './lines';
import type { CitedPlan } from './types';

const CITATION = /(?:依据|根据|落实|贯彻)[^《。；]{0,24}((?:《[^》]+》[、和及与]?)+)/g;

/** Plans the opening says this plan is based on (依据/根据/落实/贯彻《…》), in order, without repeats. */
export function findBasedOn(opening: readonly Line[]): CitedPlan[] {
  const seen = new Set<string>();
  const out: CitedPlan[] = [];
  for (const line of opening) {
    for (const m of line.text.matchAll(CITATION)) {
      for (const t of (m[1] ?? '').matchAll(/《([^》]+)》/g)) {
        const title = t[1] ?? '';
        if (seen.has(title)) continue;
        seen.add(title);
        out.push({ title, line: line.no });
      }
    }
  }
  return out;
}
