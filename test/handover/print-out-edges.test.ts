// The print-out at its edges, each written out: nothing asked and no code (the resolution comes
// first), the colour of each label (magenta for a command that changes the machine, green for a
// read-only one, dim for a twin), a blank line before each command but not before its twin, the
// commands not yet under a step, prose wrapped one column short of the width, and the indented
// "Success looks like".

import { describe, expect, it } from 'vitest';
import { printOut } from '../../src/handover/print-out.js';
import { fillResolution, type HandoverResolution } from '../../src/handover/resolution.js';
import type { SessionRecord } from '../../src/handover/note/record.js';
import type { CommandSpec } from '../../flows/step.js';

const ESC = '\u001B';
const content: HandoverResolution = {
  title: 'Point the client at the KMS host',
  lead: 'What to do',
  cause: 'The client has no host.',
  summary: 'Set it by hand.',
  steps: [{ text: 'Set the host, then look.', commands: [{ ref: 'slmgr-skms' }, { ref: 'slmgr-dlv' }] }],
  commands: [{ ref: 'slmgr-ato' }],
  verify: [],
};
const values = { kmsHost: 'kms01', port: 1688, kmsHostPort: 'kms01:1688' };
const bare = (extra: Partial<SessionRecord> = {}): SessionRecord => ({ path: [], values: {}, resolution: fillResolution(content, values, 'cmd'), ...extra });

const SKMS = 'cmd · on the client · elevated · CHANGES the machine — Point this client at one KMS host by name and port (turns off DNS auto-discovery)';
const DLV = 'cmd · on the client · read-only — Show the detailed licence status: edition, channel, status, notification reason';

describe('a print-out with nothing asked and no code', () => {
  it('starts with the resolution; each command of a step after a blank line; then the other commands', () => {
    expect(printOut(bare(), { color: false })).toBe(
      'Resolution: Point the client at the KMS host\n\nWhat to do: The client has no host.\n\nSet it by hand.\n\n' +
        `1. Set the host, then look.\n   ${SKMS}\n   cscript //nologo %windir%\\system32\\slmgr.vbs /skms kms01:1688\n\n` +
        `   ${DLV}\n   cscript //nologo %windir%\\system32\\slmgr.vbs /dlv\n\n` +
        'Commands:\n   cmd · on the client · elevated · CHANGES the machine — Try to activate now\n' +
        '   cscript //nologo %windir%\\system32\\slmgr.vbs /ato\n',
    );
  });

  it('in colour: the title bold and green, a changing command magenta, a read-only one green, headings bold', () => {
    const text = printOut(bare(), { color: true });
    expect(text.startsWith(`${ESC}[1m${ESC}[32mResolution: Point the client at the KMS host${ESC}[39m${ESC}[22m\n\n`)).toBe(true);
    expect(text).toContain(`\n${ESC}[35m   ${SKMS}${ESC}[39m\n   cscript`);
    expect(text).toContain(`\n${ESC}[32m   ${DLV}${ESC}[39m\n   cscript`);
    expect(text).toContain(`\n\n${ESC}[1mCommands:${ESC}[22m\n`);
  });

  it('a twin is dim and follows its command with no blank line', () => {
    const text = printOut(bare({ resolution: fillResolution({ ...content, steps: [{ text: 'Look.', commands: [{ ref: 'slmgr-dlv' }] }], commands: [] }, values, 'both') }), { color: true });
    expect(text).toMatch(new RegExp(`\\n${ESC}\\[32m   ${DLV}${ESC}\\[39m\\n   cscript //nologo %windir%\\\\system32\\\\slmgr\\.vbs /dlv\\n${ESC}\\[2m   PowerShell · on the client · read-only — Show the licence status without VBScript${ESC}\\[22m\\n   Get-CimInstance `));
  });
});

