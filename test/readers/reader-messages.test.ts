// Issue 15, item 8: an unactivated client's slmgr /dlv prints "Please use slmgr.vbs /ato to
// activate and update KMS client information in order to update values." instead of its KMS
// client information, so the readers never send the technician back to slmgr /dlv for the host
// it uses or its CMID: they point to the client's KMS settings query or its event 12288.

import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { sample } from './fixtures.js';

const unactivated = () => readOutput(sample('dlv-kms-client-error-1.txt'));
const refusal = (rule: string) => {
  const result = answerFromOutput(rule, unactivated(), {});
  if (result.ok) throw new Error(`${rule} answered`);
  return result.message;
};

describe('where to read a client\'s KMS host and CMID', () => {
  it('slmgr\'s sentence is read', () => {
    expect(unactivated().facts.kmsInfoPending).toBe(true);
  });

  it.each(['client-kms-host', 'cmid-compare'])('%s names the KMS settings query and event 12288, not slmgr /dlv', (rule) => {
    const message = refusal(rule);
    expect(message).not.toMatch(/Paste slmgr \/dlv from|"Registered KMS machine name"/);
    expect(message).toContain('Get-CimInstance SoftwareLicensingService | Format-List ClientMachineID, KeyManagementServiceMachine');
    expect(message).toMatch(/events? 12288/);
    expect(message).toContain('Please use slmgr.vbs /ato to activate and update KMS client information in order to update values.');
  });

  it('the query it names is the project\'s own client KMS-info command', () => {
    expect(getCatalog().commands['client-kms-info']!.text.startsWith('Get-CimInstance SoftwareLicensingService | Format-List ClientMachineID, KeyManagementServiceMachine')).toBe(true);
  });
});
