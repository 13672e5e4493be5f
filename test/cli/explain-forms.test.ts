// Every documented form of a code works with every option of explain, in any order
// (`explain -1073418124 --json` used to print text: the negative number ate the options).

import { describe, expect, it } from 'vitest';
import { run as explain } from '../../src/commands/explain.js';
import { runBin } from '../support/bin.js';
import { pipeIO } from '../support/command-io.js';

const FORMS: string[][] = [['0xC004F074'], ['0xc004f074'], ['C004F074'], ['-1073418124'], ['3221549172'], ['Error: 0xC004F074'], ['Error:', '0xC004F074', 'The', 'Software'], ['-1073418124', 'and', 'more', 'words']];
// Each option with its value, as one group that stays together.
const OPTION_SETS: string[][][] = [
  [],
  [['--json']],
  [['--json'], ['--domain', 'corp.contoso.com'], ['--host', 'kms01:1689']],
  [['--port', '1689'], ['--json'], ['--host=kms01.corp.contoso.com']],
];

/** The options before, after, around and reversed about the code words. */
const orders = (code: string[], groups: string[][]): string[][] => [
  [...groups.flat(), ...code],
  [...code, ...groups.flat()],
  [...(groups[0] ?? []), ...code, ...groups.slice(1).flat()],
  [...code, ...[...groups].reverse().flat()],
];

describe.each(OPTION_SETS.map((o) => [o.flat().join(' ') || '(no option)', o] as const))('explain %s', (_name, groups) => {
  const options = groups.flat();
  it.each(FORMS.map((f) => [f.join(' '), f] as const))('with %s, in any order', async (_form, code) => {
    for (const args of orders(code, groups)) {
      const r = await explain(args, pipeIO());
      expect(r.exitCode, args.join(' ')).toBe(0);
      if (options.includes('--json')) expect(JSON.parse(r.stdout).code, args.join(' ')).toBe('0xC004F074');
      else expect(r.stdout.startsWith('0xC004F074 — '), args.join(' ')).toBe(true);
    }
  });

  it('with the code on standard input', async () => {
    const r = await explain(options, pipeIO('Activating Windows(R) ...\nError: 0xC004F074 The Software Licensing Service reported …\n'));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('0xC004F074');
  });
});

describe('the built bin', () => {
  it('explain -1073418124 --json prints JSON (the case reported)', async () => {
    const r = await runBin(['explain', '-1073418124', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ known: true, code: '0xC004F074' });
    expect(r.stderr).toBe('');
  });
});
