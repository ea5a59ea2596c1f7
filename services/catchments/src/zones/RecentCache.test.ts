import { RecentCache } from './RecentCache';

describe('RecentCache', () => {
  it('when more entries arrive than it holds, then the least recently used one is dropped', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('when made with no room, then it refuses', () => {
    expect(() => new RecentCache(0)).toThrow('capacity');
  });
});
