// Argument handling on util.parseArgs: strict options, negative decimal codes as arguments
// wherever they stand, and usage errors with the command's usage (exit 2, stderr only).

import { describe, expect, it } from 'vitest';
import { UsageError, parseCommandArgs } from '../../src/commands/args.js';
import { run as explain } from '../../src/commands/explain.js';
import { run as keys } from '../../src/commands/keys.js';
import { runMain } from '../../src/commands/main.js';
import { pipeIO } from '../support/command-io.js';

const JSON_OPTION = { json: { type: 'boolean' } } as const;

describe('parseCommandArgs', () => {
  it.each([
    [['-1073418124', '--json'], ['-1073418124'], true],
    [['--json', '-1073418124'], ['-1073418124'], true],
    [['a', '-1073418124', 'b', '--json'], ['a', '-1073418124', 'b'], true],
    [['--', '--json', '-5'], ['--json', '-5'], undefined],
  ])('%j: negative numbers stay arguments, in place', (args, positionals, json) => {
    const parsed = parseCommandArgs(args, JSON_OPTION);
    expect(parsed.positionals).toEqual(positionals);
    expect(parsed.values.json).toBe(json);
  });

  it.each([
    [['--frobnicate'], "unknown option '--frobnicate'"],
    [['-x'], "unknown option '-x'"],
    [['--json=yes'], "option '--json' takes no value"],
    [['--\u001B[31m'], "unknown option '--<ESC>[31m'"],
  ])('%j is a usage error', (args, message) => {
    expect(() => parseCommandArgs(args, JSON_OPTION)).toThrow(UsageError);
    expect(() => parseCommandArgs(args, JSON_OPTION)).toThrow(message);
  });
});

describe('usage errors: stderr with the usage, nothing on stdout, exit 2', () => {
  it.each([
    ['explain', explain, ['--frob', '0xC004F074'], 'kms-doctor explain: unknown option \'--frob\'\nUsage: kms-doctor explain [options] [text...]\n'],
    ['explain --json', explain, ['0xC004F074', '--json', '--nope'], 'kms-doctor explain: unknown option \'--nope\'\n'],
    ['keys', keys, ['--json=1'], 'kms-doctor keys: option \'--json\' takes no value\nUsage: kms-doctor keys [options] [words...]\n'],
  ] as const)('%s', async (_name, run, args, stderr) => {
    const r = await run(args, pipeIO());
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(stderr);
  });

  it('kms-doctor itself', async () => {
    const r = await runMain(['--frobnicate'], pipeIO(), '1.2.3', async () => 0);
    expect([r.exitCode, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe("kms-doctor: unknown option '--frobnicate'\nUsage: kms-doctor [options] [command] [code...]\nSee \"kms-doctor --help\" for the options and examples.\n");
  });
});

describe('help for each command', () => {
  it.each([
    ['explain', explain, ['--help'], ['Usage: kms-doctor explain', 'Examples:', 'Exit codes:', '--json']],
    ['explain -h with other words', explain, ['0xC004F074', '-h'], ['Usage: kms-doctor explain']],
    ['keys', keys, ['--help'], ['Usage: kms-doctor keys', 'Examples:', 'Exit codes:']],
  ] as const)('%s', async (_name, run, args, texts) => {
    const r = await run(args, pipeIO());
    expect(r.exitCode).toBe(0);
    for (const t of texts) expect(r.stdout).toContain(t);
  });

  it('kms-doctor --help lists every command of the table', async () => {
    const { COMMANDS } = await import('../../src/commands/table.js');
    const r = await runMain(['--help'], pipeIO(), '1.2.3', async () => 0);
    for (const [word, c] of Object.entries(COMMANDS)) expect(r.stdout).toMatch(new RegExp(`^  ${word} .*${c.summary.slice(0, 20)}`, 'm'));
  });
});

describe('kms-doctor without a command word', () => {
  const started: (string | undefined)[] = [];
  const wizard = async (code: string | undefined) => {
    started.push(code);
    return 0;
  };
  const terminal = pipeIO('', { stdinIsTTY: true, stdoutIsTTY: true, env: { TERM: 'xterm-256color' } });

  it('starts the wizard at the code text, a negative decimal included', async () => {
    started.length = 0;
    expect((await runMain(['-1073418124'], terminal, '1', wizard)).exitCode).toBe(0);
    expect((await runMain(['Error:', '0xC004F074', '--no-color'], terminal, '1', wizard)).exitCode).toBe(0);
    expect((await runMain([], terminal, '1', wizard)).exitCode).toBe(0);
    expect(started).toEqual(['-1073418124', 'Error: 0xC004F074', undefined]);
  });

  it('--version and -v print the version', async () => {
    for (const flag of ['--version', '-v']) expect((await runMain([flag], pipeIO(), '1.2.3', wizard)).stdout).toBe('1.2.3\n');
  });

  it.each([
    ['piped', pipeIO(), 'needs an interactive terminal'],
    ['TERM=dumb', pipeIO('', { stdinIsTTY: true, stdoutIsTTY: true, env: { TERM: 'dumb' } }), 'TERM=dumb'],
  ])('%s: no wizard, the no-terminal message, exit 2', async (_name, io, text) => {
    started.length = 0;
    const r = await runMain(['0xC004F074'], io, '1', wizard);
    expect([r.exitCode, r.stdout, started]).toEqual([2, '', []]);
    expect(r.stderr).toContain(text);
    expect(r.stderr).toContain('kms-doctor explain');
  });
});
