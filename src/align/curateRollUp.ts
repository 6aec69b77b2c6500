import type { Executor } from '../db/executor';
import { ALIGNER_VERSION } from './alignPlans';
import { applyCurations } from './applyCuration';
import { catalogue as defaultCatalogue, type Catalogue } from './catalogue';
import { curationScript, recordCuration } from './curation';
import { INDICATORS_FOUND } from './cypher/curation';
import type { CurationRecord, Decision } from './types';

export interface CurateRollUpProps {
  executor: Executor;
  from: string;
  to: string;
  decision: Decision;
  by: string;
  note: string | null;
  catalogue?: Catalogue;
}

export interface CurateRollUpResult {
  record: CurationRecord;
  /** The decision as a script for cypher/curation/, so it can be reviewed, committed and replayed. */
  script: string;
}

export class UnknownIndicatorError extends Error {
  override readonly name = 'UnknownIndicatorError';
  constructor(readonly id: string) {
    super(`indicator "${id}" does not exist`);
  }
}

/**
 * Records a reviewer's decision on one roll-up pair and applies it to that pair, in one write
 * transaction under the graph's write lock: no alignment can commit between the two and write
 * the pair from an older decision (a batch that runs later re-reads the decision, finishAlignment).
 */
export async function curateRollUp({
  executor,
  catalogue = defaultCatalogue,
  ...input
}: CurateRollUpProps): Promise<CurateRollUpResult> {
  const record = await executor.inWriteTransaction(async (tx) => {
    const missing = (await tx.run(INDICATORS_FOUND, { ids: [input.from, input.to] })).rows.find(
      (row) => row.found !== true,
    );
    if (missing) throw new UnknownIndicatorError(String(missing.id));
    const record = await recordCuration(tx, input);
    await applyCurations(tx, [record], catalogue, {
      alignedAt: new Date().toISOString(),
      alignerVersion: ALIGNER_VERSION,
    });
    return record;
  });
  return {
    record,
    script: curationScript(`Roll-up decision by ${input.by}`, [{ ...input, at: record.at ?? undefined }]),
  };
}
