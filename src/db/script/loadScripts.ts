import { randomUUID } from 'node:crypto';
import { toDatabaseError } from '../errors';
import type { Executor, TxRunner, WriteCounters } from '../executor';
import { ScriptLoadError } from './errors';
import { liftUnwindLiteral } from './literalParams';
import { parseScript, readScript, type CypherScript } from './readScript';
import type { ScriptStatement } from './split';

export interface LoadResult {
  /** Id of the (:Load) audit record. */
  loadId: string;
  file: string;
  sha256: string;
  statements: number;
  plans: string[];
  counters: WriteCounters;
  startedAt: string;
  finishedAt: string;
}

export interface LoadScriptsProps {
  executor: Executor;
  files: string[];
  /** Who loaded it, kept on the audit record: a user name, `api:<requestId>`, `npm start` … */
  by: string;
}

/**
 * Loads Cypher scripts, each file in one write transaction together with its (:Load) audit
 * record: a failing statement rolls the whole file back and names its number and line.
 * Every file is read and checked before the first one is run.
 */
export async function loadScripts({ executor, files, by }: LoadScriptsProps): Promise<LoadResult[]> {
  return loadParsedScripts(executor, files.map(readScript), by);
}

/** The same for script text received over the API: `name` stands in for the file. */
export async function loadScriptText(executor: Executor, name: string, text: string, by: string): Promise<LoadResult> {
  const [result] = await loadParsedScripts(executor, [parseScript(Buffer.from(text, 'utf8'), name)], by);
  return result as LoadResult;
}

async function loadParsedScripts(executor: Executor, scripts: CypherScript[], by: string): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const script of scripts) results.push(await loadOne(executor, script, by));
  return results;
}

async function loadOne(executor: Executor, script: CypherScript, by: string): Promise<LoadResult> {
  if (script.schemaOnly) {
    const startedAt = new Date().toISOString();
    const result = finish(script, await runSchemaStatements(executor, script), startedAt);
    await executor.inWriteTransaction((tx) => recordLoad(tx, result, by));
    return result;
  }
  return executor.inWriteTransaction((tx) => runScript(tx, script, by));
}

/**
 * Runs a data script's statements and its (:Load) record inside the caller's transaction, so a
 * caller can do more in the same transaction (`plangraph add` aligns before it commits).
 */
export async function runScript(tx: TxRunner, script: CypherScript, by: string): Promise<LoadResult> {
  const startedAt = new Date().toISOString();
  const counters = emptyCounters();
  for (const statement of script.statements) {
    const lifted = liftUnwindLiteral(statement.text);
    const run = lifted ? tx.run(lifted.cypher, lifted.params) : tx.run(statement.text);
    const { counters: c } = await run.catch((err: unknown) => failed(script, statement, err));
    addCounters(counters, c);
  }
  const result = finish(script, counters, startedAt);
  await recordLoad(tx, result, by);
  return result;
}

/** Schema commands cannot share a transaction with writes: each runs on its own, and each is idempotent (IF NOT EXISTS). */
export async function runSchemaStatements(executor: Executor, script: CypherScript): Promise<WriteCounters> {
  const counters = emptyCounters();
  for (const statement of script.statements) {
    addCounters(counters, await executor.autoCommit(statement.text).catch((err: unknown) => failed(script, statement, err)));
  }
  return counters;
}

async function recordLoad(tx: TxRunner, result: LoadResult, by: string): Promise<void> {
  await tx.run(
    `CREATE (l:Load {id: $loadId, kind: 'load', file: $file, sha256: $sha256, startedAt: datetime($startedAt),
       finishedAt: datetime($finishedAt), statements: $statements, nodesCreated: $c.nodesCreated,
       relationshipsCreated: $c.relationshipsCreated, nodesDeleted: $c.nodesDeleted,
       relationshipsDeleted: $c.relationshipsDeleted, propertiesSet: $c.propertiesSet, by: $by})
     WITH l
     UNWIND $plans AS planId
     MATCH (p:Plan {id: planId})
     MERGE (l)-[:LOADED]->(p)`,
    { ...result, c: result.counters, by },
  );
}

function failed(script: CypherScript, statement: ScriptStatement, err: unknown): never {
  const dbError = toDatabaseError(err);
  throw new ScriptLoadError(
    'STATEMENT_FAILED',
    `${script.file}: statement ${statement.index} (line ${statement.line}) failed [${dbError.neo4jCode ?? dbError.code}]: ` +
      `${dbError.message.split('\n')[0]} — the file was rolled back; nothing from it was written`,
    script.file,
    statement.index,
    statement.line,
    { cause: dbError },
  );
}

function finish(script: CypherScript, counters: WriteCounters, startedAt: string): LoadResult {
  return {
    loadId: randomUUID(),
    file: script.file,
    sha256: script.sha256,
    statements: script.statements.length,
    plans: script.plans,
    counters,
    startedAt,
    finishedAt: new Date().toISOString(),
  };
}

export function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0, indexesAdded: 0, constraintsAdded: 0 };
}

/** Adds `c` into `into`, counter by counter. */
export function addCounters(into: WriteCounters, c: WriteCounters): void {
  for (const key of Object.keys(into) as (keyof WriteCounters)[]) into[key] += c[key];
}
