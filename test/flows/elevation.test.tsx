// The elevation flow by keystrokes: where the command ran decides the check and the fix.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { NOT_CHECKED_LABEL } from '../../flows/lib/builders.js';
import { KEY, choose, press, renderWizard, type, waitForText } from '../support/ui.js';

afterEach(() => cleanup());

describe('elevation flow', () => {
  it('0x80070005 in a window that is not elevated: how to open an elevated prompt', async () => {
    const w = await renderWizard({ code: '0x80070005' });
    await waitForText(w, 'Where did the command run');
    await choose(w, 'In a Command Prompt or PowerShell window');
    await waitForText(w, 'What does the check print');
    expect(w.frame()).toContain('whoami /groups | find "S-1-16-12288"');
    await choose(w, 'Nothing (PowerShell: False)');
    await waitForText(w, 'Resolution: Run the command from an elevated prompt');
    expect(w.frame()).toContain('Run as administrator');
    expect(w.frame()).toContain('cscript //nologo %windir%\\system32\\slmgr.vbs /ato');
  });

  it('0xC004F025 from a scheduled task: checks and fixes that task by name', async () => {
    const w = await renderWizard({ code: '0xC004F025' });
    await waitForText(w, 'Where did the command run');
    await choose(w, 'In a scheduled task');
    await waitForText(w, 'What is the task called?');
    await type(w, 'Activate Windows');
    await press(w, KEY.enter);
    await waitForText(w, 'Resolution: Let the task "Activate Windows" run elevated');
    expect(w.frame()).toContain("Get-ScheduledTask -TaskName 'Activate Windows'");
    expect(w.frame()).toContain('schtasks /change /tn "Activate Windows" /rl HIGHEST');
  });

  it('refuses a task name that could break the command, names the character and keeps the text', async () => {
    const w = await renderWizard({ code: '0xC004F025' });
    await choose(w, 'In a scheduled task');
    await waitForText(w, 'What is the task called?');
    await type(w, 'Nightly & calc');
    await press(w, KEY.enter);
    await vi.waitFor(() => expect(w.frame().replace(/\s+/g, ' ')).toContain('this one contains "&".'));
    expect(w.frame()).toContain('Nightly & calc');
    expect(w.frame()).toContain('What is the task called?');
  });

  it('a script: cscript //nologo and a guard line that checks elevation', async () => {
    const w = await renderWizard({ code: '0x80070005' });
    await choose(w, 'In a script or batch file');
    await waitForText(w, 'Resolution: Run the script elevated, with cscript');
    // High integrity (elevated) or System integrity (SYSTEM, always elevated) both pass (issue 7, fact 4).
    expect(w.frame()).toContain('whoami /groups | findstr /c:"S-1-16-12288" /c:"S-1-16-16384" >nul || (echo This script must run elevated. & exit /b 5)');
    expect(w.frame()).toContain('cscript //nologo');
  });

  it('another computer: the remote commands carry its name, each with its PowerShell twin', async () => {
    const w = await renderWizard({ code: '0x80070005' });
    await choose(w, 'On another computer');
    await waitForText(w, 'Which computer');
    await type(w, 'PC042.corp.contoso.com');
    await press(w, KEY.enter);
    await waitForText(w, 'Resolution: Use an administrator account on pc042.corp.contoso.com');
    expect(w.frame()).toContain('Invoke-Command -ComputerName pc042.corp.contoso.com');
    expect(w.frame()).toContain('cscript //nologo %windir%\\system32\\slmgr.vbs pc042.corp.contoso.com /ato');
    // One shell at a time: p shows the PowerShell twins, with the computer's name too.
    await press(w, 'p');
    await waitForText(w, 'Get-CimInstance -ComputerName pc042.corp.contoso.com SoftwareLicensingProduct');
  });

  it('"I haven\'t checked" where it ran, or what the check prints: check the window, then open an elevated one', async () => {
    const w = await renderWizard({ code: '0x80070005' });
    await waitForText(w, 'Where did the command run');
    await choose(w, NOT_CHECKED_LABEL);
    await waitForText(w, 'What does the check print');
    await choose(w, NOT_CHECKED_LABEL);
    await waitForText(w, 'Resolution: Run the command from an elevated prompt');
  });

  it('an account that cannot elevate: checks membership of the Administrators group', async () => {
    const w = await renderWizard({ code: '0x80070005' });
    await choose(w, 'In a Command Prompt or PowerShell window');
    await choose(w, 'asks for a password I do not have');
    await waitForText(w, 'Resolution: Your account is not an administrator on this PC');
    expect(w.frame()).toContain('whoami /groups | find "S-1-5-32-544"');
  });
});
