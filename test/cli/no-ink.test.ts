// The non-interactive paths (explain, keys, --help, --version) never load Ink or React: the
// modules they import are bundled alone here and their inputs listed. (In the shipped bin the
// wizard sits behind a dynamic import that esbuild keeps lazy.)

import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    external: ['./wizard/run.js'], // the dynamic import that starts the wizard
  });
  return Object.keys(result.metafile.inputs);
}

describe('non-interactive commands do not load Ink', () => {
  it.each(['src/commands/explain.ts', 'src/commands/keys.ts'])('%s', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.some((p) => p.includes('src/catalog'))).toBe(true); // the check sees real imports
    expect(inputs.filter((p) => /node_modules\/(ink|react|ink-[a-z-]+)\//.test(p))).toEqual([]);
  });

  it('the CLI entry reaches Ink only through the wizard import', async () => {
    const inputs = await inputsOf('src/cli.ts');
    expect(inputs.filter((p) => /node_modules\/(ink|react)\//.test(p))).toEqual([]);
  });
});

describe('the data is checked at build time, so the bin bundles no zod', () => {
  it.each(['src/commands/explain.ts', 'src/commands/keys.ts'])('%s', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.some((p) => p.includes('data/error-codes/'))).toBe(true);
    expect(inputs.filter((p) => p.includes('node_modules/zod/'))).toEqual([]);
  });
});
