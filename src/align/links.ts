import { createHash } from 'node:crypto';
import type { TxRunner } from '../db/executor';
import type { Batch, PlanRows, Row } from './batches';
import { pushTo } from './groups';
import type { Stamp } from './types';

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

// Types and labels are constants of the code, spliced into the statements; never data.
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

// The links a batch replaces: the aligner links from its whole plans' nodes; its goal plans'
// chapter and goal links; its linking plans' links into the focus indicators; the measure links
// of some (cited) indicators. Reading, deleting and restamping match the same links. Each pattern
// names its types, so a chapter's structure and responsibilities are not walked for nothing.
const ALIGNER = 'r.alignerVersion IS NOT NULL';
const FROM_INDICATOR = 'ROLLS_UP_TO|CANDIDATE|MEASURES|MEASURE_CANDIDATE|IN_DOMAIN';
const IN_BATCH = `CALL () {
  MATCH (n:Indicator) WHERE n.planId IN $whole MATCH (n)-[r:${FROM_INDICATOR}]->(m) WHERE ${ALIGNER} RETURN n, r, m
  UNION MATCH (n:Chapter) WHERE n.planId IN $items MATCH (n)-[r:ALIGNS_WITH]->(m) WHERE ${ALIGNER} RETURN n, r, m
  UNION MATCH (n:Goal) WHERE n.planId IN $items MATCH (n)-[r:ALIGNS_WITH]->(m) WHERE ${ALIGNER} RETURN n, r, m
  UNION MATCH (n:Indicator) WHERE n.planId IN $intoPlans MATCH (n)-[r:ROLLS_UP_TO|CANDIDATE]->(m:Indicator) WHERE m.id IN $focus AND ${ALIGNER} RETURN n, r, m
  UNION UNWIND $own AS id MATCH (n:Indicator {id: id})-[r:MEASURES|MEASURE_CANDIDATE|IN_DOMAIN]->(m) WHERE ${ALIGNER} RETURN n, r, m
}`;
const EXISTING = `${IN_BATCH}
RETURN r.digest AS digest`;
const RESTAMP = `${IN_BATCH}
WITH r SET r.alignedAt = datetime($alignedAt)`;
// A link without a digest was written before digests: it is rewritten.
const DELETE = `${IN_BATCH}
WITH r WHERE r.digest IS NULL OR r.digest IN $stale DELETE r`;

const mergeQuery = (k: LinkKind) => `WITH datetime($alignedAt) AS at
UNWIND $rows AS row
MATCH (a:${k.from} {id: row.from}) MATCH (b:${k.to} {id: row.to})
MERGE (a)-[r:${k.type}]->(b)
SET r = row.props, r.digest = row.digest, r.alignedAt = at, r.alignerVersion = $alignerVersion`;

/** What a link is, as a short hash: equal digests, the same link (timestamps aside). */
function digestOf(type: string, row: Row, alignerVersion: string): string {
  const props = row.props as Record<string, unknown>;
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
export async function writeBatchLinks(tx: TxRunner, b: Batch, stamp: Stamp, focus: readonly string[]): Promise<void> {
  const scope = { whole: b.whole, items: [...b.whole, ...b.goalPlans], intoPlans: b.intoPlans, focus, own: b.own };
  const found = new Map<string, number>();
  let undigested = 0;
  for (const { digest } of (await tx.run(EXISTING, scope)).rows) {
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
  if (stale.length > 0 || undigested > 0) await tx.run(DELETE, { ...scope, stale });
  if (found.size > stale.length) await tx.run(RESTAMP, { ...scope, alignedAt: stamp.alignedAt });
  for (const [kind, rows] of missing) await tx.run(mergeQuery(kind), { rows, ...stamp });
}

/** Roll-up links of one type (rows as `linkRow` makes them), MERGEd on the pair: a curation writes its pair this way. */
export async function writeRollUps(
  tx: TxRunner,
  type: 'ROLLS_UP_TO' | 'CANDIDATE',
  rows: Row[],
  stamp: Stamp,
): Promise<void> {
  const withDigest = rows.map((row) => ({ ...row, digest: digestOf(type, row, stamp.alignerVersion) }));
  await tx.run(mergeQuery(ROLL_UP[type]), { rows: withDigest, ...stamp });
}
