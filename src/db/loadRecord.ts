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
}

/** Writes the (:Load) record inside the load's own transaction: it commits or rolls back with it. */
export async function recordLoad(tx: TxRunner, result: LoadResult, { by, origin }: LoadOptions): Promise<void> {
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
