import { describe, expect, it } from 'vitest';
import { COPIED, copyToClipboard, sentMessage, type CopyOptions } from '../../../src/handover/clipboard/copy.js';
import { osc52 } from '../../../src/handover/clipboard/osc52.js';

const TEXT = 'slmgr /skms kms01.corp.contoso.com:1688';

/** A fake terminal and a fake native clipboard that record what reached them. */
function fakes(native: 'works' | 'fails' | 'hangs' = 'works') {
  const terminal: string[] = [];
  const clipboard: string[] = [];
  const options: CopyOptions = {
    platform: 'linux',
    writeToTerminal: (bytes) => void terminal.push(bytes),
    writeNative: async (text) => {
      if (native === 'fails') throw new Error("Clipboard access requires a display server (X11 or Wayland).\nmore");
      if (native === 'hangs') return new Promise(() => {});
      clipboard.push(text);
    },
    nativeTimeoutMs: 20,
  };
  return { terminal, clipboard, options };
}

describe('copying', () => {
  it('says "Copied" when the native clipboard confirmed it, and sends nothing to the terminal', async () => {
    const f = fakes();
    const outcome = await copyToClipboard(TEXT, { ...f.options, env: { DISPLAY: ':0' } });
    expect(outcome).toEqual({ status: 'copied', message: COPIED });
    expect(f.clipboard).toEqual([TEXT]);
    expect(f.terminal).toEqual([]);
  });

  it('falls back to OSC 52 when clipboardy fails, and does not claim "Copied"', async () => {
    const f = fakes('fails');
    const outcome = await copyToClipboard(TEXT, { ...f.options, env: { DISPLAY: ':0' } });
    expect(outcome.status).toBe('sent-osc52');
    expect(outcome.message).toBe(
      "Sent to your terminal's clipboard (OSC 52) — if nothing pastes, your terminal blocks it; the command is also printed on exit",
    );
    expect(outcome.message).not.toContain('Copied');
    expect(f.terminal).toEqual([osc52(TEXT)]);
  });

  it('falls back to OSC 52 when the native clipboard never answers', async () => {
    const f = fakes('hangs');
    const outcome = await copyToClipboard(TEXT, { ...f.options, env: { DISPLAY: ':0' } });
    expect(outcome.status).toBe('sent-osc52');
    expect(f.terminal).toEqual([osc52(TEXT)]);
  });

  it('goes by OSC 52 over SSH without touching the remote clipboard', async () => {
    const f = fakes();
    const outcome = await copyToClipboard(TEXT, { ...f.options, env: { DISPLAY: 'localhost:10.0', SSH_TTY: '/dev/pts/3' } });
    expect(outcome.status).toBe('sent-osc52');
    expect(f.clipboard).toEqual([]);
    expect(f.terminal).toEqual([osc52(TEXT)]);
  });

  it('wraps for tmux inside tmux and names the setting it needs', async () => {
    const f = fakes();
    const outcome = await copyToClipboard(TEXT, { ...f.options, env: { TMUX: '/tmp/tmux-1000/default,1,0' } });
    expect(f.terminal[0]).toMatch(/^\x1bPtmux;\x1b\x1b\]52;c;/);
    expect(outcome.hint).toBe('In tmux this needs: set -g allow-passthrough on');
  });

  it('uses the native clipboard when the terminal write fails', async () => {
    const f = fakes();
    const outcome = await copyToClipboard(TEXT, {
      ...f.options,
      env: { SSH_TTY: '/dev/pts/3', DISPLAY: 'localhost:10.0' },
      writeToTerminal: () => {
        throw new Error('EIO');
      },
    });
    expect(outcome).toEqual({ status: 'copied', message: COPIED });
    expect(f.clipboard).toEqual([TEXT]);
  });

  it('fails with a clear message when both ways fail', async () => {
    const f = fakes('fails');
    const outcome = await copyToClipboard(TEXT, { ...f.options, env: { DISPLAY: ':0', TERM: 'dumb' } });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toBe(
      "Not copied: this machine's clipboard failed (Clipboard access requires a display server (X11 or Wayland).); " +
        'OSC 52 cannot be used: the terminal is TERM=dumb. Select it with the mouse, or find it printed on exit.',
    );
    expect(f.terminal).toEqual([]);
  });

  it('fails with a clear message with no display and no terminal', async () => {
    const f = fakes();
    const outcome = await copyToClipboard(TEXT, { ...f.options, env: {}, writeToTerminal: undefined });
    expect(outcome).toEqual({
      status: 'failed',
      message:
        'Not copied: this machine has no clipboard (no display); OSC 52 cannot be used: there is no terminal to send it to. ' +
        'Select it with the mouse, or find it printed on exit.',
    });
    expect(f.clipboard).toEqual([]);
  });

  it('refuses a text too long for OSC 52 rather than sending part of it', async () => {
    const f = fakes();
    const outcome = await copyToClipboard('x'.repeat(60_000), { ...f.options, env: { SSH_TTY: '/dev/pts/3' }, plural: true });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('too long for a terminal');
    expect(outcome.message).toContain('Select them with the mouse');
    expect(f.terminal).toEqual([]);
  });

  it('words the OSC 52 message for several commands, and without the print-out', () => {
    expect(sentMessage(true)).toMatch(/; the commands are also printed on exit$/);
    expect(sentMessage(false, false)).toBe("Sent to your terminal's clipboard (OSC 52) — if nothing pastes, your terminal blocks it");
  });
});
