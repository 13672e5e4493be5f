// The words of a copy at their edges, written out: the first line of an error (trimmed, cut at 80
// characters), a terminal that fails and a clipboard that fails, the rescue without the
// print-out, the native clipboard's own time limit; and each variable the environment is read by.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard } from '../../../src/handover/clipboard/copy.js';
import { hasNativeClipboard, isRemote, transportsFor } from '../../../src/handover/clipboard/environment.js';

const failing = (message: string) => async () => {
  throw new Error(message);
};

afterEach(() => vi.useRealTimers());

describe('what a failed copy says', () => {
  it('the first line of each error, trimmed; one of 81 characters cut to 79 and "…", one of 80 kept', async () => {
    const long = 'x'.repeat(81);
    const outcome = await copyToClipboard('slmgr /ato', {
      env: { DISPLAY: ':0' }, platform: 'linux', writeNative: failing(`  ${long}\nsecond line`), writeToTerminal: failing(`${'y'.repeat(80)}\nmore`),
    });
    expect(outcome).toEqual({
      status: 'failed',
      message: `Not copied: this machine's clipboard failed (${'x'.repeat(79)}…); writing to the terminal failed (${'y'.repeat(80)}). Select it with the mouse, or find it printed on exit.`,
    });
  });

  it('without the print-out, the rescue is the mouse alone; several commands are "them"', async () => {
    const base = { env: {}, platform: 'linux' as const };
    expect((await copyToClipboard('a', { ...base, printedOnExit: false })).message).toBe(
      'Not copied: this machine has no clipboard (no display); OSC 52 cannot be used: there is no terminal to send it to. Select it with the mouse.',
    );
    expect((await copyToClipboard('a', { ...base, printedOnExit: false, plural: true })).message).toMatch(/ Select them with the mouse\.$/);
    expect((await copyToClipboard('a', { ...base, plural: true })).message).toMatch(/ Select them with the mouse, or find them printed on exit\.$/);
  });

  it('a confirmed copy says exactly "Copied to the clipboard."', async () => {
    expect(await copyToClipboard('a', { env: { DISPLAY: ':0' }, platform: 'linux', writeNative: async () => undefined })).toEqual({ status: 'copied', message: 'Copied to the clipboard.' });
  });

  it('the native clipboard gets the time given (here 20 ms), then OSC 52 is tried', async () => {
    vi.useFakeTimers();
    const terminal: string[] = [];
    let settled = false;
    const copy = copyToClipboard('a', {
      env: { DISPLAY: ':0' }, platform: 'linux', nativeTimeoutMs: 20, writeNative: () => new Promise(() => undefined), writeToTerminal: (b) => void terminal.push(b),
    }).then((o) => {
      settled = true;
      return o;
    });
    await vi.advanceTimersByTimeAsync(20);
    expect(settled).toBe(true);
    expect((await copy).status).toBe('sent-osc52');
  });

  it('a terminal outside tmux gets no tmux hint', async () => {
    const outcome = await copyToClipboard('a', { env: { SSH_TTY: '/dev/pts/1', STY: '1.pts-0.host' }, platform: 'linux', writeToTerminal: () => undefined });
    expect(outcome.hint).toBeUndefined();
    expect(outcome.status).toBe('sent-osc52');
  });
});

describe('the environment, variable by variable', () => {
  it.each([
    [{ SSH_TTY: '/dev/pts/1' }, true], [{ SSH_CONNECTION: '10.0.0.2 5 10.0.0.1 22' }, true], [{ SSH_CLIENT: '10.0.0.2 5 22' }, true],
    [{ SSH_TTY: '' }, false], [{}, false],
  ])('isRemote(%j) → %s', (env, remote) => {
    expect(isRemote(env)).toBe(remote);
  });

  it.each([
    ['android', { TERMUX_VERSION: '0.118' }, true], ['android', {}, false], ['android', { DISPLAY: ':0' }, false],
    ['linux', { WSL_INTEROP: '/run/WSL/1_interop' }, true], ['linux', { WSL_DISTRO_NAME: 'Ubuntu' }, true], ['linux', { DISPLAY: '' }, false],
    ['darwin', {}, true], ['win32', {}, true], ['freebsd', { DISPLAY: ':0' }, true], ['freebsd', {}, false],
  ] as const)('hasNativeClipboard(%s, %j) → %s', (platform, env, has) => {
    expect(hasNativeClipboard(platform, env)).toBe(has);
  });

  it('SSH_CONNECTION alone puts OSC 52 first', () => {
    expect(transportsFor({ env: { SSH_CONNECTION: 'x', DISPLAY: ':0' }, platform: 'linux', hasTerminal: true })).toEqual(['osc52', 'native']);
  });
});
