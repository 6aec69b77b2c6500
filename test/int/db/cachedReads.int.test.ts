import { CachedReads } from '../../../src/db/cachedReads';
import { ReadCache } from '../../../src/db/readCache';
import { useGraph } from '../../helpers/database';

// The shared read cache against the real revision counter: every committed write raises it, and
// a request that began before a write can neither roll the cache back nor be answered from rows
// read after the write.

const TITLE = "MATCH (n:RoundTrip {id: 'rt/cached'}) RETURN n.title AS title";
const REVISION = "MATCH (r:Revision {id: 'graph'}) RETURN r.counter AS counter";

describe('CachedReads over the revision counter', () => {
  const db = useGraph('empty');

  it('raises the revision by one per committed write, and not for a rolled-back one', async () => {
    const executor = db.executor();
    const revision = async () => Number((await executor.read(REVISION))[0]?.counter);
    await executor.write("MERGE (n:RoundTrip {id: 'rt/cached'}) SET n.title = 'one'");
    const first = await revision();
    await executor.inWriteTransaction((tx) => tx.run("MATCH (n:RoundTrip {id: 'rt/cached'}) SET n.title = 'two'"));
    await executor
      .inWriteTransaction(async (tx) => {
        await tx.run("MATCH (n:RoundTrip {id: 'rt/cached'}) SET n.title = 'never'");
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await revision()).toBe(first + 1);
  });

  it('keeps the newer rows when a request that began before a write reads after it', async () => {
    const root = db.executor();
    const cache = new ReadCache(1);
    await root.write("MERGE (n:RoundTrip {id: 'rt/cached'}) SET n.title = 'old'");

    // A slow request reads the revision (and the old title) before the write…
    const slow = root.scoped(new CachedReads(cache));
    expect(await slow.read(TITLE)).toEqual([{ title: 'old' }]);
    await root.write("MATCH (n:RoundTrip {id: 'rt/cached'}) SET n.title = 'new'");

    // …a request after the write fills the cache under the new revision…
    const fresh = root.scoped(new CachedReads(cache));
    expect(await fresh.read(TITLE)).toEqual([{ title: 'new' }]);
    const newest = cache.current;

    // …then the slow request reads again: its own revision is older, so the database answers it
    // (the title it sees is the committed one, not the cache's), and the cache stays where it was.
    const tripsBefore = slow.roundTrips;
    expect(await slow.read(TITLE)).toEqual([{ title: 'new' }]);
    expect(slow.roundTrips - tripsBefore).toBe(1);
    expect(slow.cacheHits).toBe(0);
    expect(cache.current).toBe(newest);

    // A third request is still answered from memory: one round trip, the revision check.
    const third = root.scoped(new CachedReads(cache));
    expect(await third.read(TITLE)).toEqual([{ title: 'new' }]);
    expect([third.roundTrips, third.cacheHits]).toEqual([1, 1]);
  });
});
