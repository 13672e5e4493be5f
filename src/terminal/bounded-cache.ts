// A size-bounded stand-in for the module-level caches of Ink's text measuring (measure-text.js
// and wrap-text.js keep every distinct text they ever measured: typing a 20 000-character value
// grew the process from 93 to 274 MB). The build swaps Ink's caches for these
// (scripts/build-plugins.mjs); the least recently used entries go first once either bound is
// reached. Frames re-measure the same few hundred texts, so they still hit the cache.

/** The Map-like part of a cache that Ink's code uses. */
export interface BoundedCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Entries held now. */
  readonly size: number;
  /** Characters held now (keys, and values that are strings). */
  readonly chars: number;
}

/** Bounds of every Ink cache: entries, and characters in keys and string values together. */
export const CACHE_BOUNDS = { entries: 2_000, chars: 1_000_000 } as const;

const caches = new Map<string, BoundedCache<unknown>>();

const weigh = (key: string, value: unknown) => key.length + (typeof value === 'string' ? value.length : 0);

/** A new bounded LRU cache, registered under `name` for cacheStats(). */
export function boundedCache<V>(name: string, bounds: { entries: number; chars: number } = CACHE_BOUNDS): BoundedCache<V> {
  const map = new Map<string, V>();
  let chars = 0;
  const cache: BoundedCache<V> = {
    get(key) {
      const value = map.get(key);
      if (value === undefined) return undefined;
      map.delete(key); // re-insert: a Map iterates oldest first, so this marks it recently used
      map.set(key, value);
      return value;
    },
    set(key, value) {
      const weight = weigh(key, value);
      const old = map.get(key);
      if (old !== undefined) {
        map.delete(key);
        chars -= weigh(key, old);
      }
      if (weight > bounds.chars) return; // one huge text is measured again rather than kept
      map.set(key, value);
      chars += weight;
      for (const [oldest, held] of map) {
        if (map.size <= bounds.entries && chars <= bounds.chars) break;
        map.delete(oldest);
        chars -= weigh(oldest, held);
      }
    },
    get size() {
      return map.size;
    },
    get chars() {
      return chars;
    },
  };
  caches.set(name, cache as BoundedCache<unknown>);
  return cache;
}

/** How full each registered cache is (for tests and the bench). */
export function cacheStats(): { name: string; size: number; chars: number }[] {
  return [...caches].map(([name, c]) => ({ name, size: c.size, chars: c.chars }));
}
