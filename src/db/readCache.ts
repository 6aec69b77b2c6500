import { LRUCache } from 'lru-cache';
import type { Params, Row } from './executor';

// Plan data changes only when something writes: a load, the aligner, a curation. Every write
// through the Executor raises the graph's revision (revision.ts), so a read's rows stay valid for
// as long as the revision does. Requests read the revision once (cachedReads.ts) and answer
// repeated reads from memory; a higher revision empties the cache.

export class ReadCache {
  /** The highest revision seen so far; entries were all read under it. */
  private revision = -1;
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

  /** The revision the entries belong to (-1 before any read). */
  get current(): number {
    return this.revision;
  }

  /**
   * Rows read under `revision`, or undefined. A higher revision than any seen empties the cache;
   * a lower one (a request that began before a write) is answered by the database, never from rows
   * read after the write, and never rolls the cache back.
   */
  get(revision: number, cypher: string, params: Params): readonly Row[] | undefined {
    this.adopt(revision);
    const key = revision === this.revision ? keyOf(cypher, params) : null;
    const rows = key === null ? undefined : this.entries.get(key);
    if (rows) this.hits += 1;
    else this.misses += 1;
    return rows;
  }

  /**
   * Keeps rows read under `revision` when it is still the newest: a request that began before a
   * write may finish after it, and its rows are dropped rather than filed under the newer revision.
   */
  set(revision: number, cypher: string, params: Params, rows: Row[]): readonly Row[] {
    const frozen = deepFreeze(rows);
    const key = keyOf(cypher, params);
    if (revision === this.revision && key !== null) this.entries.set(key, frozen);
    return frozen;
  }

  private adopt(revision: number): void {
    if (revision <= this.revision) return;
    this.entries.clear();
    this.revision = revision;
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
