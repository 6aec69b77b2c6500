import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { audited } from '../audit/auditFile';
import { localOrigin, type Origin } from '../audit/origin';
import { alignInTransaction, finishAlignment, type AlignOptions, type AlignReport } from '../align';
import type { Executor } from '../db/executor';
import { counterSummary } from '../db/script/counters';
import type { LoadResult } from '../db/loadRecord';
import { runWrites } from '../db/write/runWrite';
import type { ParseWarning } from '../ingest';
import type { OnProgress } from '../progress';
import { checkedScriptForPlanFile, scriptFileFor, type PlanScript } from './planScript';
import { checkReplacement, removalsOf, type Removal } from './replacement';

export interface AddPlansProps {
  executor: Executor;
  /** Plan texts (UTF-8), each with its optional `.meta.json` sidecar. */
  files: string[];
  by: string;
  /** Where from; this process's OS user and host when not given. */
  origin?: Origin;
  /** Load texts whose parser warnings say they are incomplete. */
  acceptWarnings?: boolean;
  /** Replace a loaded plan even when that drops its table or more than a fifth of its items. */
  replace?: boolean;
  /** Where the scripts go; cypher/plans, which `npm start` loads, by default. */
  scriptsDir?: string;
  align?: AlignOptions;
  /** Told as each plan is loaded (the alignment follows, in the same transaction). */
  onProgress?: OnProgress;
}

export interface AddedPlan {
  file: string;
  planId: string;
  scriptFile: string;
  warnings: ParseWarning[];
  /** What replacing the loaded version removed (nothing for a new plan). */
  removed: Removal[];
  load: LoadResult;
}

export interface AddPlansResult {
  plans: AddedPlan[];
  report: AlignReport;
}

/**
 * `plangraph add`: parses each text, refuses incomplete texts and damaging replacements, then
 * loads every plan (as data, not through its script's text) and aligns in ONE write transaction, so a failure anywhere (a statement, a
 * refusal, the alignment) leaves the graph as it was. Only then are the scripts written to
 * `scriptsDir`: the file on disk is the version the graph holds, and `npm start` (which skips
 * a script whose sha256 a Load record has) does not load it again.
 */
export async function addPlans(props: AddPlansProps): Promise<AddPlansResult> {
  const attempt = { kind: 'add' as const, by: props.by, origin: props.origin ?? localOrigin(), targets: props.files };
  return audited(
    attempt,
    () => addInOneTransaction({ ...props, origin: attempt.origin }),
    ({ plans }) => ({
      plans: plans.map((p) => ({
        planId: p.planId,
        loadId: p.load.loadId,
        sha256: p.load.sha256,
        ...counterSummary(p.load.counters),
      })),
    }),
  );
}

async function addInOneTransaction({
  executor,
  files,
  by,
  origin,
  acceptWarnings = false,
  replace = false,
  scriptsDir,
  align,
  onProgress,
}: AddPlansProps): Promise<AddPlansResult> {
  const built: ({ file: string } & PlanScript)[] = [];
  for (const file of files) built.push({ file, ...(await checkedScriptForPlanFile(file, acceptWarnings, 'added')) });
  const duplicate = built.find((b, i) => built.findIndex((o) => o.planId === b.planId) !== i);
  if (duplicate) throw new Error(`${duplicate.file}: plan ${duplicate.planId} is given twice; add one text per plan`);
  const staged = built.map((b) => ({ ...b, scriptFile: scriptFileFor(b.planId, scriptsDir) }));
  const { plans, first } = await executor.inWriteTransaction(async (tx) => {
    const plans: AddedPlan[] = [];
    for (const s of staged) {
      const removed = await removalsOf(tx, s.doc);
      checkReplacement(s.file, s.doc, removed, replace);
      // Loaded as data; the Load record names the script written below, which shows the same write.
      const script = { file: s.scriptFile, sha256: createHash('sha256').update(s.script).digest('hex') };
      const load = (
        await runWrites(tx, [{ write: s.write, script }], { by, ...(origin ? { origin } : {}) })
      )[0] as LoadResult;
      plans.push({
        file: s.file,
        planId: s.planId,
        scriptFile: s.scriptFile,
        warnings: s.doc.warnings,
        removed: removed.filter((r) => r.removed.length > 0),
        load,
      });
      onProgress?.(plans.length, staged.length);
    }
    // Incremental: the added or replaced plans' links, and those into and around them.
    return { plans, first: await alignInTransaction(tx, { ...align, plans: plans.map((p) => p.planId) }) };
  });
  for (const s of staged) {
    mkdirSync(path.dirname(s.scriptFile), { recursive: true });
    writeFileSync(s.scriptFile, s.script);
  }
  return { plans, report: await finishAlignment(executor, first) };
}
