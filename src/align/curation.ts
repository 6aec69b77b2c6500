import type { TxRunner } from '../db/executor';
import { cypherLiteral } from '../graph/cypherLiteral';
import { commentLine } from '../graph/script/statement';
import { RECORD_CURATION } from './cypher/curation';
import * as shapes from './shapes';
import type { CurationRecord, Decision } from './types';

// A curation is a reviewer's decision on one district → parent indicator pair, kept as its own
// (:Curation) node keyed by the two ids: the aligner reads these and never overrides them, and
// they survive a reload of either plan (ids are stable across revisions of the same text).

export interface CurationInput {
  from: string;
  to: string;
  decision: Decision;
  by: string;
  note: string | null;
  /** ISO timestamp; now when omitted. */
  at?: string;
}

/** Writes (or replaces) the decision for one pair, inside the caller's transaction. */
export async function recordCuration(tx: TxRunner, input: CurationInput): Promise<CurationRecord> {
  const [row] = (await tx.run(RECORD_CURATION, { ...input, at: input.at ?? new Date().toISOString() })).rows;
  return shapes.curation(row, 'curation');
}

/**
 * The same decisions as a script under cypher/curation/, readable and loadable with Neo4j's own
 * tools. The reviewer's note is only ever a string literal (`c.note = '…'`), never a comment: a
 * comment ends at characters a literal escapes, and what follows it would run as Cypher.
 */
export function curationScript(title: string, records: readonly CurationInput[]): string {
  const statements = records.map(
    (r) =>
      `MERGE (c:Curation {from: ${cypherLiteral(r.from)}, to: ${cypherLiteral(r.to)}})\n` +
      `SET c.decision = ${cypherLiteral(r.decision)}, c.by = ${cypherLiteral(r.by)}, ` +
      `c.at = datetime(${cypherLiteral(r.at ?? new Date().toISOString())}), c.note = ${cypherLiteral(r.note)};\n`,
  );
  return (
    `${commentLine(title)}\n` +
    '// Roll-up curation: (:Curation {from, to, decision}) records that `plangraph align` applies and never overrides.\n' +
    "// accepted → ROLLS_UP_TO {method: 'curated'}; rejected → never linked. Load with `plangraph load` or cypher-shell.\n\n" +
    statements.join('\n')
  );
}
