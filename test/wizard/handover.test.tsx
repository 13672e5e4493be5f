// Handing the work over from a resolution: one command highlighted (the page follows it), c
// copies it in the form shown, a copies them all, s saves the note for the ticket.

import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { saveNote } from '../../src/handover/note/save.js';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { applyKey } from '../../src/wizard/keymap.js';
import { findError } from '../../src/catalog/catalog.js';
import { templateValues } from '../../src/wizard/layout/build-screen.js';
import { resolutionCommands } from '../../src/wizard/layout/resolution-blocks.js';
import { resolutionContent } from '../../src/wizard/resolution-content.js';
import { currentContext, currentStep } from '../../src/wizard/session.js';
import { KEY, answer, choose, press, renderWizard, waitForText, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

const session = (w: WizardUnderTest) => w.actor.getSnapshot().context;
/** The highlighted command's label line on screen (indented under its step). */
const highlighted = (w: WizardUnderTest) => w.frame().split('\n').map((l) => l.trim()).find((l) => l.startsWith('❯ ') && l.includes(' · ')) ?? '';
/** The highlighted command, in the form on screen (what `c` copies). */
const highlightedCommand = (w: WizardUnderTest) => {
  const s = session(w);
  const context = currentContext(s);
  const content = resolutionContent(currentStep(s), context.code ? findError(context.code) : undefined)!;
  return resolutionCommands(content, templateValues(s), s.view)[s.commandCursor]!.text;
};
/** The command's first line is on screen right under the highlighted label. */
const shownUnderHighlight = (w: WizardUnderTest, command: string) => {
  const lines = w.frame().split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.startsWith('❯ ') && l.includes(' · '));
  return lines.slice(at + 1, at + 4).some((l) => l !== '' && command.startsWith(l.split(/\s{2,}/)[0]!));
};

async function atFix(size?: { columns: number; rows: number }, deps = {}) {
  const w = await renderWizard({ code: '0xC004F075', view: 'cmd', ...(size ? { size } : {}) }, deps);
  await choose(w, 'Show me the fix');
  await waitForText(w, 'Resolution:');
  return w;
}

describe('a resolution hands its commands over', () => {
  it('highlights one command; ↓ and Tab move it, c copies exactly that command as one line', async () => {
    const w = await atFix();
    expect(highlighted(w)).toMatch(/^❯ /);
    await press(w, 'c');
    await waitForText(w, 'Copied: ');
    expect(w.copies[0]).toBe(highlightedCommand(w));
    expect(shownUnderHighlight(w, w.copies[0]!)).toBe(true);
    expect(w.frame()).toContain(`Copied: ${w.copies[0]!.slice(0, 20)}`);
    expect(w.copies[0]).not.toMatch(/\n$/);
    await press(w, KEY.down, KEY.tab);
    await vi.waitFor(() => expect(session(w).commandCursor).toBe(2));
    await press(w, 'c');
    await vi.waitFor(() => expect(w.copies).toHaveLength(2));
    expect(w.copies[1]).toBe(highlightedCommand(w));
  });

  it('copies the PowerShell form in the PowerShell view', async () => {
    const w = await atFix();
    await press(w, 'p');
    await waitForText(w, 'p cmd');
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
    const s = session(w);
    const { commandPages } = buildScreen(s);
    const last = commandPages.length - 1;
    // A page the highlighted command is not on (a page of text only is one way to get there).
    const elsewhere = { ...s, commandCursor: last, page: commandPages[last] === 0 ? 1 : 0 };
    const asked = applyKey(elsewhere, { kind: 'text', text: 'c' });
    expect(asked.page).toBe(commandPages[last]);
    expect(asked.effect?.kind).toBe('copy-one');
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

  it('c and s leave the page and the highlighted command where they were; the status is one line in a fixed place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kms-note-'));
    const w = await atFix({ columns: 60, rows: 20 }, { save: (record: never) => saveNote(record, { dir }) });
    await press(w, KEY.down, KEY.down);
    await vi.waitFor(() => expect(session(w).commandCursor).toBe(2));
    const before = w.frame().split('\n');
    const page = session(w).page;
    const row = before.findIndex((l) => l.includes('❯ '));
    for (const key of ['c', 's', 'a']) {
      await press(w, key);
      await vi.waitFor(() => expect(session(w).effect).toBeUndefined());
      await vi.waitFor(() => expect(session(w).notice).toBeTruthy());
      const after = w.frame().split('\n');
      expect(session(w).page, key).toBe(page);
      expect(after.findIndex((l) => l.includes('❯ ')), key).toBe(row);
      expect(after.length, key).toBe(before.length);
      // Everything above the status row is as it was; the status takes exactly one row.
      expect(after.slice(0, -3), key).toEqual(before.slice(0, -3));
      const status = after.filter((l) => /^(Copied|Saved): /.test(l));
      expect(status, key).toHaveLength(1);
      expect(status[0]!.length, key).toBeLessThan(60);
    }
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
    await waitForText(w, 'Saved: ');
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
