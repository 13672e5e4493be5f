// slmgr /dlv in a language whose labels the reader does not know (Dutch here, written for this
// test): the GUIDs are told apart by where they stand. The activation ID comes before Windows'
// application ID (55c92734-…), the client machine ID (CMID) after it. Swapping them would make
// every machine of one edition share a "CMID" (the activation ID is the edition's), and the clone
// check would call them clones and send the technician to rearm them.

import { describe, expect, it } from 'vitest';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';

const ENTERPRISE_ACTIVATION_ID = '73111121-5638-40f6-bc11-f1d7b0d64300';
const WINDOWS_APPLICATION_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';

/** A Dutch-labelled slmgr /dlv of a KMS client with the given CMID. */
const dutchDlv = (cmid: string) => [
  'Naam: Windows(R), Enterprise edition',
  'Beschrijving: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
  `Activerings-id: ${ENTERPRISE_ACTIVATION_ID}`,
  `Toepassings-id: ${WINDOWS_APPLICATION_ID}`,
  'Uitgebreide PID: 03612-03378-000-000000-03-1033-22621.0000-1932023',
  'Gedeeltelijke productcode: WFG6P',
  'Licentiestatus: Gelicentieerd',
  '',
  'Gegevens van de KMS-client (Key Management Service)',
  `    Clientcomputer-id: ${cmid}`,
  '    KMS-computernaam uit DNS: kms01.corp.contoso.com:1688',
].join('\r\n');

describe('GUIDs under labels the reader does not know', () => {
  it('the GUID before the application ID is the activation ID, the one after it the CMID', () => {
    const { kind, facts } = readOutput(dutchDlv('11111111-2222-4333-8444-555555555555'));
    expect({ kind, activationId: facts.activationId, cmid: facts.cmid, channel: facts.channel, partialKey: facts.partialKey }).toEqual({
      kind: 'slmgr-dlv', activationId: ENTERPRISE_ACTIVATION_ID, cmid: '11111111-2222-4333-8444-555555555555', channel: 'kms-client', partialKey: 'WFG6P',
    });
  });

  it('two machines of one edition with their own CMIDs are not clones', () => {
    const pc1 = readOutput(dutchDlv('11111111-2222-4333-8444-555555555555'));
    const pc2 = readOutput(dutchDlv('66666666-7777-4888-9999-aaaaaaaaaaaa'));
    expect(answerFromOutput('cmid-compare', [pc1, pc2], {})).toEqual({ ok: true, event: 'DIFFERENT', facts: ['2 different CMIDs, one per machine'] });
  });

  it('two machines with one CMID are clones', () => {
    const pc1 = readOutput(dutchDlv('11111111-2222-4333-8444-555555555555'));
    const pc2 = readOutput(dutchDlv('11111111-2222-4333-8444-555555555555'));
    expect(answerFromOutput('cmid-compare', [pc1, pc2], {})).toEqual({
      ok: true, event: 'SAME', facts: ['CMID 11111111-2222-4333-8444-555555555555 on output 1, output 2'],
    });
  });

  it('without the application ID line (a /dli), the one GUID is the CMID', () => {
    const dli = dutchDlv('11111111-2222-4333-8444-555555555555').split('\r\n').filter((l) => !/^(Activerings|Toepassings|Uitgebreide)/.test(l)).join('\r\n');
    const { facts } = readOutput(dli);
    expect({ activationId: facts.activationId, cmid: facts.cmid }).toEqual({ activationId: undefined, cmid: '11111111-2222-4333-8444-555555555555' });
  });

  it('the activation ID "Activating …" named is not taken for the CMID', () => {
    const text = `Activating Windows(R), Enterprise edition (${ENTERPRISE_ACTIVATION_ID}) ...\r\nClientcomputer-id: ${ENTERPRISE_ACTIVATION_ID}\r\nToepassings-id: ${WINDOWS_APPLICATION_ID}\r\nAndere-id: 11111111-2222-4333-8444-555555555555`;
    const { facts } = readOutput(text);
    expect({ activationId: facts.activationId, cmid: facts.cmid }).toEqual({ activationId: ENTERPRISE_ACTIVATION_ID, cmid: '11111111-2222-4333-8444-555555555555' });
  });
});
