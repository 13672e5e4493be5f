// The keys a junior reaches for (issue 14 §3, §4): Esc closes the help before it goes back, and
// does nothing on the first screen (whose footer does not offer it); `?` lists every key of the
// screen, F1 does in a field; Ctrl+T is named where it works; a question short of rows shows as
// many choices as the free rows hold.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { rowsOfLines } from '../../src/wizard/layout/screen-lines.js';
import { currentStep } from '../../src/wizard/session.js';
import { applyKey } from '../../src/wizard/keymap.js';
import { KEY, answer, choose, press, renderWizard, waitForText } from '../support/ui.js';
import { allScreens, sessionAt } from '../support/screens.js';

afterEach(() => cleanup());

const F1 = '\u001BOP';
const footer = (frame: string) => frame.trimEnd().split('\n').at(-1) ?? '';

describe('Esc', () => {
  it('closes the help first, and only then goes back a step', async () => {
    const w = await renderWizard({ code: '0x8007232B' });
    await answer(w, 'corp.contoso.com');
    await waitForText(w, 'What does DNS return for');
    await press(w, 'h');
    await waitForText(w, 'How do I find out?');
    const frames = w.actor.getSnapshot().context.frames.length;
    await press(w, KEY.esc);
    await waitForText(w, 'What does DNS return for');
    expect(w.frame()).not.toContain('Hide the help');
    expect(w.actor.getSnapshot().context.frames.length).toBe(frames);
    await press(w, KEY.esc);
    await waitForText(w, 'Which DNS domain is the client in?');
  });

  it('does nothing on the first screen, whose footer does not offer it', async () => {
    const w = await renderWizard();
    await waitForText(w, 'What do you have to go on?');
    expect(footer(w.frame())).not.toContain('Esc');
    const before = w.frame();
    await press(w, KEY.esc);
    expect(w.frame()).toBe(before);
    expect(w.exitCodes).toEqual([]);
  });
});

describe('the list of keys', () => {
  it('? shows every key of a question, Esc closes it where it was', async () => {
    const w = await renderWizard({ code: '0x8007232B' });
    await answer(w, 'corp.contoso.com');
    await waitForText(w, 'What does DNS return for');
    expect(footer(w.frame())).toContain('? keys');
    await press(w, '?');
    await waitForText(w, 'Keys on this screen');
    for (const key of ['↑/↓ or a digit', 'Enter', 'h ', 'paste', 'p ', 'Esc', 'r, then r again', 'q ', 'Ctrl+C', 'Ctrl+L']) expect(w.frame()).toContain(key);
    await press(w, KEY.esc);
    await waitForText(w, 'What does DNS return for');
    expect(w.frame()).not.toContain('Keys on this screen');
  });

  it('? on a resolution names c, a, s and p', async () => {
    const w = await renderWizard({ code: '0xC004F075' });
    await choose(w, 'Show me the fix');
    await waitForText(w, 'Resolution:');
    await press(w, '?');
    await waitForText(w, 'Keys on this screen');
    for (const key of ['copy the highlighted command', 'copy every command', 'save a note for the ticket', 'show commands as']) expect(w.frame()).toContain(key);
  });

  it('F1 in a field lists the editing keys; the footer names Ctrl+T where a field can be checked from here', () => {
    const screen = allScreens().find((sc) => sc.name.startsWith('srv-create "askKmsIp"'))!;
    const s = sessionAt(screen, { columns: 100, rows: 30 });
    const text = (session: typeof s) => buildScreen(session).parts.flatMap((p) => (p.kind === 'lines' ? p.lines.map((l) => l.text) : [])).join('\n');
    expect(footer(text(s))).toContain('Ctrl+T check from this computer');
    expect(footer(text(s))).toContain('F1 keys');
    const open = applyKey(s, { kind: 'ignored', sequence: F1 });
    expect(open.keysOpen).toBe(true);
    for (const key of ['Ctrl+T', 'Ctrl+U', 'Tab', 'F1', 'Esc']) expect(text(open)).toContain(key);
    expect(applyKey(open, { kind: 'named', name: 'escape' }).keysOpen).toBe(false);
  });
});

describe('a question short of rows', () => {
  it('at 60×20, with a notice, shows as many choices as the free rows hold', () => {
    const bad: string[] = [];
    const size = { columns: 60, rows: 20 };
    for (const screen of allScreens()) {
      const s = sessionAt(screen, size, { notice: 'Pasted text does not answer this question: choose with ↑/↓ and Enter.' });
      if (currentStep(s).kind !== 'question') continue;
      const built = buildScreen(s);
      if (built.tooSmall) continue;
      const options = built.parts.find((p) => p.kind === 'options');
      if (!options || options.kind !== 'options' || options.moreAbove + options.moreBelow === 0) continue;
      const height = built.parts.reduce((n, p) => n + (p.kind === 'lines' ? rowsOfLines(p.lines, size.columns) : p.rows), 0);
      // A window of choices leaves at most a row free (one more choice would need it and one more).
      if (size.rows - 1 - height > 1) bad.push(`${screen.name}: ${size.rows - 1 - height} rows free, ${options.moreAbove + options.moreBelow} choices hidden`);
    }
    expect(bad).toEqual([]);
  });
});
