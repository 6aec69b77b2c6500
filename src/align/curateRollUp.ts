import type { Executor } from '../db/executor';
import { alignPlans } from './alignPlans';
import { curationScript, recordCuration } from './curation';
import type { CurationRecord, Decision } from './types';

export interface CurateRollUpProps {
  executor: Executor;
  from: string;
  to: string;
  decision: Decision;
  by: string;
  note: string | null;
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

/** Records a reviewer's decision on one roll-up pair and re-aligns, so the graph reflects it at once. */
export async function curateRollUp({ executor, ...input }: CurateRollUpProps): Promise<CurateRollUpResult> {
  const rows = await executor.read('UNWIND $ids AS id OPTIONAL MATCH (i:Indicator {id: id}) RETURN id, i IS NOT NULL AS found', { ids: [input.from, input.to] });
  const missing = rows.find((row) => row.found !== true);
  if (missing) throw new UnknownIndicatorError(String(missing.id));
  const record = await recordCuration({ executor, ...input });
  await alignPlans({ executor });
  return { record, script: curationScript(`Roll-up decision by ${input.by}`, [{ ...input, at: record.at ?? undefined }]) };
}
