// Issue 7, part 2, fact 1: slmgr /dlv prints "Registered KMS machine name", "KMS machine name
// from DNS" and "Client Machine ID (CMID)" only when License Status is Licensed; an unactivated
// client (every client kms-doctor diagnoses) gets "Please use slmgr.vbs /ato to activate and
// update KMS client information in order to update values." instead. So nothing may send the
// technician to /dlv for the KMS host or the CMID; event 12288 and the CIM properties work.

import { describe, expect, it } from 'vitest';
import { getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { flowSteps, proseOf } from '../support/steps.js';

const DLV_ONLY_LINES = ['Registered KMS machine name', 'KMS machine name from DNS', 'Client Machine ID (CMID):'];

/** Each sentence a technician reads, with where it is. */
function sentences(): { where: string; sentence: string }[] {
  const out: { where: string; sentence: string }[] = [];
  const add = (where: string, texts: string[]) => {
    for (const text of texts) for (const sentence of text.split(/(?<=[.!?])\s+/)) out.push({ where, sentence });
  };
  for (const { name, step } of flowSteps()) add(name, proseOf(step));
  for (const entry of getCatalog().errors) add(entry.code, proseOf({ ...entry, messages: [] }));
  for (const [id, command] of Object.entries(getCatalog().commands)) add(id, [command.purpose, command.twin?.purpose ?? '']);
  return out;
}

describe('fact 1: the KMS host and CMID are not read from slmgr /dlv on a client that is not activated', () => {
  const all = sentences();

  it('reads every step, help, catalog entry and command purpose', () => {
    expect(all.length).toBeGreaterThan(1000);
  });

  it('quotes a /dlv-only line only where it says the line shows once the client is activated', () => {
    const wrong = all.filter(({ sentence }) => DLV_ONLY_LINES.some((l) => sentence.includes(l)) && !/activated/.test(sentence));
    expect(wrong).toEqual([]);
  });

  it('sends nobody to slmgr /dlv for the KMS host the client uses, or for its CMID', () => {
    const asksDlv = /\/dlv/;
    const forHostOrId = /CMID|machine ID|KMS machine name|host it used|host the client uses|names the host|shows the host|KMS host and port/i;
    const wrong = all.filter(({ sentence }) => asksDlv.test(sentence) && forHostOrId.test(sentence) && !/only once|before activation|not activated/.test(sentence));
    expect(wrong).toEqual([]);
  });

  it('has no command that shows the CMID with slmgr /dlv', () => {
    const wrong = Object.entries(getCatalog().commands).filter(([, c]) => /CMID|machine ID/i.test(c.purpose) && /slmgr\.vbs \/dlv/.test(c.text));
    expect(wrong.map(([id]) => id)).toEqual([]);
  });

  it('reads the CMID and the KMS host from SoftwareLicensingService, which answers before activation', () => {
    const text = resolveCommand({ ref: 'client-kms-info' }).text;
    expect(text).toMatch(/^Get-CimInstance SoftwareLicensingService \| Format-List /);
    for (const property of ['ClientMachineID', 'KeyManagementServiceMachine', 'DiscoveredKeyManagementServiceMachineName']) expect(text).toContain(property);
  });

  it.each(['port-1688.askHost', 'clock-skew.askHost', 'kms-host.whichHost', 'kms-count.compareIds'])(
    '%s offers event 12288 or the CIM query, not slmgr /dlv',
    (name) => {
      const step = flowSteps().find((s) => s.name === name)?.step;
      if (!step || (step.kind !== 'question' && step.kind !== 'input')) throw new Error(`no question ${name}`);
      const refs = [...(step.commands ?? []), ...(step.help?.commands ?? [])].map((c) => ('ref' in c ? c.ref : c.text));
      expect(refs).not.toContain('slmgr-dlv');
      expect(refs.some((r) => r === 'events-client' || r === 'client-kms-info')).toBe(true);
    },
  );
});
