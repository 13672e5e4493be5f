// kms-doctor.exe runs one CommonJS script (a Node 20 single executable application can hold
// nothing else): scripts/build-exe-config.mjs bundles the bin so. Built here into a temporary
// folder and run by this Node, it prints what the bin prints, needs no package at run time, and
// starts the wizard (which waits for Yoga's WebAssembly instead of a top-level await).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exeBuildOptions } from '../../scripts/build-exe-config.mjs';
import { runBin, runInTerminal } from '../support/bin.js';
import { NO_PTY } from '../support/pty.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const dir = mkdtempSync(join(tmpdir(), 'kms-exe-script-'));
const script = join(dir, 'kms-doctor.cjs');
let meta: Metafile;

beforeAll(async () => {
  meta = (await build({ ...exeBuildOptions(ROOT, version, script), logLevel: 'silent', metafile: true })).metafile;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kms-doctor.exe's script", () => {
  it('is one CommonJS file whose require() names only Node built-ins (all a single executable can load)', () => {
    expect(Object.keys(meta.outputs).filter((o) => o.endsWith('.cjs'))).toHaveLength(1);
    const outside = Object.values(meta.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(outside.filter((p) => !p.startsWith('node:') && !builtinModules.includes(p))).toEqual([]);
    expect(readFileSync(script, 'utf8')).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('holds clipboardy, loaded on the first copy, and no React devtools', () => {
    const inputs = Object.keys(meta.inputs);
    expect(inputs.some((p) => /node_modules[\\/]clipboardy[\\/]lib[\\/]windows\.js$/.test(p))).toBe(true);
    expect(inputs.filter((p) => /react-devtools-core|node_modules[\\/]ws[\\/]/.test(p))).toEqual([]);
  });

  it.each([
    [['--version']],
    [['explain', '--json', '0xC004F074', '--host', 'kms01.corp.contoso.com']],
    [['keys', 'server', '2022']],
    [['parse', 'test/fixtures/samples/dli-kms-client-1.txt']],
    [['0xC004F074']],
    [['--frobnicate']],
  ])('%j prints what the bin prints, with its exit code', async (args) => {
    const [exe, bin] = await Promise.all([runBin(args, '', {}, script), runBin(args)]);
    expect([exe.stdout, exe.stderr, exe.code]).toEqual([bin.stdout, bin.stderr, bin.code]);
  });
});

describe.skipIf(NO_PTY)("the wizard from kms-doctor.exe's script", () => {
  it('draws the first screen, takes keys and quits with q (exit 0)', async () => {
    const t = runInTerminal(['0xC004F074'], 80, 24, {}, script);
    await t.ready('What do the client');
    t.write('\u001B[B'); // ↓ highlights the second choice
    await t.waitFor('no answer');
    t.write('q');
    expect(await t.exited).toBe(0);
  });
});
