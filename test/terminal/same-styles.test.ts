// Ink's frame-to-text step with the same-styles shortcut (scripts/build-plugins.mjs) writes
// exactly what the original writes, for random text with colour and style codes.

import { styledCharsFromTokens, styledCharsToString, tokenize } from '@alcalzone/ansi-tokenize';
import { build } from 'esbuild';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fastStyledChars } from '../../scripts/build-plugins.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** ansi-tokenize as the bin bundles it, with the shortcut. */
async function bundledStyledChars(): Promise<{ styledCharsToString: typeof styledCharsToString }> {
  const result = await build({
    stdin: { contents: "export { styledCharsToString } from '@alcalzone/ansi-tokenize';", resolveDir: ROOT, loader: 'js' },
    bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent',
    plugins: [fastStyledChars(ROOT)],
  });
  expect(result.outputFiles[0]!.text).toContain('sameStyles'); // the shortcut is in
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString('base64')}`);
}

const codes = ['\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[31m', '\u001B[39m', '\u001B[0m', '\u001B[7m', '\u001B[27m', '\u001B[38;2;1;2;3m', '\u001B[1;31m'];
const text = fc.array(fc.oneof(fc.constantFrom(...codes), fc.constantFrom('a', ' ', '❯', '—', 'x', '中')), { maxLength: 60 }).map((p) => p.join(''));

describe('styledCharsToString with the same-styles shortcut', () => {
  it('writes what the original writes', async () => {
    const patched = await bundledStyledChars();
    fc.assert(fc.property(text, (line) => {
      const chars = styledCharsFromTokens(tokenize(line));
      expect(patched.styledCharsToString(chars)).toBe(styledCharsToString(chars));
    }), { numRuns: 3_000 });
  });
});
