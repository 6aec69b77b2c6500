import { randomUUID } from 'node:crypto';
import { audited, recordFailure, type Attempt } from '../../audit/auditFile';
import { localOrigin } from '../../audit/origin';
import type { Executor, Params, TxRunner } from '../executor';
import { loadRecordsSnapshot, recordLoads, type LoadOptions, type LoadResult } from '../loadRecord';
import { addCounters, counterSummary, emptyCounters, failed } from './counters';
import { isPlanSweep } from './deletes';
import { ScriptLoadError } from './errors';
import { PARAM_ARROW, parseScript, readScript, type CypherScript } from './readScript';
import { refuseSchemaCommands } from './refusals';
import type { OnProgress } from '../../progress';
import type { ScriptStatement } from './split';

export { addCounters, emptyCounters } from './counters';
export type { LoadOptions, LoadResult } from '../loadRecord';

export interface LoadScriptsProps extends LoadOptions {
  executor: Executor;
  files: string[];
  /** Told after each file is committed. */
  onProgress?: OnProgress;
}

/**
 * Loads Cypher data scripts, each file in one write transaction together with its (:Load) audit
 * record: a failing or refused statement rolls the whole file back and names its number and line.
 * Every file is read and checked before the first one is run; every attempt gets an audit line.
 */
export async function loadScripts({
  executor,
  files,
  onProgress,
  ...options
}: LoadScriptsProps): Promise<LoadResult[]> {
  const scripts = files.map((file) => {
    try {
      return checked(readScript(file));
    } catch (err) {
      // Refused before anything ran, and the files after it are not tried: one line for this attempt.
      recordFailure(attemptOf(options, file), err);
      throw err;
    }
  });
  const results: LoadResult[] = [];
  for (const script of scripts) {
    results.push(
      await auditedLoad(options, script.file, () =>
        executor.inWriteTransaction((tx) => runScript(tx, script, options)),
      ),
    );
    onProgress?.(results.length, scripts.length);
  }
  return results;
}

/** The same for script text received over the API: `name` stands in for the file. */
export async function loadScriptText(
  executor: Executor,
  name: string,
  text: string,
  options: LoadOptions,
): Promise<LoadResult> {
  return auditedLoad(options, name, () => {
    const script = checked(parseScript(Buffer.from(text, 'utf8'), name));
    return executor.inWriteTransaction((tx) => runScript(tx, script, options));
  });
}

/** Runs `work` with an audit line; a check that fails before the database is reached is recorded too. */
function auditedLoad(options: LoadOptions, file: string, work: () => Promise<LoadResult>): Promise<LoadResult> {
  return audited(attemptOf(options, file), work, (r) => ({
    loadId: r.loadId,
    sha256: r.sha256,
    plans: r.plans,
    ...counterSummary(r.counters),
  }));
}

const attemptOf = (options: LoadOptions, file: string): Attempt => ({
  kind: 'load',
  by: options.by,
  origin: options.origin ?? localOrigin(),
  targets: [file],
});

function checked(script: CypherScript): CypherScript {
  refuseSchemaCommands(script);
  return script;
}

/**
 * Runs a data script's statements and its (:Load) record inside the caller's transaction, so a
 * caller can do more in the same transaction (`plangraph add` aligns before it commits). Throwing
 * here rolls the caller's transaction back: that is how a refused delete leaves no trace in the graph.
 */
export async function runScript(tx: TxRunner, script: CypherScript, options: LoadOptions): Promise<LoadResult> {
  refuseSchemaCommands(script);
  const startedAt = new Date().toISOString();
  const counters = emptyCounters();
  const audit = await loadRecordsSnapshot(tx);
  let params: Params = {};
  for (const statement of script.statements) {
    if (statement.command !== undefined) {
      params = { ...params, ...(await paramsOf(tx, script, statement)) };
      continue;
    }
    const { counters: c } = await tx
      .run(statement.text, params)
      .catch((err: unknown) => failed(script, statement, err));
    // Judged by what the statement did, not by how it is written: DELETE hides in many forms.
    if (
      (c.nodesDeleted > 0 || c.relationshipsDeleted > 0) &&
      options.allowDelete !== true &&
      !isPlanSweep(statement, params, script.plans)
    ) {
      throw new ScriptLoadError(
        'DELETE_REFUSED',
        `${script.file}: statement ${statement.index} (line ${statement.line}) deleted ${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships; ` +
          'a script may delete only with --allow-delete (loadScript: allowDelete: true), apart from a plan script sweeping its own plan — ' +
          'the file was rolled back; nothing from it was written',
        script.file,
        statement.index,
        statement.line,
      );
    }
    addCounters(counters, c);
  }
  const after = await loadRecordsSnapshot(tx);
  if (after.fingerprint !== audit.fingerprint) {
    throw new ScriptLoadError(
      'AUDIT_PROTECTED',
      `${script.file}: the script deleted or changed audit records (:Load: ${audit.count} before, ${after.count} after); no script may — ` +
        'exclude them, e.g. MATCH (n) WHERE NOT n:Load DETACH DELETE n. The file was rolled back; nothing from it was written',
      script.file,
    );
  }
  const result: LoadResult = {
    loadId: randomUUID(),
    file: script.file,
    sha256: script.sha256,
    statements: script.statements.length,
    plans: script.plans,
    counters,
    startedAt,
    finishedAt: new Date().toISOString(),
  };
  await recordLoads(tx, [result], options);
  return result;
}

/**
 * What a `:param` command sets, valued as cypher-shell values it: Neo4j evaluates the expression
 * (a plan script's rows are Cypher literals), so the script runs with the values a reviewer sees.
 */
async function paramsOf(tx: TxRunner, script: CypherScript, statement: ScriptStatement): Promise<Params> {
  const argument = statement.command?.argument ?? '';
  const arrow = PARAM_ARROW.exec(argument);
  const value = await tx
    .evaluate(arrow ? (arrow[2] as string) : argument)
    .catch((err: unknown) => failed(script, statement, err));
  if (!arrow) return value as Params;
  const name = (arrow[1] as string).startsWith('`')
    ? (arrow[1] as string).slice(1, -1).replaceAll('``', '`')
    : (arrow[1] as string);
  return { [name]: value };
}
