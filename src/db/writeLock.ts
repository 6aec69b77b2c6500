import { hostname } from 'node:os';

// Every write transaction made through the Executor first writes this one node. Neo4j keeps a
// node's write lock until the transaction ends, so writers (align, load, add, remove, curation,
// from any process) queue behind each other instead of interleaving; reads take no lock and are
// never held up. A writer that waits longer than db.lock.acquisition.timeout (managed conf)
// fails with BUSY. The uniqueness constraint on :WriteLock(id) (cypher/schema.cypher) keeps two
// first-ever writers from each creating a node of their own.
export const WRITE_LOCK = `MERGE (w:WriteLock {id: 'graph'}) SET w.holder = $holder, w.at = datetime()`;

/** Who holds the lock, for whoever finds a writer stuck behind it (`MATCH (w:WriteLock) RETURN w`). */
export const WRITE_LOCK_HOLDER = `plangraph pid ${process.pid} on ${hostname()}`;
