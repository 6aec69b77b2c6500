import { randomUUID } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { audited } from '../audit/auditFile';
import { localOrigin, originProps, type Origin } from '../audit/origin';
import { alignInTransaction, finishAlignment, type AlignOptions, type AlignReport } from '../align';
import type { Executor, TxRunner, WriteCounters } from '../db/executor';
import { addCounters, counterSummary, emptyCounters } from '../db/script/counters';
import { referenceData } from '../graph';
import { PlanChangeRefused } from './errors';
import { scriptFileFor } from './planScript';
import * as q from './removal';

export interface RemovePlanProps {
  executor: Executor;
  planId: string;
  by: string;
  /** Where from; this process's OS user and host when not given. */
  origin?: Origin;
  /** Where its script is deleted from; cypher/plans by default. */
  scriptsDir?: string;
  align?: AlignOptions;
}

export interface RemovePlanResult {
  planId: string;
  /** The stub id the plan lives on as when other loaded plans cite it, else null. */
  stub: string | null;
  counters: WriteCounters;
  /** The script file deleted, null when there was none. */
  scriptFile: string | null;
  report: AlignReport;
}

/**
 * `plangraph remove`: deletes a loaded plan and what only it owned, records the removal and aligns,
 * all in ONE write transaction; then deletes its script, so `npm start` does not bring it back.
 */
export async function removePlan(props: RemovePlanProps): Promise<RemovePlanResult> {
  const attempt = {
    kind: 'remove' as const,
    by: props.by,
    origin: props.origin ?? localOrigin(),
    targets: [props.planId],
  };
  return audited(
    attempt,
    () => removeInOneTransaction({ ...props, origin: attempt.origin }),
    (r) => ({ stub: r.stub, ...counterSummary(r.counters) }),
  );
}

async function removeInOneTransaction({
  executor,
  planId,
  by,
  origin = localOrigin(),
  scriptsDir,
  align,
}: RemovePlanProps): Promise<RemovePlanResult> {
  const file = scriptFileFor(planId, scriptsDir);
  const scriptFile = existsSync(file) ? file : null;
  const { stub, counters, first } = await executor.inWriteTransaction(async (tx) => {
    const { stub, counters } = await removeInTransaction(tx, planId, { by, origin }, scriptFile);
    // Incremental: the removed plan (and the stub it became), and what linked to it.
    return {
      stub,
      counters,
      first: await alignInTransaction(tx, { ...align, plans: stub === null ? [planId] : [planId, stub] }),
    };
  });
  if (scriptFile !== null) unlinkSync(scriptFile);
  return { planId, stub, counters, scriptFile, report: await finishAlignment(executor, first) };
}

async function removeInTransaction(
  tx: TxRunner,
  planId: string,
  { by, origin }: { by: string; origin: Origin },
  file: string | null,
): Promise<{ stub: string | null; counters: WriteCounters }> {
  const startedAt = new Date().toISOString();
  const [plan] = (await tx.run(q.PLAN_INFO, { planId })).rows;
  if (plan?.loaded !== true) throw await unknownPlan(tx, planId, plan !== undefined);
  const loadId = randomUUID();
  const counters = emptyCounters();
  const run = async (cypher: string, params: Record<string, unknown> = {}) => {
    const result = await tx.run(cypher, { planId, ...params });
    addCounters(counters, result.counters);
    return result.rows;
  };
  await run(q.MARK_LOADS, { loadId });
  const stubs = (await run(q.CITED_STUBS)).map((r) => String(r.id));
  for (const statement of q.OWNED_NODES) await run(statement);
  await run(q.OWN_LINKS);
  await run(q.ORPHAN_STUBS, { stubs });
  const cited = Number(plan.citedBy) > 0;
  const stubId = cited ? (await run(q.TO_STUB, { regionCode: plan.regionCode }))[0]?.id : null;
  const stub = typeof stubId === 'string' ? stubId : null;
  if (!cited) await run(q.DELETE_PLAN);
  await run(q.ORPHAN_DEPARTMENTS, {
    regionCode: plan.regionCode,
    referenceIds: q.referenceDepartmentIds(referenceData),
  });
  await tx.run(q.RECORD_REMOVAL, { loadId, planId, file, startedAt, stub, c: counters, by, o: originProps(origin) });
  return { stub, counters };
}

/** A city has hundreds of plans: the message names a few and how to list them all. */
const SHOWN_IDS = 10;

async function unknownPlan(tx: TxRunner, planId: string, isStub: boolean): Promise<PlanChangeRefused> {
  const loaded = (await tx.run(q.LOADED_PLANS)).rows.map((r) => String(r.id));
  const why = isStub ? 'is only a stub cited by other plans, not a loaded plan' : 'is not a plan in the graph';
  const shown =
    loaded.slice(0, SHOWN_IDS).join(', ') + (loaded.length > SHOWN_IDS ? `, … ${loaded.length - SHOWN_IDS} more` : '');
  return new PlanChangeRefused(
    'UNKNOWN_PLAN',
    `"${planId}" ${why}; nothing was removed. Loaded plans: ${shown || 'none'} ` +
      `(list them with: plangraph cypher "MATCH (p:Plan {loaded: true}) RETURN p.id")`,
  );
}
