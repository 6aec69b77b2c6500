import type { TxRunner } from '../db/executor';
import { DERIVE_STATED, NO_VALUE, STALE_OBSERVATION_LINKS, STALE_STATED } from './cypher';

export interface DerivedObservations {
  derived: number;
  removed: number;
}

/**
 * Makes the STATED observations match the loaded plans' baselines: one per indicator linked to a
 * measure that prints a baseline, none for a removed plan or an unlinked row. It runs in the
 * aligner's last transaction (after the MEASURES links it reads are written), so a load, add,
 * remove or align and the observations it implies commit together; running it again changes nothing.
 * An incremental alignment passes the plans it recomputed (`planIds`): only their indicators' MEASURES
 * links can have changed, and a city's corpus holds some 30,000 baselines (a removed plan's
 * observations lose their STATED_IN link with its indicators, and are found by that).
 */
export async function deriveObservations(tx: TxRunner, planIds: string[] | null): Promise<DerivedObservations> {
  const params = { noValue: NO_VALUE, planIds };
  const removed = Number((await tx.run(STALE_STATED, params)).rows[0]?.removed ?? 0);
  const derived = Number((await tx.run(DERIVE_STATED, params)).rows[0]?.derived ?? 0);
  await tx.run(STALE_OBSERVATION_LINKS, { planIds });
  return { derived, removed };
}