describe('the code, the path and the values', () => {
  it('a code without a meaning or message is the code alone, in bold, then a blank line', () => {
    const text = printOut(bare({ code: '0xC004F074' }), { color: true });
    expect(text.startsWith(`${ESC}[1m0xC004F074${ESC}[22m\n\n${ESC}[1m${ESC}[32mResolution:`)).toBe(true);
  });

  it('the path and the values, each under its bold heading, numbered and labelled', () => {
    const text = printOut(bare({ path: [{ question: 'Q one?', answer: 'A' }, { question: 'Q two?', answer: 'B' }], values: { domain: 'corp.contoso.com' } }), { color: true });
    expect(text.startsWith(`\n${ESC}[1mThe path:${ESC}[22m\n1. Q one? — A\n2. Q two? — B\n\n${ESC}[1mValues typed:${ESC}[22m\n- DNS domain: corp.contoso.com\n\n${ESC}[1m${ESC}[32mResolution:`)).toBe(true);
  });
});

describe('width', () => {
  it('prose is wrapped to one column less than the width', () => {
    // "What to do: The client has no host." is 35 characters: it fits 36 columns, not 35.
    expect(printOut(bare(), { color: false, columns: 36 })).toContain('\nWhat to do: The client has no host.\n');
    expect(printOut(bare(), { color: false, columns: 35 })).toContain('\nWhat to do: The client has no\nhost.\n');
  });

  it('"Success looks like" is indented three spaces, wrapped lines too', () => {
    const withVerify = { ...content, verify: [{ text: 'Activate.', expect: 'Product activated successfully.' }] };
    const at = (columns: number) => printOut(bare({ resolution: fillResolution(withVerify, values, 'cmd') }), { color: false, columns });
    // "   Success looks like: Product" is 30 characters: it fits 31 columns, not 30.
    expect(at(31).endsWith('Check that it worked:\n1. Activate.\n   Success looks like: Product\n   activated successfully.\n')).toBe(true);
    expect(at(30).endsWith('Check that it worked:\n1. Activate.\n   Success looks like:\n   Product activated\n   successfully.\n')).toBe(true);
  });

  it('a PowerShell command is laid out for the width less its indent and one column', () => {
    const restart: CommandSpec = { purpose: 'Restart the service', shell: 'powershell', where: 'client', elevated: true, changes: true, text: 'Get-Service sppsvc | Restart-Service' };
    const at = (columns: number) => printOut(bare({ resolution: fillResolution({ ...content, steps: [{ text: 'Go.', commands: [restart] }], commands: [] }, values, 'cmd') }), { color: false, columns });
    // The command is 36 characters; with its 3-space indent and a free last column it fits 40.
    expect(at(40)).toContain('\n   Get-Service sppsvc | Restart-Service\n');
    expect(at(39)).toContain('\n   Get-Service sppsvc |\n       Restart-Service\n');
  });
});

describe('the parts a resolution may lack', () => {
  it('no summary, no commands outside the steps: nothing of either is printed', () => {
    const text = printOut(bare({ resolution: fillResolution({ ...content, summary: undefined, commands: [] }, values, 'cmd') }), { color: false });
    expect(text).toBe(
      'Resolution: Point the client at the KMS host\n\nWhat to do: The client has no host.\n\n' +
        `1. Set the host, then look.\n   ${SKMS}\n   cscript //nologo %windir%\\system32\\slmgr.vbs /skms kms01:1688\n\n` +
        `   ${DLV}\n   cscript //nologo %windir%\\system32\\slmgr.vbs /dlv\n`,
    );
  });

  it('a check with no "success looks like" prints none, after a blank line and its heading', () => {
    const verify = [{ text: 'Look at event 12290.' }];
    const text = printOut(bare({ resolution: fillResolution({ ...content, commands: [], verify }, values, 'cmd') }), { color: false });
    expect(text.endsWith('slmgr.vbs /dlv\n\nCheck that it worked:\n1. Look at event 12290.\n')).toBe(true);
  });
});
