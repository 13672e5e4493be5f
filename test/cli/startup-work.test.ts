// What the wizard does not do at start: Yoga's wasm loader must not reach for fetch (which
// loads Node's undici, ~14 ms and 5 MiB). Checked in the built bin, in a real terminal, from
// the list of Node's internal modules the process loaded.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInTerminal } from '../support/bin.js';

/** A preload that writes the internal modules loaded by exit time to `report`. */
function moduleReport(): { preload: string; read: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'kms-modules-'));
  const preload = join(dir, 'report.cjs');
  const report = join(dir, 'modules.json');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(process.moduleLoadList)));`);
  return { preload, read: () => JSON.parse(readFileSync(report, 'utf8')) as string[] };
}

describe('the wizard at start', () => {
  it('does not load undici (no fetch for Yoga\'s embedded wasm)', async () => {
    const { preload, read } = moduleReport();
    const t = runInTerminal([], 80, 24, { NODE_OPTIONS: `--require ${preload}` });
    await t.ready('What do you have to go on?');
    t.write('q');
    expect(await t.exited).toBe(0);
    const loaded = read();
    expect(loaded.some((m) => m.includes('internal/modules'))).toBe(true); // the report is real
    expect(loaded.filter((m) => m.includes('undici'))).toEqual([]);
  });
});
