// Unicode or ASCII symbols, by is-unicode-supported 2.1.0's rule (the ecosystem's), and the
// switches that override it: --ascii and --unicode reach the wizard, both at once is a usage error.

import { describe, expect, it } from 'vitest';
import { runMain, type WizardStart } from '../../src/commands/main.js';
import { drawsUnicode, unicodeTerminal } from '../../src/terminal/ascii.js';
import { pipeIO } from '../support/command-io.js';

describe('unicodeTerminal: the rule of is-unicode-supported', () => {
  it.each([
    ['an unset LANG on a UTF-8 terminal (containers, SSH)', { TERM: 'xterm-256color' }],
    ['LANG=C: the locale says nothing of what the terminal draws', { LANG: 'C', TERM: 'xterm' }],
    ['LC_ALL=POSIX', { LC_ALL: 'POSIX', TERM: 'screen' }],
    ['no TERM at all', {}],
  ])('Linux, %s: Unicode', (_name, env) => {
    expect(unicodeTerminal(env, 'linux')).toBe(true);
    expect(unicodeTerminal(env, 'darwin')).toBe(true);
  });

  it('the Linux kernel console (TERM=linux) gets ASCII, whatever the locale', () => {
    expect(unicodeTerminal({ TERM: 'linux', LANG: 'en_US.UTF-8' }, 'linux')).toBe(false);
  });

  it.each([
    ['Windows Terminal', { WT_SESSION: '6f1c0d3e-0000-4000-8000-000000000000' }],
    ['VS Code', { TERM_PROGRAM: 'vscode' }],
    ['cmder', { ConEmuTask: '{cmd::Cmder}' }],
    ['Terminus', { TERMINUS_SUBLIME: '1' }],
    ['Terminus, newer', { TERM_PROGRAM: 'Terminus-Sublime' }],
    ['a JetBrains IDE', { TERMINAL_EMULATOR: 'JetBrains-JediTerm' }],
    ['Git Bash (mintty)', { TERM: 'xterm-256color' }],
    ['Alacritty', { TERM: 'alacritty' }],
    ['rxvt-unicode', { TERM: 'rxvt-unicode-256color' }],
  ])('Windows, %s: Unicode', (_name, env) => {
    expect(unicodeTerminal(env, 'win32')).toBe(true);
  });

  it.each([
    ['the console window of cmd or PowerShell (conhost)', {}],
    ['conhost with a UTF-8 LANG someone set', { LANG: 'en_US.UTF-8' }],
    ['an empty WT_SESSION', { WT_SESSION: '' }],
    ['ConEmu without cmder', { ConEmuTask: '{cmd}' }],
  ])('Windows, %s: ASCII', (_name, env) => {
    expect(unicodeTerminal(env, 'win32')).toBe(false);
  });

  it('--ascii and --unicode win over the rule', () => {
    expect(drawsUnicode('ascii', { TERM: 'xterm-256color' }, 'linux')).toBe(false);
    expect(drawsUnicode('unicode', {}, 'win32')).toBe(true);
    expect(drawsUnicode(undefined, {}, 'win32')).toBe(false);
    expect(drawsUnicode(undefined, { WT_SESSION: 'x' }, 'win32')).toBe(true);
  });
});

describe('--ascii and --unicode on the command line', () => {
  const terminal = pipeIO('', { stdinIsTTY: true, stdoutIsTTY: true, env: { TERM: 'xterm-256color' } });

  it.each([
    [['--ascii'], 'ascii'],
    [['--unicode', '0xC004F074'], 'unicode'],
    [[], undefined],
  ] as const)('%j reaches the wizard as %s', async (args, symbols) => {
    let seen: WizardStart | undefined;
    const r = await runMain(args, terminal, '1', async (_code, start) => ((seen = start), 0));
    expect(r.exitCode).toBe(0);
    expect(seen?.symbols).toBe(symbols);
  });

  it('both at once: a usage error, the wizard not started', async () => {
    let started = false;
    const r = await runMain(['--ascii', '--unicode'], terminal, '1', async () => ((started = true), 0));
    expect([r.exitCode, started]).toEqual([2, false]);
    expect(r.stderr).toContain('--ascii and --unicode cannot both be given');
  });

  it('--help names both switches', async () => {
    const r = await runMain(['--help'], pipeIO(), '1', async () => 0);
    expect(r.stdout).toMatch(/^ {2}--ascii +draw the wizard with ASCII symbols/m);
    expect(r.stdout).toMatch(/^ {2}--unicode +draw Unicode symbols/m);
  });
});
