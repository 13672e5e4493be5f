// Handing the work over from a resolution: one command highlighted (the page follows it), c
// copies it in the form shown, a copies them all, s saves the note for the ticket.

import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { saveNote } from '../../src/handover/note/save.js';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { KEY, answer, choose, press, renderWizard, waitForText, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

const session = (w: WizardUnderTest) => w.actor.getSnapshot().context;
/** The highlighted command's label line on screen. */
const highlighted = (w: WizardUnderTest) => w.frame().split('\n').find((l) => l.startsWith('❯ ') && l.includes(' · ')) ?? '';
/** The line after the highlighted label's last line: the command itself. */
const highlightedCommand = (w: WizardUnderTest) => {
  const lines = w.frame().split('\n');
  const at = lines.findIndex((l) => l.startsWith('❯ ') && l.includes(' · '));
  // The label may wrap over several lines: the command is the first line after it that starts like one.
  return lines.slice(at + 1).find((l) => /^(cscript|Get-|Start-|Invoke-|\(|netsh|nslookup|w32tm|reg |ipconfig|slmgr|sc |Test-|Resolve-)/.test(l)) ?? '';
};

async function atFix(size?: { columns: number; rows: number }, deps = {}) {
  const w = await renderWizard({ code: '0xC004F075', ...(size ? { size } : {}) }, deps);
  await choose(w, 'Show me the fix');
  await waitForText(w, 'Resolution:');
  return w;
}

describe('a resolution hands its commands over', () => {
  it('highlights one command; ↓ and Tab move it, c copies exactly that command as one line', async () => {
    const w = await atFix();
    expect(highlighted(w)).toMatch(/^❯ /);
    await press(w, 'c');
    await waitForText(w, 'Copied to the clipboard.');
    expect(w.copies[0]).toBe(highlightedCommand(w));
    expect(w.copies[0]).not.toMatch(/\n$/);
    await press(w, KEY.down, KEY.tab);
    await vi.waitFor(() => expect(session(w).commandCursor).toBe(2));
    await press(w, 'c');
    await vi.waitFor(() => expect(w.copies).toHaveLength(2));
    expect(w.copies[1]).toBe(highlightedCommand(w));
  });

  it('copies the PowerShell form in the PowerShell view', async () => {
    const w = await atFix();
    await press(w, 'p', 'p');
    await waitForText(w, 'p PowerShell only');
    await press(w, 'c');
    await vi.waitFor(() => expect(w.copies).toHaveLength(1));
    expect(w.copies[0]).toBe(highlightedCommand(w));
    expect(w.copies[0]).not.toContain('slmgr');
  });

  it('a copies every command, each under a REM or # line with its label and place, in screen order', async () => {
    const w = await atFix();
    await press(w, 'a');
    await vi.waitFor(() => expect(w.copies).toHaveLength(1));
    const lines = w.copies[0]!.split('\n');
    expect(lines.length % 2).toBe(0);
    for (let i = 0; i < lines.length; i += 2) expect(lines[i]).toMatch(/^(REM|#) (cmd|PowerShell|Linux shell|text to paste into a file) · on the /);
    expect(lines.filter((l, i) => i % 2 === 1)).toContain('Get-Service sppsvc');
  });

  it('c on a page without the highlighted command turns to it, and copies it', async () => {
    const w = await atFix({ columns: 60, rows: 20 });
    const { commandPages } = buildScreen(session(w));
    expect(session(w).page).not.toBe(commandPages[0]);
    await press(w, 'c');
    await vi.waitFor(() => expect(w.copies).toHaveLength(1));
    expect(session(w).page).toBe(commandPages[0]);
    await vi.waitFor(() => expect(highlightedCommand(w)).toBe(w.copies[0]));
  });

  it('turns the page to follow the highlight in a short window', async () => {
    const w = await atFix({ columns: 60, rows: 20 });
    const { commandPages, pages } = buildScreen(session(w));
    expect(pages).toBeGreaterThan(1);
    const last = commandPages.length - 1;
    await press(w, KEY.up); // from the first command up wraps to the last
    await vi.waitFor(() => expect(session(w).commandCursor).toBe(last));
    expect(session(w).page).toBe(commandPages[last]);
    await vi.waitFor(() => expect(highlighted(w)).toMatch(/^❯ /));
  });

  it('s saves the note with the typed domain and host, and says where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kms-note-'));
    const w = await renderWizard({ code: '0x8007232B' }, { save: (record) => saveNote(record, { dir }) });
    await answer(w, 'corp.contoso.com');
    await choose(w, 'No record');
    await choose(w, 'Yes, there is a KMS host');
    await answer(w, 'kms01.corp.contoso.com');
    await choose(w, 'DisableDnsPublishing is 0x1');
    await waitForText(w, 'Resolution: Turn DNS publishing back on');
    await press(w, 's');
    await waitForText(w, 'Saved the note for the ticket:');
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^kms-doctor-0x8007232B-\d{8}-\d{4}\.md$/);
    expect(w.frame().replace(/\s+/g, '')).toContain(join(dir, file!)); // the full path, however it wrapped
    const note = readFileSync(join(dir, file!), 'utf8');
    expect(note).toContain('corp.contoso.com');
    expect(note).toContain('kms01.corp.contoso.com');
    expect(note).toContain('0x8007232B');
  });

  it('says so when the folder cannot be written, and the session goes on', async () => {
    const w = await renderWizard({ code: '0xC004F075' }, { save: (record) => saveNote(record, { dir: '/proc/no-such-folder' }) });
    await choose(w, 'Show me the fix');
    await press(w, 's');
    await waitForText(w, 'The note was not saved');
    await press(w, KEY.esc);
    await waitForText(w, 'Show me the fix');
  });
});
