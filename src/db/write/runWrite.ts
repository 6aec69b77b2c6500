import { randomUUID } from 'node:crypto';
import type { GraphWrite } from '../../graph/write';
import { toDatabaseError } from '../errors';
import { audited } from '../../audit/auditFile';
import { localOrigin } from '../../audit/origin';
import type { Executor, TxRunner } from '../executor';
import { recordLoad, type LoadOptions, type LoadResult } from '../loadRecord';
import { addCounters, counterSummary, emptyCounters } from '../script/counters';
import { ScriptLoadError } from '../script/errors';
import { toParams } from './params';

/** The script a write is shown as: its file name and the sha256 of its bytes, kept on the Load record. */
export interface WriteScript {
  file: string;
  sha256: string;
}

/**
 * Applies a graph write (a plan, the reference data) inside the caller's transaction, with its
 * (:Load) record: every statement is sent with its rows as parameters, never as Cypher text.
 * The statements are pipelined — sent without waiting for the one before to answer — and Neo4j
 * runs them in order, so a plan costs about one round trip rather than one per statement. A
 * failing statement fails the caller's transaction: nothing of the write is kept.
 */
export async function runWrite(tx: TxRunner, write: GraphWrite, script: WriteScript, options: LoadOptions): Promise<LoadResult> {
  const startedAt = new Date().toISOString();
  const shared = toParams(write.params);
  const runs = write.statements.map((s) => tx.run(s.cypher, s.rows === undefined ? shared : { ...shared, rows: toParams({ rows: s.rows }).rows }));
  const settled = await Promise.allSettled(runs);
  const counters = emptyCounters();
  settled.forEach((outcome, i) => {
    if (outcome.status === 'rejected') throw statementFailed(script.file, write, i, outcome.reason);
    addCounters(counters, outcome.value.counters);
  });
  const result: LoadResult = {
    loadId: randomUUID(),
    ...script,
    statements: write.statements.length,
    plans: write.plans,
    counters,
    startedAt,
    finishedAt: new Date().toISOString(),
  };
  await recordLoad(tx, result, options);
  return result;
}

function statementFailed(file: string, write: GraphWrite, index: number, err: unknown): ScriptLoadError {
  const dbError = toDatabaseError(err);
  return new ScriptLoadError(
    'STATEMENT_FAILED',
    `${file}: statement ${index + 1} (${write.statements[index]?.comment ?? '?'}) failed [${dbError.neo4jCode ?? dbError.code}]: ` +
      `${dbError.message.split('\n')[0]} — rolled back; nothing from it was written`,
    file,
    index + 1,
    null,
    { cause: dbError },
  );
}

/** The same as a load of its own: one write transaction, with an audit line whatever the outcome. */
export function loadWrite(executor: Executor, write: GraphWrite, script: WriteScript, options: LoadOptions): Promise<LoadResult> {
  const attempt = { kind: 'load' as const, by: options.by, origin: options.origin ?? localOrigin(), targets: [script.file] };
  return audited(attempt, () => executor.inWriteTransaction((tx) => runWrite(tx, write, script, options)), (r) => ({ loadId: r.loadId, sha256: r.sha256, plans: r.plans, ...counterSummary(r.counters) }));
}
