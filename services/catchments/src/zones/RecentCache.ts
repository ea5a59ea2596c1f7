/**
 * A small least-recently-used cache. Used for results that depend only on immutable inputs, such as
 * the union of a zone set's zones (a set never changes once drafted), so that asking for a coverage
 * report again does not redo the one expensive step.
 *
 * @example const cache = new RecentCache<string, number>(2); cache.set('a', 1); cache.get('a') // 1
 */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error('RecentCache needs a capacity of at least 1');
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key); // re-insert: Map order is least recently used first
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  get size(): number {
    return this.entries.size;
  }
}
