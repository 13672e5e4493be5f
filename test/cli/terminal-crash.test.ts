// What a technician sees when something goes wrong inside: in a real terminal, an emoji or
// another character beyond the Basic Multilingual Plane is a key like any other, and an
// internal error — wherever it is thrown — ends in one plain sentence and exit 70, the
// terminal restored, never a stack trace.

import { describe, expect, it } from 'vitest';
import { runBin } from '../support/bin.js';
import { NO_PTY } from '../support/pty.js';
import { runOnScreen } from '../support/screen-terminal.js';

const FIRST = 'What do you have to go on?';
// A file: URL, which --import takes on every system (a Windows path would read as a URL scheme).
const fault = (name: string) => `--import=${new URL(`../fixtures/faults/${name}`, import.meta.url).href}`;
/** A stack frame as Node prints it ("    at f (file:///…:3:541)") or Node's own banner. */
const STACK = /^\s+at .+|^Node\.js v\d+|RangeError|Maximum call stack/m;

describe.skipIf(NO_PTY)('characters beyond the Basic Multilingual Plane in a real terminal', () => {
  it.each([
    ['the start screen', [] as string[], '', FIRST],
    ['a question', ['0xC004F074'], '', 'newest events 12288 and 12289'],
    // 0xC004F075 opens on what it means; Enter shows the fix.
    ['a resolution', ['0xC004F075'], 'Show me the fix', 'Resolution:'],
  ])('at %s: 😀, 𝐀, a ZWJ sequence and a combining mark change nothing; q still quits', async (_, args, before, text) => {
    const run = runOnScreen(args, 80, 24);
    if (before) {
      await run.waitFor(before);
      run.write('\r');
    }
    await run.waitFor(text);
    let exited = false;
    void run.exited.then(() => (exited = true));
    run.write('😀');
    run.write('𝐀👩\u200D💻e\u0301🇫🇷');
    await run.settle(400);
    expect(exited).toBe(false);
    expect(run.lines().join('\n')).toContain(text);
    run.write('q');
    expect(await run.exited).toBe(0);
    expect(run.raw()).not.toMatch(STACK);
  });
});

describe.skipIf(NO_PTY)('an internal error in a real terminal', () => {
  it('thrown while a key is handled: one sentence, exit 70, the terminal restored, no stack trace', async () => {
    const run = runOnScreen([], 80, 24, { NODE_OPTIONS: fault('throw-in-segmenter.mjs') });
    await run.waitFor(FIRST);
    run.write('\u{F0000}');
    expect(await run.exited).toBe(70);
    await run.settle(50);
    const raw = run.raw();
    const after = raw.slice(raw.lastIndexOf('\u001B[?1049l'));
    expect(after).toContain('kms-doctor hit a problem it did not expect and stopped');
    expect(after).not.toMatch(STACK);
    expect(after).not.toContain('injected fault');
  });

  it('thrown from a timer after a command has finished: one sentence, exit 70, no stack trace', async () => {
    const r = await runBin(['keys', 'Windows 11 Pro'], '', { NODE_OPTIONS: fault('throw-late.mjs') });
    expect(r.code).toBe(70);
    expect(r.stderr).toBe('kms-doctor hit a problem it did not expect: injected late fault\nPlease report this, with the command you ran.\n');
  });
});
