import { LRUCache } from 'lru-cache';
import type { Params, Row } from './executor';

// Plan data changes only when something writes: a load, the aligner, a curation. Every write
// through the Executor stamps the graph with a fresh revision token (see REVISION below), so a
// read's rows stay valid for as long as the token does. The API reads the token once per request
// and answers repeated reads from memory; any new token empties the cache.

/** Set in the same transaction as every write made through the Executor. */
export const BUMP_REVISION = `MERGE (r:Revision {id: 'graph'}) SET r.token = $revisionToken, r.at = datetime()`;
export const READ_REVISION = `OPTIONAL MATCH (r:Revision {id: 'graph'}) RETURN r.token AS token`;

/** A graph never stamped (empty, or written only by other tools) still gets one shared token. */
export const UNSTAMPED = 'unstamped';

export class ReadCache {
  private token: string | null = null;
  private readonly entries: LRUCache<string, readonly Row[]>;
  hits = 0;
  misses = 0;

  constructor(maxMegabytes: number) {
    this.entries = new LRUCache<string, readonly Row[]>({
      maxSize: maxMegabytes * 1024 * 1024,
      // Rough but cheap: the JSON length of the rows, paid once per miss.
      sizeCalculation: (rows) => Math.max(1, JSON.stringify(rows).length),
    });
  }

  /** Rows read under `token`, or undefined. A token the cache has not seen empties it. */
  get(token: string, cypher: string, params: Params): readonly Row[] | undefined {
    this.adopt(token);
    const key = keyOf(cypher, params);
    const rows = key === null ? undefined : this.entries.get(key);
    if (rows) this.hits += 1;
    else this.misses += 1;
    return rows;
  }

  /**
   * Keeps rows read under `token`. A request that began before a write may finish after it;
   * its rows are dropped rather than filed under the newer token.
   */
  set(token: string, cypher: string, params: Params, rows: Row[]): readonly Row[] {
    const frozen = deepFreeze(rows);
    const key = keyOf(cypher, params);
    if (token === this.token && key !== null) this.entries.set(key, frozen);
    return frozen;
  }

  private adopt(token: string): void {
    if (token === this.token) return;
    this.entries.clear();
    this.token = token;
  }
}

/** Null for parameters JSON cannot spell (BigInt): such reads are simply not cached. */
function keyOf(cypher: string, params: Params): string | null {
  try {
    return `${cypher}\u0000${JSON.stringify(params)}`;
  } catch {
    return null;
  }
}

/** Cached rows are shared by every later request: freezing makes an accidental mutation throw instead of leak. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
