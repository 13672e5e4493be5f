// What the wizard does not do at start, and what it does not keep: Yoga's wasm loader must
// not reach for fetch (which loads Node's undici, ~14 ms and 5 MiB); V8's young generation
// stays small (it grew to 8 MiB within seven keys, 32 MiB later, and was never given back);
// no Intl.Segmenter is created for plain text (ICU's data: ~8 ms and 2.7 MiB). Checked in the built bin, in a real terminal, from what the
// process reports as it exits.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInTerminal } from '../support/bin.js';
import { NO_PTY } from '../support/pty.js';

/** What the process reports as it exits. */
interface ExitReport {
  /** Node's internal modules loaded. */
  modules: string[];
  /** The size of V8's young generation (new space), in bytes. */
  newSpace: number;
  /** How many Intl.Segmenter objects were created (each loads ICU data; the first ~8 ms). */
  segmenters: number;
}

/** A preload that writes an ExitReport; `read` gives it back. */
function exitReport(): { preload: string; read: () => ExitReport } {
  const dir = mkdtempSync(join(tmpdir(), 'kms-exit-'));
  const preload = join(dir, 'report.cjs');
  const report = join(dir, 'report.json');
  writeFileSync(
    preload,
    `let segmenters = 0;
    const Segmenter = Intl.Segmenter;
    Intl.Segmenter = class extends Segmenter { constructor(...args) { super(...args); segmenters++; } };
    process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({
      modules: process.moduleLoadList,
      newSpace: require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size,
      segmenters,
    })));`,
  );
  return { preload, read: () => JSON.parse(readFileSync(report, 'utf8')) as ExitReport };
}

const KEYS = { down: '\u001B[B', up: '\u001B[A', enter: '\r' };

describe.skipIf(NO_PTY)('the wizard at start', () => {
  it('does not load undici (no fetch for Yoga\'s embedded wasm)', async () => {
    const { preload, read } = exitReport();
    const t = runInTerminal([], 80, 24, { NODE_OPTIONS: `--require ${preload}` });
    await t.ready('What do you have to go on?');
    t.write('q');
    expect(await t.exited).toBe(0);
    const { modules } = read();
    expect(modules.some((m) => m.includes('internal/modules'))).toBe(true); // the report is real
    expect(modules.filter((m) => m.includes('undici'))).toEqual([]);
  });

  it('keeps the young generation small and creates no Intl.Segmenter through a seven-key walk', async () => {
    const { preload, read } = exitReport();
    const t = runInTerminal([], 80, 24, { NODE_OPTIONS: `--require ${preload}` });
    await t.ready('What do you have to go on?');
    for (const [key, screen] of [[KEYS.down, '❯ No code'], [KEYS.enter, 'Description line'], [KEYS.down, '❯ VOLUME_KMS or'], [KEYS.up, '❯ VOLUME_KMSCLIENT'], [KEYS.enter, '❯'], [KEYS.down, '❯'], [KEYS.enter, '❯']] as const) {
      const before = t.raw().length;
      t.write(key);
      await t.waitFor(screen);
      while (t.raw().length === before) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100));
    }
    t.write('\u0003');
    expect(await t.exited).toBe(130);
    const report = read();
    expect(report.newSpace).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(report.segmenters).toBe(0); // plain text all the way: no ICU break-iterator data loaded
  });
});
