import { localOrigin, originProps, type Origin } from '../audit/origin';
import type { Executor, TxRunner, WriteCounters } from './executor';

// The (:Load) audit records: written in each load's own transaction, compared before and after a
// script runs (no script may touch them), read by `npm start` to find the bundled scripts not loaded yet.

/** Who loads, and what they allow; kept on the (:Load) record and in the audit file. */
export interface LoadOptions {
  /** Who loaded it: a user name, `api:<requestId>`, `npm start` … */
  by: string;
  /** Where from; this process's OS user and host when not given. */
  origin?: Origin;
  /** Let the script delete nodes and relationships beyond its own plan's sweep. */
  allowDelete?: boolean;
}

/** One load, as its (:Load) audit record keeps it. */
export interface LoadResult {
  /** Id of the (:Load) audit record. */
  loadId: string;
  /** The script file (or API name) it came from; for a plan loaded as data, the script that shows it. */
  file: string;
  /** sha256 of that script's bytes: `npm start` loads a bundled script only when no Load record has it. */
  sha256: string;
  statements: number;
  plans: string[];
  counters: WriteCounters;
  startedAt: string;
  finishedAt: string;
  /** Set when it was loaded in one transaction with other plans; `counters` are then the group's. */
  group?: { id: string; plans: number };
}

const RECORD_LOADS = `UNWIND $records AS rec
CREATE (l:Load)
SET l = rec.props, l.startedAt = datetime(rec.startedAt), l.finishedAt = datetime(rec.finishedAt)
WITH l, rec
UNWIND rec.plans AS planId
MATCH (p:Plan {id: planId})
MERGE (l)-[:LOADED]->(p)`;

/**
 * Writes (:Load) records inside the load's own transaction: they commit or roll back with it.
 * Plans loaded together (one transaction, their rows merged) get one record each, marked with
 * the group and carrying the group's counters, which Neo4j counts per statement, not per plan.
 */
export async function recordLoads(
  tx: TxRunner,
  results: readonly LoadResult[],
  { by, origin }: LoadOptions,
): Promise<void> {
  const o = originProps(origin ?? localOrigin());
  const records = results.map((r) => ({
    plans: r.plans,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    props: {
      id: r.loadId,
      kind: 'load',
      file: r.file,
      sha256: r.sha256,
      statements: r.statements,
      nodesCreated: r.counters.nodesCreated,
      relationshipsCreated: r.counters.relationshipsCreated,
      nodesDeleted: r.counters.nodesDeleted,
      relationshipsDeleted: r.counters.relationshipsDeleted,
      propertiesSet: r.counters.propertiesSet,
      groupId: r.group?.id ?? null,
      groupPlans: r.group?.plans ?? null,
      by,
      ...o,
    },
  }));
  await tx.run(RECORD_LOADS, { records });
}

// A load that `plangraph remove` undid (removedBy) does not count: a script brought back is loaded again.
const LOADED_SHAS = `UNWIND $shas AS sha OPTIONAL MATCH (l:Load {sha256: sha}) WHERE l.removedBy IS NULL
RETURN sha, count(l) > 0 AS loaded`;

/** Which of these script versions (sha256 of their bytes) a Load record says are loaded. */
export async function loadedShas(executor: Executor, shas: readonly string[]): Promise<Set<string>> {
  const rows = await executor.read(LOADED_SHAS, { shas: [...shas] });
  return new Set(rows.filter((r) => r.loaded === true).map((r) => String(r.sha)));
}

// The audit records as they stand, compared after the script: a script cannot delete, relabel or
// edit a (:Load) whatever Cypher it uses (a dynamic label, a relabel-then-sweep), because the check
// is on the state, not the text. Load records number in the hundreds, so reading them is cheap.
const LOAD_RECORDS = 'MATCH (l:Load) WITH l ORDER BY l.id RETURN count(l) AS count, collect(properties(l)) AS records';

export interface LoadRecordsSnapshot {
  count: number;
  fingerprint: string;
}

export async function loadRecordsSnapshot(tx: TxRunner): Promise<LoadRecordsSnapshot> {
  const [row] = (await tx.run(LOAD_RECORDS)).rows;
  return { count: Number(row?.count ?? 0), fingerprint: JSON.stringify(row?.records ?? []) };
}
