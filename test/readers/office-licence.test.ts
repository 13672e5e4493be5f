// Issue 15, item 3: a KMS host may hold Office's KMS host licence beside Windows's (Name "Office
// 16, OfficeKMSHostVL_KMS_Host edition"; Office's application IDs begin 0ff1ce). Windows's
// questions read Windows's licence (application 55c92734-…) only; Office's is named as Office.

import { describe, expect, it } from 'vitest';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { outputsOf } from '../../src/readers/reading.js';
import { variant } from './fixtures.js';

const officeOnly = () => readOutput(variant('dlv-office-kms-host.txt'));
const both = () => readOutput(variant('dlv-all-kms-host-office.txt'));

describe('Office\'s KMS host licence is read as Office\'s', () => {
  it('by its Application ID (0ff1ce…)', () => {
    expect(officeOnly().facts).toMatchObject({ application: 'office', channel: 'kms-host', currentCount: 7, side: 'host' });
    expect(outputsOf(both()).map((r) => r.facts.application)).toEqual(['office', 'windows', 'windows']);
  });

  it('by its name when the Application ID line is not there (slmgr /dli)', () => {
    const dli = variant('dlv-office-kms-host.txt').split('\n').filter((l) => !/Application ID/.test(l)).join('\n');
    expect(readOutput(dli).facts.application).toBe('office');
  });
});

describe('Windows\'s questions read Windows\'s licence only', () => {
  it('"is the host licensed" reads Windows\'s host licence (in its grace period), not Office\'s (licensed)', () => {
    const result = answerFromOutput('host-status', both(), {});
    expect(result).toMatchObject({ ok: true, event: 'UNACTIVATED' });
    if (result.ok) expect(result.facts.join('\n')).toMatch(/Office's KMS host licence .* does not count here/);
  });

  it('"what is the Current count" reads Windows\'s count (3), not Office\'s (7)', () => {
    expect(answerFromOutput('kms-count', both(), {})).toMatchObject({ ok: true, values: { kmsCount: 3 } });
  });

  it('Office\'s licence alone does not answer Windows\'s host question, and says it is Office\'s', () => {
    const result = answerFromOutput('host-status', officeOnly(), {});
    if (result.ok) throw new Error('answered');
    expect(result.message).toMatch(/Office's licence, not Windows's/);
    expect(result.message).toContain('Office 16, OfficeKMSHostVL_KMS_Host edition');
  });

  it('Office\'s count alone is offered for an Office client, not taken as Windows\'s', () => {
    const result = answerFromOutput('kms-count', officeOnly(), {});
    expect(result).toMatchObject({ ok: false, lead: { value: '7' } });
    if (!result.ok) expect(result.message).toMatch(/count of Office clients; Windows keeps its own/);
  });

  it('Office\'s licence alone does not answer "which channel is this machine\'s Windows key"', () => {
    const result = answerFromOutput('channel', officeOnly(), {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Office's licence, not Windows's/);
  });

  it('the listening port is the one service\'s: either licence gives it', () => {
    expect(answerFromOutput('host-port', officeOnly(), {})).toMatchObject({ ok: true, values: { port: 1688 } });
  });
});

describe('the editions slmgr /dlv all lists beside the licence in use', () => {
  it('come from the same machine: a KMS host\'s unkeyed VOLUME_KMSCLIENT edition is no client', () => {
    const parts = outputsOf(both());
    expect(parts.map((r) => r.facts.side)).toEqual(['host', 'host', 'host']);
    // So the host's listing does not answer "which key does the client have".
    expect(answerFromOutput('channel-kms-client', both(), {}).ok).toBe(false);
  });
});
