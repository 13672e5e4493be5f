// The built bin in a real terminal (a PTY) and without one.

import { describe, expect, it } from 'vitest';
import { runBin, runInTerminal } from '../support/bin.js';

describe('in a real terminal', () => {
  it('shows the first screen, reaches a code by keys, and exits 130 on Ctrl+C with the terminal restored', async () => {
    const t = runInTerminal([]);
    await t.ready('What do you have to go on?');
    t.write('\r'); // the first choice: an error code
    await t.ready('Type or paste the error code');
    for (const ch of '0xC004F074') t.write(ch);
    await t.waitFor('› 0xC004F074');
    t.write('\r');
    await t.waitFor('0xC004F074 — ');
    t.write('\x03');
    expect(await t.exited).toBe(130);
    expect(t.raw()).toContain('\u001B[?25h'); // the cursor is shown again
  });

  it('starts at a code given as an argument and quits with q (exit 0)', async () => {
    const t = runInTerminal(['0xC004F075']);
    await t.ready('0xC004F075 — ');
    t.write('q');
    expect(await t.exited).toBe(0);
  });

  it('quits with q from a too-small window even on a typed-answer step', async () => {
    const t = runInTerminal(['0x8007232B'], 30, 6); // its first screen asks for the DNS domain
    await t.ready('This window is 30×6');
    t.write('q');
    expect(await t.exited).toBe(0);
  });

  it('says so when the window is too small, and still quits', async () => {
    const t = runInTerminal([], 40, 7);
    await t.ready('This window is 40×7');
    t.write('q');
    expect(await t.exited).toBe(0);
  });
});

describe('without a terminal', () => {
  it('does not start the wizard: a clear paragraph, exit 2, no stack trace', async () => {
    const r = await runBin([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs an interactive terminal');
    expect(r.stderr).toContain('kms-doctor explain');
    expect(r.stderr + r.stdout).not.toMatch(/Raw mode|at .*\.mjs:\d+|Error:/);
  });

  it('also refuses when only stdin is piped, even with a code', async () => {
    const r = await runBin(['0xC004F074'], 'anything');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs an interactive terminal');
  });
});
