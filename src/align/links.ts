import { createHash } from 'node:crypto';
import type { Row, TxRunner } from '../db/executor';
import { obj } from '../data/decode';
import type { Batch, PlanRows } from './batches';
import { DELETE_LINKS, LINK_DIGESTS, mergeLinks, RESTAMP_LINKS } from './cypher/links';
import { pushTo } from './groups';
import type { AlignerStamp } from './types';

// The aligner's links of a batch of plans, written by difference. Each link carries `digest`, a
// hash of its type, ends, properties and aligner version. A batch reads the digests of the links it
// replaces (nothing else: returning two ids per link cost more than finding them), deletes those
// whose digest it no longer derives, creates the ones it does not find, and restamps the rest in
// place. Sending a link's properties to Neo4j (packing and unpacking a dozen values per link) was
// most of an alignment's time at city scale, though a realignment changes few of them; deleting and
// recreating every link, before that, cost as much again in commits.

/** A kind of link the aligner writes per plan: the list of PlanRows that holds it, its type and its end labels. */
interface LinkKind {
  rows: keyof PlanRows;
  type: string;
  from: string;
  to: string;
}

// Types and labels are constants of the code, spliced into the statements (cypher/links.ts); never data.
const KINDS: readonly LinkKind[] = [
  { rows: 'measures', type: 'MEASURES', from: 'Indicator', to: 'Measure' },
  { rows: 'measureCandidates', type: 'MEASURE_CANDIDATE', from: 'Indicator', to: 'Measure' },
  { rows: 'citedDomains', type: 'IN_DOMAIN', from: 'Indicator', to: 'Domain' },
  { rows: 'rollsUpTo', type: 'ROLLS_UP_TO', from: 'Indicator', to: 'Indicator' },
  { rows: 'candidates', type: 'CANDIDATE', from: 'Indicator', to: 'Indicator' },
  { rows: 'chapters', type: 'ALIGNS_WITH', from: 'Chapter', to: 'Chapter' },
  { rows: 'goals', type: 'ALIGNS_WITH', from: 'Goal', to: 'Goal' },
];
const ROLL_UP: Record<'ROLLS_UP_TO' | 'CANDIDATE', LinkKind> = {
  ROLLS_UP_TO: KINDS[3] as LinkKind,
  CANDIDATE: KINDS[4] as LinkKind,
};

/** What a link is, as a short hash: equal digests, the same link (timestamps aside). */
function digestOf(type: string, row: Row, alignerVersion: string): string {
  const props = obj(row.props, 'props');
  const text = JSON.stringify([
    type,
    row.from,
    row.to,
    alignerVersion,
    Object.keys(props)
      .sort()
      .map((k) => [k, props[k] ?? null]),
  ]);
  return createHash('sha1').update(text).digest('base64url').slice(0, 16);
}

/**
 * Makes the links the batch replaces what its rows say: deletes what is no longer derived (and
 * any duplicate of a pair), restamps what is unchanged, MERGEs what is new or changed (a changed
 * link's old version has another digest, so it was deleted first).
 */
export async function writeBatchLinks(
  tx: TxRunner,
  b: Batch,
  stamp: AlignerStamp,
  focus: readonly string[],
): Promise<void> {
  const scope = { whole: b.whole, items: [...b.whole, ...b.goalPlans], intoPlans: b.intoPlans, focus, own: b.own };
  const found = new Map<string, number>();
  let undigested = 0;
  for (const { digest } of (await tx.run(LINK_DIGESTS, scope)).rows) {
    if (typeof digest === 'string') found.set(digest, (found.get(digest) ?? 0) + 1);
    else undigested += 1;
  }
  const wanted = new Set<string>();
  const missing = new Map<LinkKind, Row[]>();
  for (const kind of KINDS) {
    for (const row of b[kind.rows]) {
      const digest = digestOf(kind.type, row, stamp.alignerVersion);
      wanted.add(digest);
      // Found once: the link is as derived. A pair linked twice (by something before MERGE) is replaced by one link.
      if (found.get(digest) !== 1) pushTo(missing, kind, { ...row, digest });
    }
  }
  const stale = [...found].filter(([digest, n]) => !wanted.has(digest) || n > 1).map(([digest]) => digest);
  // Each pass over the batch's links only when it has something to do: none on a first alignment.
  if (stale.length > 0 || undigested > 0) await tx.run(DELETE_LINKS, { ...scope, stale });
  if (found.size > stale.length) await tx.run(RESTAMP_LINKS, { ...scope, alignedAt: stamp.alignedAt });
  for (const [kind, rows] of missing) await tx.run(mergeLinks(kind), { rows, ...stamp });
}

/** Roll-up links of one type (rows as `linkRow` makes them), MERGEd on the pair: a curation writes its pair this way. */
export async function writeRollUps(
  tx: TxRunner,
  type: 'ROLLS_UP_TO' | 'CANDIDATE',
  rows: Row[],
  stamp: AlignerStamp,
): Promise<void> {
  const withDigest = rows.map((row) => ({ ...row, digest: digestOf(type, row, stamp.alignerVersion) }));
  await tx.run(mergeLinks(ROLL_UP[type]), { rows: withDigest, ...stamp });
}
