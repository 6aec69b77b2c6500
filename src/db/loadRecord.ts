import { localOrigin, originProps, type Origin } from '../audit/origin';
import type { TxRunner, WriteCounters } from './executor';

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
