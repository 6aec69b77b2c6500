// The graph's revision: a counter on one node, raised in the same transaction as every write made
// through the Executor (loads, the aligner, curations, `plangraph cypher --write`). It only grows,
// so two revisions compare as numbers: a reader that saw an older one knows it is behind. A token
// (a fresh UUID) is kept beside it so tools that read the token still see a change per write.

/**
 * Raised in every write. The first SET takes the node's write lock before the counter is read, so
 * two writers that do not hold the graph's write lock (autoCommit's schema statements) still get
 * two numbers instead of losing an increment (Neo4j's documented read-then-lock pattern).
 */
export const BUMP_REVISION = `MERGE (r:Revision {id: 'graph'})
  SET r.at = datetime()
  WITH r SET r.counter = coalesce(r.counter, 0) + 1, r.token = $revisionToken`;

export const READ_REVISION = `OPTIONAL MATCH (r:Revision {id: 'graph'}) RETURN r.counter AS counter`;

/** A graph never stamped (empty, or written only by other tools) is at revision 0. */
export const UNSTAMPED = 0;

/** The revision in a READ_REVISION row. */
export function revisionOf(row: Record<string, unknown> | undefined): number {
  const counter = row?.counter;
  return typeof counter === 'number' && Number.isFinite(counter) ? counter : UNSTAMPED;
}
