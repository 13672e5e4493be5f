// esbuild plugins that keep work out of the bin's start: each edits one file of a dependency
// at bundle time, with exact text replacements that must match (an upgraded dependency that
// no longer has the text fails the build loudly instead of silently losing the change).
import { readFile } from 'node:fs/promises';

/**
 * Replaces `edits` ([from, to, expected count]) in the files whose path matches `filter`.
 * `name` says why, in the build's error when an edit no longer matches.
 */
export function patchSource(name, filter, edits) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [from, to, expected] of edits) {
          const found = text.split(from).length - 1;
          if (found !== expected) throw new Error(`${name}: expected ${expected}× ${JSON.stringify(from)} in ${args.path}, found ${found}`);
          text = text.split(from).join(to);
        }
        return { contents: text, loader: 'js' };
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
