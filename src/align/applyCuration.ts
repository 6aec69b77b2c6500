import type { TxRunner } from '../db/executor';
import { linkRow } from './batches';
import { resolveMeasure, type Catalogue } from './catalogue';
import { CLEAR_PAIR } from './cypher/curation';
import { readIndicators, readPlans } from './read';
import { describe, SCORE, type Link } from './rollUp';
import type { CurationRecord, AlignerStamp } from './types';
import { writeRollUps } from './links';

// A reviewer's decision changes one pair's link and nothing else (rollUpLinks decides every other
// pair without looking at it), so a curation rewrites that link in its own transaction instead of
// re-aligning the corpus, and a later full alignment writes the same link.

/**
 * Makes each pair's links what the full aligner would write for its decision: rejected, none;
 * accepted, one curated ROLLS_UP_TO with its comparison, when the pair is one the aligner links
 * at all (a loaded district plan's indicator to one of its parent region's plans).
 */
export async function applyCurations(
  tx: TxRunner,
  curations: readonly CurationRecord[],
  catalogue: Catalogue,
  stamp: AlignerStamp,
): Promise<void> {
  for (const c of curations) {
    await tx.run(CLEAR_PAIR, { from: c.from, to: c.to });
    const link = c.decision === 'accepted' ? await curatedLink(tx, c, catalogue) : null;
    if (link) await writeRollUps(tx, 'ROLLS_UP_TO', [linkRow(link)], stamp);
  }
}

async function curatedLink(tx: TxRunner, c: CurationRecord, catalogue: Catalogue): Promise<Link | null> {
  const [d, m] = await readIndicators(tx, [c.from, c.to]);
  if (!d || !m || d.id !== c.from || m.id !== c.to) return null;
  const plans = new Map((await readPlans(tx, [d.planId, m.planId])).map((p) => [p.id, p]));
  const plan = plans.get(d.planId);
  // rollUpLinks' conditions for meeting a pair at all; a curation skips only the matching rules.
  if (!plan?.loaded || !plan.parentRegionCode || plans.get(m.planId)?.regionCode !== plan.parentRegionCode) return null;
  const resolutions = new Map([d, m].map((i) => [i.id, resolveMeasure(catalogue, i.name, i.unit)]));
  return describe(
    d,
    m,
    { type: 'ROLLS_UP_TO', method: 'curated', score: SCORE.curated, note: c.note },
    { resolutions },
  );
}
