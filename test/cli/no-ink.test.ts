// The non-interactive paths (explain, keys, --help, --version) never load Ink, React or the
// wizard's chunk, and the bin holds no zod (the data is checked at build time). Read off the
// metafile of the bin's real build: what the entry loads, and what each command's chunk adds.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binMetafile, inputsOf, outputOf, staticClosure } from '../support/bundle.js';

const INK_OR_REACT = /node_modules\/(ink|react|react-reconciler|yoga-layout|ink-[a-z-]+)\//;

describe('what each path of the bin loads', () => {
  it('the entry is small: no package, no data, only what every command needs', async () => {
    const meta = await binMetafile();
    const entry = staticClosure(meta, [outputOf(meta, 'src/cli.ts')]);
    const inputs = inputsOf(meta, entry);
    expect(inputs).toContain('src/cli.ts');
    expect(inputs.filter((p) => p.startsWith('node_modules/') || p.startsWith('data/'))).toEqual([]);
    // Argument parsing, the command table and the help: a few KB (commander alone was 38 KB).
    expect([...entry].reduce((n, o) => n + meta.outputs[o]!.bytes, 0)).toBeLessThan(20_000);
  });

  it.each(['src/commands/explain.ts', 'src/commands/keys.ts'])('%s loads no Ink, React or wizard chunk', async (command) => {
    const meta = await binMetafile();
    const loaded = staticClosure(meta, [outputOf(meta, 'src/cli.ts'), outputOf(meta, command)]);
    const inputs = inputsOf(meta, loaded);
    expect(inputs.some((p) => p.startsWith('src/catalog/'))).toBe(true); // the check sees real imports
    expect(inputs.filter((p) => INK_OR_REACT.test(p))).toEqual([]);
    expect(loaded.has(outputOf(meta, 'src/wizard/run.tsx'))).toBe(false);
  });

  it('the wizard is its own chunk, loaded by dynamic import', async () => {
    const meta = await binMetafile();
    const wizard = outputOf(meta, 'src/wizard/run.tsx');
    const entry = meta.outputs[outputOf(meta, 'src/cli.ts')]!;
    expect(entry.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)).toContain(wizard);
    expect(inputsOf(meta, staticClosure(meta, [wizard])).some((p) => p.startsWith('node_modules/ink/'))).toBe(true);
  });

  it('no output holds zod: the data was checked at build time', async () => {
    const meta = await binMetafile();
    expect(inputsOf(meta, Object.keys(meta.outputs)).filter((p) => p.includes('node_modules/zod/'))).toEqual([]);
  });
});

describe('what the bundle leaves out or puts in front', () => {
  it('no Ink devtools: neither ws nor react-devtools-core', async () => {
    const meta = await binMetafile();
    expect(inputsOf(meta, Object.keys(meta.outputs)).filter((p) => /node_modules\/(ws|react-devtools-core)\/|ink\/build\/devtools/.test(p))).toEqual([]);
  });

  it('every copy of string-width is reached through the fast path', async () => {
    const meta = await binMetafile();
    const inputs = Object.keys(meta.inputs);
    const copies = inputs.filter((p) => /node_modules\/(.*\/)?string-width\/index\.js$/.test(p) && !p.startsWith('kms-fast-width:'));
    const wrapped = inputs.filter((p) => p.startsWith('kms-fast-width:'));
    expect(copies.length).toBe(2); // Ink's string-width 8 and wrap-ansi's 7
    expect(wrapped.map((p) => p.replace(/^kms-fast-width:/, '')).sort()).toEqual(copies.map((p) => resolve(p)).sort()); // paths as this platform writes them
    // Only the wrappers import string-width itself.
    const importers = inputs.filter((p) => meta.inputs[p]!.imports.some((i) => copies.includes(i.path)));
    expect(importers.every((p) => p.startsWith('kms-fast-width:'))).toBe(true);
  });
});
