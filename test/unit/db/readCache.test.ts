import { ReadCache } from '../../../src/db/readCache';

const Q = 'MATCH (p:Plan {id: $id}) RETURN p.title AS title';

describe('ReadCache', () => {
  it('answers the same read under the same revision, and only that read', () => {
    const cache = new ReadCache(1);
    expect(cache.get('t1', Q, { id: 'a' })).toBeUndefined();
    cache.set('t1', Q, { id: 'a' }, [{ title: 'A' }]);
    expect(cache.get('t1', Q, { id: 'a' })).toEqual([{ title: 'A' }]);
    expect(cache.get('t1', Q, { id: 'b' })).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it('forgets everything when the graph’s revision changes', () => {
    const cache = new ReadCache(1);
    cache.get('t1', Q, { id: 'a' });
    cache.set('t1', Q, { id: 'a' }, [{ title: 'A' }]);
    expect(cache.get('t2', Q, { id: 'a' })).toBeUndefined();
    expect(cache.get('t1', Q, { id: 'a' })).toBeUndefined();
  });

  it('drops rows read under a revision that is no longer current (a request that straddled a write)', () => {
    const cache = new ReadCache(1);
    cache.get('t1', Q, { id: 'a' });
    cache.get('t2', Q, { id: 'a' });
    const rows = cache.set('t1', Q, { id: 'a' }, [{ title: 'old' }]);
    expect(rows).toEqual([{ title: 'old' }]);
    expect(cache.get('t2', Q, { id: 'a' })).toBeUndefined();
  });

  it('hands out frozen rows, so a caller that mutates one fails loudly instead of changing later answers', () => {
    const cache = new ReadCache(1);
    cache.get('t1', Q, {});
    const rows = cache.set('t1', Q, {}, [{ plan: { tags: ['a'] } }]);
    expect(() => {
      (rows[0] as { plan: { tags: string[] } }).plan.tags.push('b');
    }).toThrow(TypeError);
  });

  it('keeps within its memory budget by evicting the least recently used answers', () => {
    const cache = new ReadCache(1);
    const big = [{ text: 'x'.repeat(400_000) }];
    cache.get('t1', Q, {});
    for (const id of ['a', 'b', 'c']) cache.set('t1', Q, { id }, big);
    expect(cache.get('t1', Q, { id: 'a' })).toBeUndefined();
    expect(cache.get('t1', Q, { id: 'c' })).toEqual(big);
  });

  it('does not cache reads whose parameters JSON cannot spell', () => {
    const cache = new ReadCache(1);
    cache.get('t1', Q, { n: 1n });
    cache.set('t1', Q, { n: 1n }, [{ title: 'A' }]);
    expect(cache.get('t1', Q, { n: 1n })).toBeUndefined();
  });
});
