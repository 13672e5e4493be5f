// From launch to a resolution by keystrokes, Esc back, restart and quit.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, answer, choose, press, renderWizard, type, waitForExit, waitForText } from '../support/ui.js';

afterEach(() => cleanup());

describe('the wizard, by keystrokes', () => {
  it('goes from launch through a typed code to its resolution', async () => {
    const w = await renderWizard();
    await waitForText(w, 'What do you have to go on?');
    await choose(w, 'An error code');
    await waitForText(w, 'Type or paste the error code');
    await type(w, '0xc004f075');
    await press(w, KEY.enter);
    // The code's first screen: its message, plain cause and the first read-only command.
    await waitForText(w, '0xC004F075 — ');
    expect(w.frame()).toContain('Windows says:');
    expect(w.frame()).toContain('Run this first:');
    expect(w.frame()).toContain('read-only');
    await choose(w, 'Show me the fix');
    await waitForText(w, 'Resolution:');
    expect(w.frame()).toContain('What is wrong:');
  });

  it('goes back with Esc, with the earlier answer highlighted and the typed text kept', async () => {
    const w = await renderWizard();
    await choose(w, 'An error code');
    await type(w, '0xC004F075');
    await press(w, KEY.enter);
    await choose(w, 'Show me the fix');
    await waitForText(w, 'Resolution:');
    await press(w, KEY.esc);
    await waitForText(w, 'Nothing else decides the fix');
    expect(w.frame()).toContain('❯ Show me the fix');
    await press(w, KEY.esc);
    await waitForText(w, 'Type or paste the error code');
    expect(w.frame()).toContain('0xC004F075');
    await press(w, KEY.esc);
    await waitForText(w, 'What do you have to go on?');
    expect(w.frame()).toContain('❯ An error code');
  });

  it('restarts only when r is pressed twice, and quits with q (exit 0)', async () => {
    const w = await renderWizard({ code: '0xC004F074' });
    await waitForText(w, '0xC004F074 — ');
    await press(w, 'r');
    await waitForText(w, 'Press r again to start over: every answer is dropped. Any other key keeps them.');
    expect(w.frame()).toContain('0xC004F074 — ');
    await press(w, 'r');
    await waitForText(w, 'What do you have to go on?');
    await press(w, 'q');
    await waitForExit(w, 0);
  });

  it('keeps every answer when another key follows a single r', async () => {
    const w = await renderWizard({ code: '0xC004F074' });
    await waitForText(w, '0xC004F074 — ');
    await press(w, 'r', KEY.down, 'r');
    await waitForText(w, 'Press r again to start over');
    expect(w.frame()).toContain('0xC004F074 — ');
    await press(w, KEY.up);
    expect(w.frame()).not.toContain('Press r again');
    expect(w.frame()).toContain('0xC004F074 — ');
  });

  it('quits with Ctrl+C and exit code 130, even while typing', async () => {
    const w = await renderWizard();
    await choose(w, 'An error code');
    await type(w, 'rq');
    await waitForText(w, 'rq'); // r and q are text in an input, not commands
    await press(w, KEY.ctrlC);
    await waitForExit(w, 130);
  });

  it('refuses text without a code, says why, and keeps the text for editing', async () => {
    const w = await renderWizard();
    await choose(w, 'An error code');
    await type(w, 'kms01 & calc');
    await press(w, KEY.enter);
    await waitForText(w, 'No error code found');
    expect(w.frame()).toContain('kms01 & calc');
    expect(w.frame()).toContain('Type or paste the error code');
  });

  it('reads the code out of a pasted block of slmgr output', async () => {
    const w = await renderWizard();
    await choose(w, 'An error code');
    await type(w, 'Microsoft (R) Windows Script Host Version 5.812\r\nActivating Windows(R), ServerStandard edition (de32eafd-aaee-4662-9444-c1befb41bde2) ...\r\nError: 0xC004F074 The Software Licensing Service reported that the computer could not be activated.');
    // Pasted output answers the question at once: no Enter needed.
    await waitForText(w, '0xC004F074 — ');
    await waitForText(w, 'Read from what you pasted');
  });

  it('gives an honest answer for a code it does not know', async () => {
    const w = await renderWizard({ code: '0x80070020' });
    await waitForText(w, "0x80070020 is not in kms-doctor's catalog");
    expect(w.frame()).toContain('Win32 error 32');
    expect(w.frame()).toContain('slui.exe 0x2a 0x80070020');
    await choose(w, 'Answer a few questions');
    await waitForText(w, 'Description line');
  });

  it('starts straight at a code given on the command line, in any form', async () => {
    const w = await renderWizard({ code: '-1073418124' });
    await waitForText(w, '0xC004F074 — ');
    expect(w.frame()).toContain('kms-doctor › 0xC004F074');
  });

  it('leads from symptoms without a code to a flow', async () => {
    const w = await renderWizard();
    await choose(w, 'No code');
    await waitForText(w, 'Description line');
    await choose(w, 'VOLUME_KMSCLIENT');
    await waitForText(w, 'What goes wrong on this KMS client?');
    await choose(w, 'cannot find a KMS host in DNS');
    await waitForText(w, '0x8007232B — ');
  });

  it('looks up a setup key by picking family, version and edition', async () => {
    const w = await renderWizard();
    await choose(w, 'Look up the KMS client setup key');
    await choose(w, 'Pick it from a list');
    await choose(w, 'Windows Server');
    await choose(w, 'Windows Server 2022');
    await choose(w, 'Windows Server 2022 Datacenter');
    await waitForText(w, 'Resolution: KMS client setup key for Windows Server 2022 Datacenter');
    expect(w.frame()).toContain('slmgr.vbs /ipk WX4NM-KYWYW-QJJR4-XV3QB-6VM33');
  });
});

describe('which commands to see', () => {
  it('shows one shell at a time, cmd first; p switches, its footer says to what, and the choice outlives a restart', async () => {
    const w = await renderWizard({ code: '0xC004F075', view: undefined });
    await choose(w, 'Show me the fix');
    await waitForText(w, 'Resolution:');
    const labels = () => w.frame().split('\n').map((l) => l.trim().replace(/^❯ /, '')).filter((l) => /^(cmd|PowerShell) · /.test(l));
    expect(w.frame()).toContain('slmgr.vbs');
    expect(w.frame()).toContain('p PowerShell');
    expect(labels().some((l) => l.startsWith('cmd · '))).toBe(true);
    await press(w, 'p');
    await waitForText(w, 'p cmd');
    expect(w.frame()).not.toContain('slmgr.vbs /');
    // Every command carries its label: shell, machine, rights, and whether it changes anything.
    expect(labels().length).toBeGreaterThan(1);
    for (const l of labels()) expect(l).toMatch(/^PowerShell · (client|KMS host|DNS server|reference PC|any machine) · (elevated · )?(read-only|CHANGES the machine)/);
    await press(w, 'r', 'r');
    await waitForText(w, 'What do you have to go on?');
    await choose(w, 'An error code');
    await answer(w, '0xC004F075');
    await choose(w, 'Show me the fix');
    await waitForText(w, 'Resolution:');
    expect(w.frame()).toContain('p cmd');
    expect(w.frame()).not.toContain('slmgr.vbs /');
  });
});
