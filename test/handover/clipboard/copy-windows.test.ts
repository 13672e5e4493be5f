// On Windows a clean exit of PowerShell's Set-Clipboard proves nothing (a stubbed or locked-down
// powershell.exe exits 0 too): "Copied" only when the clipboard, read back, holds the text.

import { describe, expect, it } from 'vitest';
import { COPIED, copyToClipboard, type CopyOptions } from '../../../src/handover/clipboard/copy.js';
import { osc52 } from '../../../src/handover/clipboard/osc52.js';

const TEXT = 'REM Activate now (client)\nslmgr /ato\nREM Show the licence (client)\nslmgr /dlv';

/** A Windows clipboard whose write "succeeds" and whose read gives `held` (or throws it). */
function windows(held: string | Error, withTerminal = true) {
  const terminal: string[] = [];
  const written: string[] = [];
  let reads = 0;
  const options: CopyOptions = {
    platform: 'win32',
    env: { WT_SESSION: 'x' },
    nativeTimeoutMs: 50,
    writeNative: async (text) => void written.push(text),
    readNative: async () => {
      reads += 1;
      if (held instanceof Error) throw held;
      return held;
    },
    ...(withTerminal ? { writeToTerminal: (bytes: string) => void terminal.push(bytes) } : {}),
  };
  return { options, terminal, written, reads: () => reads };
}

describe('copying on Windows', () => {
  it('"Copied" when the clipboard read back holds the text (CRLF and a final newline are the same text)', async () => {
    const w = windows(`${TEXT.replace(/\n/g, '\r\n')}\r\n`);
    expect(await copyToClipboard(TEXT, w.options)).toEqual({ status: 'copied', message: COPIED });
    expect([w.written, w.reads(), w.terminal]).toEqual([[TEXT], 1, []]);
  });

  it('a write that "succeeds" while the clipboard stays empty is not "Copied": OSC 52 goes next', async () => {
    const w = windows('');
    const outcome = await copyToClipboard(TEXT, w.options);
    expect(outcome.status).toBe('sent-osc52');
    expect(outcome.message).not.toContain('Copied');
    expect(w.terminal).toEqual([osc52(TEXT)]);
  });

  it('with no terminal either, the status says what was tried and what came of it', async () => {
    const w = windows('something copied earlier', false);
    const outcome = await copyToClipboard(TEXT, { ...w.options, plural: true });
    expect(outcome).toEqual({
      status: 'failed',
      message:
        "Not copied: PowerShell's Set-Clipboard ran, but the clipboard did not hold the text when read back; " +
        'OSC 52 cannot be used: there is no terminal to send it to. Select them with the mouse, or find them printed on exit.',
    });
  });

  it('a clipboard that cannot be read back is not "Copied" either', async () => {
    const w = windows(new Error('Get-Clipboard : Requested Clipboard operation did not succeed.'), false);
    const outcome = await copyToClipboard(TEXT, w.options);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain(
      "PowerShell's Set-Clipboard ran, but the clipboard could not be read back to confirm it (Get-Clipboard : Requested Clipboard operation did not succeed.)",
    );
  });

  it('elsewhere the write is trusted and nothing is read back (pbcopy, wl-copy and xsel fail loudly)', async () => {
    for (const [platform, env] of [['darwin', {}], ['linux', { DISPLAY: ':0' }]] as const) {
      const w = windows(new Error('never read'));
      expect(await copyToClipboard(TEXT, { ...w.options, platform, env })).toEqual({ status: 'copied', message: COPIED });
      expect(w.reads()).toBe(0);
    }
  });
});
