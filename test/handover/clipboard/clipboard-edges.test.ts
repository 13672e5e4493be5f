// The clipboard at its edges, written out: the native clipboard's time limit in its message and
// no timer left behind, the OSC 52 status wording by default (one command), a Linux shell's
// comment line in a copied block, and GNU screen's pieces when the sequence is an exact multiple
// of the piece size (no empty piece after the last).

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandSpec } from '../../../flows/step.js';
import { copyAll } from '../../../src/handover/clipboard/copy-text.js';
import { copyToClipboard, sentMessage } from '../../../src/handover/clipboard/copy.js';
import { withinTime } from '../../../src/handover/clipboard/native.js';
import { wrapForScreen } from '../../../src/handover/clipboard/osc52.js';
import { shownCommands } from '../../../src/wizard/view-model.js';

const ESC = '\u001B';
afterEach(() => vi.useRealTimers());

describe('the native clipboard\'s time limit', () => {
  it('a clipboard that never answers is reported with the time it was given, in seconds', async () => {
    const outcome = await copyToClipboard('a', { env: { DISPLAY: ':0' }, platform: 'linux', nativeTimeoutMs: 20, writeNative: () => new Promise(() => undefined) });
    expect(outcome.message).toBe(
      "Not copied: this machine's clipboard failed (no answer within 0.02 s); OSC 52 cannot be used: there is no terminal to send it to. Select it with the mouse, or find it printed on exit.",
    );
  });

  it('a clipboard that answers in time leaves no timer running', async () => {
    vi.useFakeTimers();
    await expect(withinTime(Promise.resolve('held'), 5000)).resolves.toBe('held');
    expect(vi.getTimerCount()).toBe(0);
    await expect(withinTime(Promise.reject(new Error('refused')), 5000)).rejects.toThrow('refused');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the OSC 52 status', () => {
  it('by default speaks of one command, printed on exit', () => {
    expect(sentMessage()).toBe("Sent to your terminal's clipboard (OSC 52) — if nothing pastes, your terminal blocks it; the command is also printed on exit");
  });
});

describe('a copied block with a Linux shell command', () => {
  it('puts a # comment above it', () => {
    const rndc: CommandSpec = { purpose: 'Reload the zones', shell: 'sh', where: 'dns-server', elevated: true, changes: true, text: 'rndc reload' };
    expect(copyAll(shownCommands([rndc], {}, 'both'))).toBe('# Linux shell · on the DNS server · elevated · CHANGES the machine — Reload the zones\nrndc reload');
  });
});

describe('GNU screen pieces', () => {
  it('a sequence of exactly two pieces is two DCS strings, with no empty third', () => {
    const sequence = 'x'.repeat(480);
    expect(wrapForScreen(sequence)).toBe(`${ESC}P${'x'.repeat(240)}${ESC}\\${ESC}P${'x'.repeat(240)}${ESC}\\`);
  });
});
