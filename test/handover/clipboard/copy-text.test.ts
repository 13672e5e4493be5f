import { describe, expect, it } from 'vitest';
import { copyAll, copyOne } from '../../../src/handover/clipboard/copy-text.js';
import { shownCommands } from '../../../src/wizard/view-model.js';
import type { CommandSpec } from '../../../flows/step.js';

const values = { kmsHostPort: 'kms01.corp.contoso.com:1688', kmsHost: 'kms01.corp.contoso.com', port: 1688 };
const zoneLine: CommandSpec = {
  purpose: 'The line to paste at the end of the zone file',
  shell: 'text',
  where: 'dns-server',
  elevated: true,
  changes: true,
  text: '_vlmcs._tcp.corp.contoso.com. 3600 IN SRV 0 0 1688 kms01.corp.contoso.com.',
};

describe('what c copies', () => {
  it('is the command shown, as one line with no trailing newline', () => {
    const [skms] = shownCommands([{ ref: 'slmgr-skms' }], values, 'cmd');
    expect(copyOne(skms!)).toBe('cscript //nologo %windir%\\system32\\slmgr.vbs /skms kms01.corp.contoso.com:1688');
  });

  it('is the PowerShell form in the PowerShell view', () => {
    const [twin] = shownCommands([{ ref: 'slmgr-dlv' }], values, 'powershell');
    const text = copyOne(twin!);
    expect(text.startsWith('Get-CimInstance SoftwareLicensingProduct')).toBe(true);
    expect(text).not.toContain('\n');
  });
});

describe('what a copies', () => {
  it('is every command in the order shown, each under a REM or # comment with its label', () => {
    const commands = [...shownCommands([{ ref: 'slmgr-dlv', purpose: 'Show the licence status' }, { ref: 'slmgr-skms' }], values, 'both'), ...shownCommands([zoneLine], values, 'both')];
    const lines = copyAll(commands).split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('REM cmd · on the client · read-only — Show the licence status');
    expect(lines[1]).toBe('cscript //nologo %windir%\\system32\\slmgr.vbs /dlv');
    expect(lines[2]).toMatch(/^# PowerShell · on the client · read-only — /);
    expect(lines[3]).toMatch(/^Get-CimInstance SoftwareLicensingProduct /);
    expect(lines[4]).toMatch(/^REM cmd · on the client · elevated · CHANGES the machine — /);
    expect(lines[5]).toBe('cscript //nologo %windir%\\system32\\slmgr.vbs /skms kms01.corp.contoso.com:1688');
    expect(lines[6]).toMatch(/^# PowerShell · on the client · elevated · CHANGES the machine — /);
    expect(lines[7]).toContain("MachineName='kms01.corp.contoso.com'");
    expect(lines[8]).toBe('# text to paste into a file · on the DNS server · elevated · CHANGES the machine — The line to paste at the end of the zone file');
    expect(lines[9]).toBe(zoneLine.text);
  });

  it('has no trailing newline, so a paste does not run the last command', () => {
    expect(copyAll(shownCommands([{ ref: 'slmgr-dlv' }], values, 'cmd')).endsWith('/dlv')).toBe(true);
  });
});
