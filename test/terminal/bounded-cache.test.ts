// Ink's text-measuring caches are bounded: the LRU cache itself, and Ink's own measure-text and
// wrap-text modules as the build bundles them (with the edits of scripts/build-plugins.mjs).

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boundedInkCaches, fastStringWidth } from '../../scripts/build-plugins.mjs';
import { boundedCache } from '../../src/terminal/bounded-cache.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('boundedCache', () => {
  it('keeps at most its entries, dropping the least recently used', () => {
    const cache = boundedCache<number>('test entries', { entries: 3, chars: 1_000 });
    ['a', 'b', 'c'].forEach((k, i) => cache.set(k, i));
    expect(cache.get('a')).toBe(0); // a is now the most recently used
    cache.set('d', 3);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([0, 2, 3]);
  });

  it('keeps at most its characters, and does not keep a text larger than the bound', () => {
    const cache = boundedCache<string>('test chars', { entries: 100, chars: 50 });
    for (let i = 0; i < 20; i++) cache.set(`key${i}`, 'x'.repeat(10));
    expect(cache.chars).toBeLessThanOrEqual(50);
    expect(cache.get('key19')).toBe('x'.repeat(10));
    cache.set('huge', 'y'.repeat(60));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('key19', 'z');
    expect(cache.get('key19')).toBe('z');
    expect(cache.chars).toBeLessThanOrEqual(50);
  });
});

/** Ink's measure-text and wrap-text, bundled as the bin bundles them. */
async function bundledInkMeasuring() {
  const result = await build({
    stdin: {
      contents: [
        `export { default as measureText } from ${JSON.stringify(`${ROOT}node_modules/ink/build/measure-text.js`)};`,
        `export { default as wrapText } from ${JSON.stringify(`${ROOT}node_modules/ink/build/wrap-text.js`)};`,
        "export { cacheStats, CACHE_BOUNDS } from './src/terminal/bounded-cache.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [fastStringWidth(ROOT), ...boundedInkCaches(ROOT)],
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString('base64')}`);
}

describe("Ink's caches in the bundle", () => {
  it('stay within their bounds while a long value is typed, and still answer correctly', async () => {
    const ink = await bundledInkMeasuring();
    // Typing a 20 000-character value, measured (and wrapped at 80 columns) every 100 keys; and
    // 5 000 short distinct texts. Unbounded, the caches would hold 2 M characters and 5 200 entries.
    for (let n = 100; n <= 20_000; n += 100) {
      const value = 'x'.repeat(n);
      expect(ink.measureText(value)).toEqual({ width: n, height: 1 });
      expect(ink.wrapText(value, 80, 'wrap').split('\n')).toHaveLength(Math.ceil(n / 80));
    }
    for (let i = 0; i < 5_000; i++) ink.measureText(`line ${i}`);
    const stats: { name: string; size: number; chars: number }[] = ink.cacheStats();
    expect(stats.map((s) => s.name).sort()).toEqual(['ink measure-text', 'ink wrap-text']);
    for (const s of stats) {
      expect(s.size).toBeGreaterThan(0);
      expect(s.size).toBeLessThanOrEqual(ink.CACHE_BOUNDS.entries);
      expect(s.chars).toBeLessThanOrEqual(ink.CACHE_BOUNDS.chars);
    }
    expect(ink.measureText('line 4999')).toEqual({ width: 9, height: 1 }); // a hit still answers
  });
});
