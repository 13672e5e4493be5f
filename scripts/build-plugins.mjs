// esbuild plugins that keep work out of the bin's start: each edits one file of a dependency
// at bundle time, with exact text replacements that must match (an upgraded dependency that
// no longer has the text fails the build loudly instead of silently losing the change).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Replaces `edits` ([from, to, expected count]) in the files whose path matches `filter`, and
 * puts `prefix` (an import) before the text. `name` says why, in the build's error when an
 * edit no longer matches.
 */
export function patchSource(name, filter, edits, prefix = '') {
  return {
    name,
    setup(build) {
      build.onLoad({ filter, namespace: 'file' }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [from, to, expected] of edits) {
          const found = text.split(from).length - 1;
          if (found !== expected) throw new Error(`${name}: expected ${expected}× ${JSON.stringify(from)} in ${args.path}, found ${found}`);
          text = text.split(from).join(to);
        }
        return { contents: prefix + text, loader: 'js' };
      });
    },
  };
}

/**
 * Yoga's wasm loader asks `typeof fetch` and, Node having one, fetches its embedded data: URL
 * through undici (about 14 ms and 5 MiB at the wizard's start). Telling it there is no fetch
 * makes it decode the same embedded bytes directly, which it does anyway in browsers without
 * fetch. Only this file is edited: any other code keeps Node's fetch.
 */
export const yogaWithoutFetch = patchSource('yoga-without-fetch', /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/, [
  ['"function"!=typeof fetch', '"function"!="undefined"', 2],
]);

const FAST_WIDTH = 'kms-fast-width';
const SKIP = Symbol('resolve string-width itself');

/**
 * Puts src/terminal/fast-width.ts in front of every copy of string-width in the bundle (Ink's,
 * and wrap-ansi's older one): an import of `string-width` gets a small module that wraps the
 * very copy the importer would have had, so what the fast path does not cover is measured
 * exactly as before.
 */
export function fastStringWidth(root) {
  const fastPath = join(root, 'src', 'terminal', 'fast-width.ts');
  return {
    name: 'fast-string-width',
    setup(build) {
      build.onResolve({ filter: /^string-width$/ }, async (args) => {
        if (args.pluginData === SKIP) return undefined;
        const real = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: SKIP });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: FAST_WIDTH };
      });
      build.onLoad({ filter: /.*/, namespace: FAST_WIDTH }, (args) => ({
        contents: `import real from ${JSON.stringify(args.path)};\nimport { withFastPath } from ${JSON.stringify(fastPath)};\nexport default withFastPath(real);\n`,
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

/**
 * Ink keeps every text it ever measured or wrapped in two module-level caches, without a
 * bound. These edits give both caches a bound (src/terminal/bounded-cache.ts), same lookups.
 */
export function boundedInkCaches(root) {
  const cacheModule = JSON.stringify(join(root, 'src', 'terminal', 'bounded-cache.ts'));
  const use = (name) => `import { boundedCache as __kmsBoundedCache } from ${cacheModule};\nconst cache = __kmsBoundedCache(${JSON.stringify(name)});`;
  const measure = patchSource('bounded-ink-measure-cache', /ink[\\/]build[\\/]measure-text\.js$/, [
    ['const cache = new Map();', use('ink measure-text'), 1],
  ]);
  const wrap = patchSource('bounded-ink-wrap-cache', /ink[\\/]build[\\/]wrap-text\.js$/, [
    ['const cache = {};', use('ink wrap-text'), 1],
    ['const cachedText = cache[cacheKey];', 'const cachedText = cache.get(cacheKey);', 1],
    ['cache[cacheKey] = wrappedText;', 'cache.set(cacheKey, wrappedText);', 1],
  ]);
  return [measure, wrap];
}

/**
 * Ink imports its React devtools bridge (and with it the `ws` WebSocket library, ~48 KB) only
 * when DEV=true; a bundle cannot drop that dynamic import, so it is resolved to an empty module.
 */
export function noInkDevtools(root) {
  return {
    name: 'no-ink-devtools',
    setup(build) {
      build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
        /ink[\\/]build$/.test(args.resolveDir) ? { path: join(root, 'stubs', 'ink-devtools.mjs') } : undefined,
      );
    },
  };
}

/**
 * The four grapheme segmenters of the bundle (both string-widths, Ink's ANSI tokenizer,
 * slice-ansi) become src/terminal/fast-graphemes.ts, which creates an Intl.Segmenter only for
 * text that needs one (the first costs ~8 ms and 2.7 MiB of ICU data).
 */
export function fastGraphemes(root) {
  const prefix = `import { fastGraphemeSegmenter as __kmsGraphemes } from ${JSON.stringify(join(root, 'src', 'terminal', 'fast-graphemes.ts'))};\n`;
  const swap = (name, filter, from) => patchSource(name, filter, [[from, '__kmsGraphemes()', 1]], prefix);
  return [
    swap('graphemes-string-width', /[\\/]string-width[\\/]index\.js$/, 'new Intl.Segmenter()'),
    swap('graphemes-ansi-tokenize', /ansi-tokenize[\\/]build[\\/]tokenize\.js$/, 'new Intl.Segmenter(undefined, { granularity: "grapheme" })'),
    swap('graphemes-slice-ansi', /slice-ansi[\\/]tokenize-ansi\.js$/, "new Intl.Segmenter(undefined, {granularity: 'grapheme'})"),
  ];
}

/**
 * Ink's frame-to-text step (ansi-tokenize's styledCharsToString) skips the style difference
 * between two cells whose styles are the same (src/terminal/same-styles.ts): it is empty.
 */
export function fastStyledChars(root) {
  const prefix = `import { sameStyles as __kmsSameStyles } from ${JSON.stringify(join(root, 'src', 'terminal', 'same-styles.ts'))};\n`;
  return patchSource('fast-styled-chars', /ansi-tokenize[\\/]build[\\/]styledChars\.js$/, [
    ['        else {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));', '        else if (!__kmsSameStyles(chars[i - 1].styles, char.styles)) {\n            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));', 1],
  ], prefix);
}
