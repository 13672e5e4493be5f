import { describe, expect, it } from 'vitest';
import { findError } from '../../../src/catalog/catalog.js';
import { fillResolution, type HandoverResolution } from '../../../src/handover/resolution.js';
import { recordFromSession, type SessionRecord } from '../../../src/handover/note/record.js';
import { noteMarkdown, staticNote } from '../../../src/handover/note/render.js';
import { currentStep, startSession } from '../../../src/wizard/session.js';
import { MAK, PRO_SETUP_KEY, dnsPublishingOff, makOnline, setupKeyChecked } from './sessions.js';

const SAVED = new Date(2025, 0, 2, 3, 4);

// Each test makes what it looks at (not the describe block): a mutant that breaks the making must
// fail a test, and under Stryker code run while the tests are collected fails none.
const made = () => {
  const s = dnsPublishingOff();
  const record = recordFromSession(s)!;
  return { s, record, note: noteMarkdown(record, SAVED) };
};

describe('the note of a session', () => {

  it('is made only on a resolution', () => {
    const { s } = made();
    expect(currentStep(s).kind).toBe('resolution');
    expect(recordFromSession(startSession({ code: '0x8007232B' }))).toBeUndefined();
  });

  it('has every section, in order', () => {
    const { record, note } = made();
    const headings = note.split('\n').filter((l) => /^##? /.test(l));
    expect(headings).toEqual([
      "# kms-doctor: 0x8007232B — The client can't find a KMS host in DNS",
      '## The error',
      '## The path',
      '## Values typed',
      '## Resolution: Turn DNS publishing back on',
      '## Check that it worked',
    ]);
    expect(note).toContain('### Steps\n\n1. ');
    // Each step's commands right under it; a separate list only for commands not yet placed under a step.
    expect(note.includes('### Commands')).toBe(record.resolution.commands.length > 0);
    expect(note).toContain('Saved 2025-01-02 03:04 by kms-doctor.');
  });

  it('names the code, its meaning and the message Windows prints', () => {
    const { note } = made();
    expect(note).toContain("`0x8007232B` — The client can't find a KMS host in DNS");
    expect(note).toContain('Windows says: “DNS name does not exist.”');
  });

  it('lists each question with the answer given, in order', () => {
    const { record, note } = made();
    expect(record.path.map((p) => p.answer)).toEqual([
      'An error code (for example 0xC004F074)',
      '0x8007232B',
      'corp.contoso.com',
      'No record: "Non-existent domain" or "can\'t find"',
      'Yes, there is a KMS host',
      'kms01.corp.contoso.com',
      'DisableDnsPublishing is 0x1: publishing is off',
      'No: turn publishing back on',
    ]);
    expect(note).toContain('3. Which DNS domain is the client in? — **corp.contoso.com**');
    expect(note).toContain('4. What does DNS return for _vlmcs._tcp.corp.contoso.com? — **');
  });

  it('lists the values typed and puts them in the cause and the commands', () => {
    const { note } = made();
    expect(note).toContain('- DNS domain: `corp.contoso.com`');
    expect(note).toContain('- KMS host (full DNS name): `kms01.corp.contoso.com`');
    expect(note).toContain('Publishing is off on kms01.corp.contoso.com');
    expect(note).toContain('```bat\nnslookup -type=srv _vlmcs._tcp.corp.contoso.com\n```');
  });

  it('has every command in both forms, each fenced under its full label', () => {
    const { record, note } = made();
    expect(note).toContain(
      '#### cmd · on the KMS host · elevated · CHANGES the machine — Turn DNS publishing back on for this KMS host\n\n```bat\ncscript //nologo %windir%\\system32\\slmgr.vbs /sdns\n```',
    );
    // A long PowerShell command reads as PowerShell: a pipeline a stage a line.
    expect(note).toMatch(/#### PowerShell · on the KMS host · elevated · CHANGES the machine — [^\n]+\n\n```powershell\nGet-CimInstance SoftwareLicensingService \|\n {4}Invoke-CimMethod -MethodName DisableKeyManagementServiceDnsPublishing/);
    const cmdBlocks = note.match(/```bat\n/g)!.length;
    // The commands of "Check that it worked" are fenced the same way.
    const commands = [...record.resolution.steps.flatMap((s) => s.commands), ...record.resolution.commands, ...record.resolution.verify.flatMap((v) => v.commands)];
    const twins = commands.filter((c) => c.isTwin).length;
    expect(twins).toBeGreaterThan(0);
    expect(commands.filter((c) => c.spec.shell === 'cmd')).toHaveLength(cmdBlocks);
    expect(note.match(/^#### /gm)!.length).toBe(commands.length);
  });
});

describe('product keys in the note', () => {
  it('a typed MAK is masked everywhere but its last five characters', () => {
    const note = noteMarkdown(recordFromSession(makOnline())!, SAVED);
    expect(note).not.toContain(MAK);
    expect(note).not.toContain(MAK.slice(0, 23));
    expect(note).toContain('XXXXX-XXXXX-XXXXX-XXXXX-6789B');
    expect(note).toContain('slmgr.vbs /ipk XXXXX-XXXXX-XXXXX-XXXXX-6789B');
    expect(note).toContain("ProductKey='XXXXX-XXXXX-XXXXX-XXXXX-6789B'");
    // Nothing of the typed form either (lower case, em dashes).
    expect(note.toLowerCase()).not.toContain('bcdfg');
  });

  it('a published KMS client setup key is written whole', () => {
    const note = noteMarkdown(recordFromSession(setupKeyChecked())!, SAVED);
    expect(note).toContain(`slmgr.vbs /ipk ${PRO_SETUP_KEY}`);
    expect(note).toContain(`**${PRO_SETUP_KEY}**`);
    expect(note).not.toContain('XXXXX-XXXXX');
  });
});

describe('Check that it worked', () => {
  const content: HandoverResolution = {
    title: 'Create the SRV record',
    cause: 'There is no _vlmcs record in {domain}.',
    steps: [{ text: 'Create it.', commands: [{ ref: 'slmgr-ato' }] }],
    commands: [],
    verify: [
      { text: 'On the client, forget the cached "no record" answer.', command: { ref: 'slmgr-dlv', purpose: 'Show the licence status' } },
      { text: 'Look the record up again.', expect: 'The answer names {kmsHost} and port 1688.' },
      { text: 'Activate.', command: { ref: 'slmgr-ato' }, expect: 'Product activated successfully.' },
    ],
  };
  const sectionOf = () => {
    const record: SessionRecord = {
      code: '0x8007232B',
      meaning: "The client can't find a KMS host in DNS",
      path: [{ question: 'Which DNS domain is the client in?', answer: 'corp.contoso.com' }],
      values: { domain: 'corp.contoso.com' },
      resolution: fillResolution(content, { domain: 'corp.contoso.com', kmsHost: 'kms01.corp.contoso.com' }, 'both'),
    };
    const note = noteMarkdown(record, SAVED);
    return note.slice(note.indexOf('## Check that it worked'));
  };

  it('lists every step, with its commands in both forms and what success looks like', () => {
    const section = sectionOf();
    expect(section).toContain('1. On the client, forget the cached "no record" answer.');
    expect(section).toContain('#### cmd · on the client · read-only — Show the licence status\n\n```bat\ncscript //nologo %windir%\\system32\\slmgr.vbs /dlv\n```');
    expect(section).toMatch(/#### PowerShell · on the client · read-only — [^\n]+\n\n```powershell\nGet-CimInstance/);
    expect(section).toContain('2. Look the record up again.\n\nSuccess looks like: The answer names kms01.corp.contoso.com and port 1688.');
    expect(section).toContain('3. Activate.');
    expect(section).toContain('Success looks like: Product activated successfully.');
    expect(section).not.toContain('no check written');
  });
});

describe('the static note of a code (explain --markdown)', () => {
  const noteOf = () => staticNote(findError('0xC004F074')!);

  it('has the code, the message, the resolution and its commands, but no path or values', () => {
    const note = noteOf();
    expect(note.startsWith('# kms-doctor: 0xC004F074 — ')).toBe(true);
    expect(note).toContain('## The error');
    expect(note).toContain('Windows says: “The Software Licensing Service reported that the computer could not be activated.');
    expect(note).toContain('## Resolution\n');
    expect(note).toContain('### Steps');
    expect(note).toContain('```bat\ncscript //nologo %windir%\\system32\\slmgr.vbs /ato\n```');
    expect(note).toContain('## Check that it worked');
    expect(note).not.toContain('## The path');
    expect(note).not.toContain('## Values typed');
    expect(note).not.toContain('Saved ');
  });

  it('keeps each command exactly as typed inside its fence', () => {
    const note = noteOf();
    expect(note).toContain('```bat\nnslookup <kms-host>\n```');
  });

  it('fills the commands with the values given, and shows each in both forms', () => {
    const note = staticNote(findError('0xC004F074')!, { kmsHost: 'kms01.corp.contoso.com' });
    expect(note).toContain('```bat\nnslookup kms01.corp.contoso.com\n```');
    expect(note).not.toContain('nslookup <kms-host>');
    // slmgr /ato in its cmd form, and its PowerShell twin under its own label.
    expect(note).toContain('#### cmd · on the client · elevated · CHANGES the machine — Try to activate now\n');
    expect(note).toContain('#### PowerShell · on the client · elevated · CHANGES the machine — Try to activate now without VBScript\n');
  });
});

describe('Markdown in the text', () => {
  it('escapes placeholders and asterisks in prose, so they render as typed', () => {
    const content: HandoverResolution = {
      title: 'Point the client at {kmsHost}',
      cause: 'The client asks *nobody*: {kmsHost} is unknown.',
      steps: [{ text: 'Run `slmgr /skms` with the host.', commands: [{ ref: 'slmgr-skms' }] }],
      commands: [],
      verify: [],
    };
    const record: SessionRecord = { path: [], values: {}, resolution: fillResolution(content, {}, 'cmd') };
    const note = noteMarkdown(record, SAVED);
    expect(note).toContain('# kms-doctor: Point the client at \\<kms-host>');
    expect(note).toContain('**What is wrong:** The client asks \\*nobody\\*: \\<kms-host> is unknown.');
    expect(note).toContain('1. Run \\`slmgr /skms\\` with the host.');
    expect(note).toContain('```bat\ncscript //nologo %windir%\\system32\\slmgr.vbs /skms <kms-host>:<port>\n```');
  });
});
