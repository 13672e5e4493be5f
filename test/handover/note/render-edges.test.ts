// The note at its edges, each written out: a session with nothing asked and nothing typed, a
// resolution with its own lead and a summary, a command that still lacks values (NOT READY above
// its fence, in both forms), commands not yet placed under a step, no "Check that it worked",
// a code without a meaning, and a resolution titled as its code (the title not said twice).

import { describe, expect, it } from 'vitest';
import { fillResolution, type HandoverResolution } from '../../../src/handover/resolution.js';
import type { SessionRecord } from '../../../src/handover/note/record.js';
import { noteMarkdown } from '../../../src/handover/note/render.js';

const SAVED = new Date(2025, 0, 2, 3, 4);
const content: HandoverResolution = {
  title: 'Point the client at the KMS host',
  lead: 'What to do',
  cause: 'The client has no host.',
  summary: 'Set it by *hand*.',
  steps: [{ text: 'Set the host.', commands: [{ ref: 'slmgr-skms' }] }],
  commands: [{ ref: 'slmgr-dlv' }],
  verify: [],
};
const bare = (extra: Partial<SessionRecord> = {}): SessionRecord => ({ path: [], values: {}, resolution: fillResolution(content, {}, 'both'), ...extra });

describe('a note with nothing asked, nothing typed and values missing', () => {
  it('says so in each section, in this order', () => {
    const note = noteMarkdown(bare(), SAVED);
    expect(note.startsWith(
      '# kms-doctor: Point the client at the KMS host\n\n' +
        'Saved 2025-01-02 03:04 by kms-doctor.\n\n' +
        '## The path\n\nStraight to the resolution: nothing was asked.\n\n' +
        '## Values typed\n\nNone.\n\n' +
        '## Resolution: Point the client at the KMS host\n\n' +
        '**What to do:** The client has no host.\n\n' +
        'Set it by \\*hand\\*.\n\n' +
        '### Steps\n\n1. Set the host.\n\n' +
        '#### cmd · on the client · elevated · CHANGES the machine — Point this client at one KMS host by name and port (turns off DNS auto-discovery)\n\n' +
        '**NOT READY: fill in \\<kms-host> and \\<port> first**\n\n' +
        '```bat\ncscript //nologo %windir%\\system32\\slmgr.vbs /skms <kms-host>:<port>\n```\n\n' +
        '#### PowerShell · on the client · elevated · CHANGES the machine — Point this client at one KMS host without VBScript\n\n' +
        '**NOT READY: fill in \\<kms-host> and \\<port> first**\n\n' +
        '```powershell\n$s = Get-CimInstance SoftwareLicensingService\n',
    )).toBe(true);
    expect(note).not.toContain('## The error');
  });

  it('lists the commands not yet under a step under their own heading, each ready (no NOT READY)', () => {
    const note = noteMarkdown(bare(), SAVED);
    const commands = note.slice(note.indexOf('### Commands'), note.indexOf('## Check that it worked'));
    expect(commands.startsWith(
      '### Commands\n\n#### cmd · on the client · read-only — Show the detailed licence status: edition, channel, status, notification reason\n\n' +
        '```bat\ncscript //nologo %windir%\\system32\\slmgr.vbs /dlv\n```\n\n' +
        '#### PowerShell · on the client · read-only — Show the licence status without VBScript\n\n```powershell\nGet-CimInstance SoftwareLicensingProduct ',
    )).toBe(true);
    expect(commands).not.toContain('NOT READY');
  });

  it('ends by saying there is no check written yet', () => {
    expect(noteMarkdown(bare(), SAVED).endsWith('## Check that it worked\n\nkms-doctor has no check written for this resolution yet.\n')).toBe(true);
  });

  it('with no commands outside the steps, has no Commands heading; with no summary, goes from the cause to the steps', () => {
    const note = noteMarkdown(bare({ resolution: fillResolution({ ...content, summary: undefined, commands: [] }, {}, 'both') }), SAVED);
    expect(note).not.toContain('### Commands');
    expect(note).toContain('**What to do:** The client has no host.\n\n### Steps\n\n');
  });

  it('without a lead of its own, the cause follows "What is wrong"', () => {
    const note = noteMarkdown(bare({ resolution: fillResolution({ ...content, lead: undefined }, {}, 'both') }), SAVED);
    expect(note).toContain('**What is wrong:** The client has no host.');
  });
});

describe('the title and the error section', () => {
  it('a code with no meaning: the title takes the resolution title; the error line is the code alone; no message line', () => {
    const note = noteMarkdown(bare({ code: '0xC004F074' }), SAVED);
    expect(note.startsWith('# kms-doctor: 0xC004F074 — Point the client at the KMS host\n\nSaved 2025-01-02 03:04 by kms-doctor.\n\n## The error\n\n`0xC004F074`\n\n## The path')).toBe(true);
    expect(note).not.toContain('Windows says');
  });

  it('a resolution titled as its code is headed "Resolution" alone; another keeps its title', () => {
    const same = noteMarkdown(bare({ code: '0xC004F074', meaning: 'Point the client at the KMS host' }), SAVED);
    expect(same).toContain('\n## Resolution\n\n**What to do:**');
    expect(same).not.toContain('## Resolution:');
    const other = noteMarkdown(bare({ code: '0xC004F074', meaning: 'The KMS host could not be reached' }), SAVED);
    expect(other).toContain('\n## Resolution: Point the client at the KMS host\n\n');
    expect(other.startsWith('# kms-doctor: 0xC004F074 — The KMS host could not be reached\n')).toBe(true);
    expect(other).toContain('## The error\n\n`0xC004F074` — The KMS host could not be reached\n\n## The path');
  });

  it('a path step and a typed value are numbered and listed with the field label', () => {
    const note = noteMarkdown(bare({ path: [{ question: 'Is <it> on?', answer: 'No *really*' }, { question: 'Two?', answer: 'b' }], values: { domain: 'corp.contoso.com', other: 7 } }), SAVED);
    expect(note).toContain('## The path\n\n1. Is \\<it> on? — **No \\*really\\***\n2. Two? — **b**\n\n## Values typed\n\n- DNS domain: `corp.contoso.com`\n- other: `7`\n\n');
  });
});
