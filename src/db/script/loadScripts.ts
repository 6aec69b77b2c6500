import { randomUUID } from 'node:crypto';
import { audited, recordFailure, type Attempt } from '../../audit/auditFile';
import { localOrigin, originProps, type Origin } from '../../audit/origin';
import type { Executor, TxRunner } from '../executor';
import { addCounters, counterSummary, emptyCounters, failed, type LoadResult } from './counters';
import { isPlanSweep, loadRecordsSnapshot } from './deletes';
import { ScriptLoadError } from './errors';
import { liftUnwindLiteral } from './literalParams';
import { parseScript, readScript, type CypherScript } from './readScript';
import { refuseSchemaCommands } from './refusals';

export { addCounters, emptyCounters, type LoadResult } from './counters';

/** Who loads, and what they allow; kept on the (:Load) record and in the audit file. */
export interface LoadOptions {
  /** Who loaded it: a user name, `api:<requestId>`, `npm start` … */
  by: string;
  /** Where from; this process's OS user and host when not given. */
  origin?: Origin;
  /** Let the script delete nodes and relationships beyond its own plan's sweep. */
  allowDelete?: boolean;
}

export interface LoadScriptsProps extends LoadOptions {
  executor: Executor;
  files: string[];
}

/**
 * Loads Cypher data scripts, each file in one write transaction together with its (:Load) audit
 * record: a failing or refused statement rolls the whole file back and names its number and line.
 * Every file is read and checked before the first one is run; every attempt gets an audit line.
 */
export async function loadScripts({ executor, files, ...options }: LoadScriptsProps): Promise<LoadResult[]> {
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
  for (const script of scripts) results.push(await auditedLoad(options, script.file, () => executor.inWriteTransaction((tx) => runScript(tx, script, options))));
  return results;
}

/** The same for script text received over the API: `name` stands in for the file. */
export async function loadScriptText(executor: Executor, name: string, text: string, options: LoadOptions): Promise<LoadResult> {
  return auditedLoad(options, name, () => {
    const script = checked(parseScript(Buffer.from(text, 'utf8'), name));
    return executor.inWriteTransaction((tx) => runScript(tx, script, options));
  });
}

/** Runs `work` with an audit line; a check that fails before the database is reached is recorded too. */
function auditedLoad(options: LoadOptions, file: string, work: () => Promise<LoadResult>): Promise<LoadResult> {
  return audited(attemptOf(options, file), work, (r) => ({ loadId: r.loadId, sha256: r.sha256, plans: r.plans, ...counterSummary(r.counters) }));
}

const attemptOf = (options: LoadOptions, file: string): Attempt => ({ kind: 'load', by: options.by, origin: options.origin ?? localOrigin(), targets: [file] });

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
  for (const statement of script.statements) {
    const lifted = liftUnwindLiteral(statement.text);
    const run = lifted ? tx.run(lifted.cypher, lifted.params) : tx.run(statement.text);
    const { counters: c } = await run.catch((err: unknown) => failed(script, statement, err));
    // Judged by what the statement did, not by how it is written: DELETE hides in many forms.
    if ((c.nodesDeleted > 0 || c.relationshipsDeleted > 0) && options.allowDelete !== true && !isPlanSweep(statement, script.plans)) {
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
  await recordLoad(tx, result, options);
  return result;
}

async function recordLoad(tx: TxRunner, result: LoadResult, { by, origin }: LoadOptions): Promise<void> {
  await tx.run(
    `CREATE (l:Load {id: $loadId, kind: 'load', file: $file, sha256: $sha256, startedAt: datetime($startedAt),
       finishedAt: datetime($finishedAt), statements: $statements, nodesCreated: $c.nodesCreated,
       relationshipsCreated: $c.relationshipsCreated, nodesDeleted: $c.nodesDeleted,
       relationshipsDeleted: $c.relationshipsDeleted, propertiesSet: $c.propertiesSet, by: $by,
       osUser: $o.osUser, host: $o.host, clientAddress: $o.clientAddress, requestId: $o.requestId})
     WITH l
     UNWIND $plans AS planId
     MATCH (p:Plan {id: planId})
     MERGE (l)-[:LOADED]->(p)`,
    { ...result, c: result.counters, by, o: originProps(origin ?? localOrigin()) },
  );
}
