// The wizard in a real terminal under what technicians do to it: signals, Ctrl+C twice,
// resize storms, random bursts of keys, a corrupted screen and Ctrl+L, a non-UTF-8 locale,
// NO_COLOR. The screen is read through a terminal emulator; the terminal's modes with stty.

import stripAnsi from 'strip-ansi';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/bin.js';
import { runOnScreen, type ScreenRun } from '../support/screen-terminal.js';

const FIRST = 'What do you have to go on?';
// The shell prints the wizard's exit code and the terminal's modes once the wizard is gone.
const AFTER = `"${process.execPath}" "${BIN}"; echo "EXIT=$?"; stty -a | tr '\\n' ' '; echo; sleep 0.3`;

/** The pid of the wizard, the shell's child. */
function childOf(shell: number): number {
  for (let i = 0; i < 100; i++) {
    const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim();
    if (children) return Number(children.split(' ')[0]);
  }
  throw new Error('the wizard did not start');
}

/** The exit code and the stty line the shell printed after the wizard. */
async function afterExit(run: ScreenRun): Promise<{ exit: number; stty: string }> {
  await run.exited;
  const text = run.raw();
  return { exit: Number(/EXIT=(\d+)/.exec(text)?.[1]), stty: /speed .*$/m.exec(text)?.[0] ?? '' };
}

const restoredModes = (stty: string) => {
  expect(stty).toMatch(/(^| )icanon /);
  expect(stty).toMatch(/(^| )echo /);
};

describe.skipIf(process.platform !== 'linux')('signals and Ctrl+C restore the terminal', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s ends with %i, the terminal as it was', async (signal, code) => {
    const run = runOnScreen([], 80, 24, {}, AFTER);
    await run.waitFor(FIRST);
    process.kill(childOf(run.pid), signal);
    const { exit, stty } = await afterExit(run);
    expect(exit).toBe(code);
    restoredModes(stty);
    const tail = run.raw().slice(run.raw().lastIndexOf(FIRST));
    for (const mode of ['\u001B[?2004l', '\u001B[?25h', '\u001B[?1049l']) expect(tail).toContain(mode);
  });

  it('Ctrl+C twice in one read ends with 130 and leaves the terminal cooked', async () => {
    const run = runOnScreen([], 80, 24, {}, AFTER);
    await run.waitFor(FIRST);
    run.write('\u0003\u0003');
    const { exit, stty } = await afterExit(run);
    expect(exit).toBe(130);
    restoredModes(stty);
  });

  it('q from a resolution prints it on the normal screen, commands whole, after leaving the alternate screen', async () => {
    const run = runOnScreen(['0xC004F075'], 80, 24);
    await run.waitFor('Show me the fix');
    run.write('\r');
    await run.waitFor('Resolution:');
    run.write('q');
    expect(await run.exited).toBe(0);
    const raw = run.raw();
    const printed = stripAnsi(raw.slice(raw.lastIndexOf('\u001B[?1049l')));
    // First the code and the path (the scrollback alone serves the ticket), then the resolution.
    expect(printed).toContain('0xC004F075 — ');
    expect(printed).toMatch(/The path:\r?\n1\. /);
    expect(printed.indexOf('The path:')).toBeLessThan(printed.indexOf('Resolution: The licensing service was stopping'));
    // Every command whole on its line (under its label, indented), both forms.
    expect(printed).toMatch(/\n {3}cscript \/\/nologo %windir%\\system32\\slmgr\.vbs \/ato\r?\n/);
    expect(printed).toContain('Invoke-CimMethod -MethodName Activate');
  });
});

describe('the screen stays sane', () => {
  it('after a storm of resizes: one breadcrumb, the question and its choices, no stale line', async () => {
    const run = runOnScreen(['0x8007232B'], 80, 24);
    await run.waitFor('Which DNS domain is the client in?');
    for (let i = 0; i < 40; i++) {
      run.resize(i % 2 ? 100 : 70, i % 3 ? 30 : 22);
      if (i % 5 === 0) await run.settle(5);
    }
    run.resize(80, 24);
    await run.settle(400);
    const lines = run.lines();
    expect(lines[0]).toMatch(/^kms-doctor › 0x8007232B/);
    expect(lines.filter((l) => l.startsWith('kms-doctor ›'))).toHaveLength(1);
    expect(lines.join('\n')).toContain('Which DNS domain is the client in?');
    expect(lines.filter((l) => l.includes('Which DNS domain'))).toHaveLength(1);
  });

  it('Ctrl+L redraws a screen something else scribbled on', async () => {
    const run = runOnScreen([], 80, 24);
    await run.waitFor(FIRST);
    const before = run.lines();
    // Another program writes over the screen (what a wall message or a stray background job does).
    await run.scribble('\u001B[5;1HBroadcast message from root: going down\r\n\u001B[2Kxxxxxxxx');
    expect(run.lines()).not.toEqual(before);
    run.write('\u000C');
    await run.settle(300);
    expect(run.lines()).toEqual(before);
  });

  it('survives random bursts of keys: alive, and the screen still starts with its breadcrumb', async () => {
    const run = runOnScreen([], 80, 24);
    await run.waitFor(FIRST);
    const keys = ['\u001B[A', '\u001B[B', '\u001B[C', '\u001B[D', '\r', '\t', '\u007F', 'a', 'z', '0', '7', 'p', '?', ' ', '\u001B[5~', '\u001B[6~', '\u0015', '\u0017', '\u001B[1;5P', '\u001B[31m', '\u001B[200~x\ry\u001B[201~', '\u001B'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let exited = false;
    void run.exited.then(() => (exited = true));
    for (let burst = 0; burst < 60; burst++) {
      let chunk = '';
      for (let i = 0; i < 1 + Math.floor(random() * 6); i++) chunk += keys[Math.floor(random() * keys.length)];
      run.write(chunk);
      if (burst % 10 === 0) await run.settle(20);
    }
    await run.settle(400);
    expect(exited).toBe(false);
    expect(run.lines()[0]).toMatch(/^kms-doctor/);
    run.write('\u0003');
    expect(await run.exited).toBe(130);
  });
});

describe('terminals that cannot do everything', () => {
  it('a non-UTF-8 locale gets ASCII symbols', async () => {
    const run = runOnScreen([], 80, 24, { LANG: 'C', LC_ALL: '', LC_CTYPE: '' });
    await run.waitFor(FIRST);
    const screen = run.lines().join('\n');
    expect(screen).toContain('> An error code');
    expect(screen).not.toMatch(/[^\x00-\x7f]/);
    run.write('q');
    expect(await run.exited).toBe(0);
  });

  it('NO_COLOR draws no colour', async () => {
    const run = runOnScreen([], 80, 24, { NO_COLOR: '1' });
    await run.waitFor(FIRST);
    run.write('q');
    await run.exited;
    expect(run.raw()).not.toMatch(/\u001B\[(3\d|9\d|1|2|7)m/);
  });
});
