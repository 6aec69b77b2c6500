import { ReadCache } from '../../../src/db/readCache';

const Q = 'MATCH (p:Plan {id: $id}) RETURN p.title AS title';

describe('ReadCache', () => {
  it('answers the same read under the same revision, and only that read', () => {
    const cache = new ReadCache(1);
    expect(cache.get(1, Q, { id: 'a' })).toBeUndefined();
    cache.set(1, Q, { id: 'a' }, [{ title: 'A' }]);
    expect(cache.get(1, Q, { id: 'a' })).toEqual([{ title: 'A' }]);
    expect(cache.get(1, Q, { id: 'b' })).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it('forgets everything when the graph’s revision rises', () => {
    const cache = new ReadCache(1);
    cache.get(1, Q, { id: 'a' });
    cache.set(1, Q, { id: 'a' }, [{ title: 'A' }]);
    expect(cache.get(2, Q, { id: 'a' })).toBeUndefined();
    expect(cache.get(1, Q, { id: 'a' })).toBeUndefined();
  });

  it('never rolls back to an older revision: a late reader neither empties it nor is answered from newer rows', () => {
    const cache = new ReadCache(1);
    cache.get(5, Q, { id: 'a' });
    cache.set(5, Q, { id: 'a' }, [{ title: 'new' }]);
    // A request that read revision 4 before the write asks late: the database answers it…
    expect(cache.get(4, Q, { id: 'a' })).toBeUndefined();
    cache.set(4, Q, { id: 'a' }, [{ title: 'old' }]);
    // …and the rows of revision 5 stay, not replaced by its older ones.
    expect(cache.current).toBe(5);
    expect(cache.get(5, Q, { id: 'a' })).toEqual([{ title: 'new' }]);
    // Revisions compare as numbers, not as text ('10' < '9').
    cache.get(10, Q, {});
    cache.set(10, Q, {}, [{ title: 'ten' }]);
    expect(cache.get(9, Q, {})).toBeUndefined();
    expect(cache.get(10, Q, {})).toEqual([{ title: 'ten' }]);
  });

  it('drops rows read under a revision that is no longer current (a request that straddled a write)', () => {
    const cache = new ReadCache(1);
    cache.get(1, Q, { id: 'a' });
    cache.get(2, Q, { id: 'a' });
    const rows = cache.set(1, Q, { id: 'a' }, [{ title: 'old' }]);
    expect(rows).toEqual([{ title: 'old' }]);
    expect(cache.get(2, Q, { id: 'a' })).toBeUndefined();
  });

  it('hands out frozen rows, so a caller that mutates one fails loudly instead of changing later answers', () => {
    const cache = new ReadCache(1);
    cache.get(1, Q, {});
    const rows = cache.set(1, Q, {}, [{ plan: { tags: ['a'] } }]);
    expect(() => {
      (rows[0] as { plan: { tags: string[] } }).plan.tags.push('b');
    }).toThrow(TypeError);
  });

  it('keeps within its memory budget by evicting the least recently used answers', () => {
    const cache = new ReadCache(1);
    const big = [{ text: 'x'.repeat(400_000) }];
    cache.get(1, Q, {});
    for (const id of ['a', 'b', 'c']) cache.set(1, Q, { id }, big);
    expect(cache.get(1, Q, { id: 'a' })).toBeUndefined();
    expect(cache.get(1, Q, { id: 'c' })).toEqual(big);
  });

  it('does not cache reads whose parameters JSON cannot spell', () => {
    const cache = new ReadCache(1);
    cache.get(1, Q, { n: 1n });
    cache.set(1, Q, { n: 1n }, [{ title: 'A' }]);
    expect(cache.get(1, Q, { n: 1n })).toBeUndefined();
  });
});
