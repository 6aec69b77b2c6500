import type { Params, ReadLayer, Row } from './executor';
import type { ReadCache } from './readCache';
import { READ_REVISION, revisionOf } from './revision';

/**
 * One request's view of the shared read cache (Executor.scoped(new CachedReads(cache))): it reads
 * the graph's revision once, on its first read (one auto-commit round trip), and answers every read
 * it has seen under that revision from memory. After this request's own write it reads the
 * revision again, so a mutation's later reads see what it wrote.
 */
export class CachedReads implements ReadLayer {
  hits = 0;
  private revision: Promise<number> | null = null;

  constructor(private readonly cache: ReadCache) {}

  async read(
    cypher: string,
    params: Params,
    fetch: (cypher: string, params: Params) => Promise<Row[]>,
  ): Promise<Row[]> {
    const revision = await this.currentRevision(fetch);
    const cached = this.cache.get(revision, cypher, params);
    if (cached) {
      this.hits += 1;
      // Frozen rows: callers only read them (a mutation throws rather than corrupting the cache).
      return cached as Row[];
    }
    return this.cache.set(revision, cypher, params, await fetch(cypher, params)) as Row[];
  }

  written(): void {
    this.revision = null;
  }

  private currentRevision(fetch: (cypher: string, params: Params) => Promise<Row[]>): Promise<number> {
    this.revision ??= fetch(READ_REVISION, {})
      .then((rows) => revisionOf(rows[0]))
      .catch((err: unknown) => {
        this.revision = null;
        throw err;
      });
    return this.revision;
  }
}
