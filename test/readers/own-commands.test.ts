// The readers read what the project's own commands print (issue 15, item 2): every command of
// data/commands and every PowerShell twin is either read — its output, in the shape that command
// prints it, reads as the output it is with the facts it shows — or named here with the reason no
// reader claims it. A new command or twin fails the first test until it is placed.

import { describe, expect, it } from 'vitest';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { everyKey, NOT_READ, READS, type OutputCase } from './command-table.js';
import { command, HOST_PRODUCT, HOST_SERVICE, psPrompt, twinOutput } from './own-outputs.js';

describe('every command and twin of the project is placed: read, or not read for a reason', () => {
  it('none is left out, none is both', () => {
    const keys = everyKey();
    expect(keys.length).toBeGreaterThan(150);
    expect(keys.filter((k) => !(k in READS) && !(k in NOT_READ))).toEqual([]);
    expect(keys.filter((k) => k in READS && k in NOT_READ)).toEqual([]);
    expect([...Object.keys(READS), ...Object.keys(NOT_READ)].filter((k) => !keys.includes(k))).toEqual([]);
  });
});

describe('the output of every command a reader claims reads as what it is', () => {
  // A command whose output cannot be built (its twin no longer has the shape its builder knows) fails alone.
  const built = (key: string, build: () => OutputCase[]): (OutputCase | Error)[] => {
    try { return build(); } catch (e) { return [e as Error]; }
  };
  const cases = Object.entries(READS).flatMap(([key, build]) => built(key, build).map((c) => [`${key}: ${c instanceof Error ? 'its output' : c.name}`, c] as const));
  it.each(cases)('%s', (_name, c) => {
    if (c instanceof Error) throw c;
    const reading = readOutput(c.text);
    expect(reading.kind).toBe(c.kind);
    if (c.facts) expect(reading.facts).toMatchObject(c.facts);
    if (c.code) expect(reading.code).toBe(c.code);
  });
});

describe('the twins\' own output answers the questions slmgr\'s does (item 2)', () => {
  it('the KMS host\'s /dlv twin, licensed, answers "is the host licensed" (it used to say it cannot read the status)', () => {
    const text = twinOutput(command('slmgr-dlv-host.twin'), [[HOST_PRODUCT], [HOST_SERVICE]]);
    expect(answerFromOutput('host-status', readOutput(text), {})).toMatchObject({ ok: true, event: 'LICENSED' });
  });

  it('the KMS host\'s /dlv twin, in its initial grace period, answers "not activated"', () => {
    const text = twinOutput(command('slmgr-dlv-host.twin'), [[{ ...HOST_PRODUCT, LicenseStatus: 2 }], [HOST_SERVICE]]);
    expect(answerFromOutput('host-status', readOutput(text), {})).toMatchObject({ ok: true, event: 'UNACTIVATED', facts: [expect.stringContaining('Initial grace period')] });
  });

  it('the command line comes from the twin itself', () => {
    expect(psPrompt(command('slmgr-dlv.twin'))).toContain("@{n='LicenseStatus'");
  });
});
