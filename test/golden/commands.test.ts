// The built bin's non-interactive output, byte for byte: explain (text and --json), keys,
// --help and --version, with their exit codes. See test/support/golden.ts to update.

import { describe, it } from 'vitest';
import { runBin } from '../support/bin.js';
import { expectGolden } from '../support/golden.js';

/** Each case: the golden file's name and the arguments (and standard input) it records. */
const CASES: [name: string, args: string[], stdin?: string][] = [
  ['explain-C004F074.txt', ['explain', '0xC004F074']],
  ['explain-C004F074.json', ['explain', '--json', '0xC004F074']],
  ['explain-8007232B.txt', ['explain', '0x8007232B']],
  ['explain-8007232B.json', ['explain', '--json', '0x8007232B']],
  ['explain-C004F038.txt', ['explain', 'C004F038']],
  ['explain-decimal.json', ['explain', '--json', '-1073418124']],
  ['explain-unknown.txt', ['explain', '0x80070020']],
  ['explain-unknown.json', ['explain', '--json', '0x80070020']],
  ['explain-no-code.txt', ['explain', 'the', 'machine', 'will', 'not', 'activate']],
  ['explain-no-code.json', ['explain', '--json', 'nothing here']],
  ['explain-values.txt', ['explain', '0x8007232B', '--domain', 'corp.contoso.com', '--host', 'kms01:1689']],
  ['explain-values.json', ['explain', '--json', '--host', 'kms01', '0x8007232B']],
  ['explain-help.txt', ['explain', '--help']],
  ['keys-help.txt', ['keys', '--help']],
  ['explain-stdin.txt', ['explain'], 'Activating Windows(R) ...\nError: 0x8007232B DNS name does not exist\n'],
  ['keys-all.txt', ['keys']],
  ['keys-all.json', ['keys', '--json']],
  ['keys-server-2022.txt', ['keys', 'server', '2022']],
  ['keys-server-2022.json', ['keys', '--json', 'server', '2022']],
  ['keys-no-match.txt', ['keys', 'vista', 'business']],
  ['help.txt', ['--help']],
  ['version.txt', ['--version']],
];

describe('output stays byte-identical', () => {
  it.each(CASES)('%s', async (name, args, stdin) => {
    const r = await runBin(args, stdin);
    expectGolden(`cli/${name}`, `$ kms-doctor ${args.join(' ')}\nexit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`);
  });
});
