// Keys that arrive together — fast typing, a slow SSH link — do exactly what the same keys do
// typed slowly, and none is applied to a screen it was not meant for.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { currentStep } from '../../src/wizard/session.js';
import { KEY, draft, paste, renderWizard, waitForText, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

const send = (w: WizardUnderTest, chunk: string) => w.ui.stdin.write(chunk);
const session = (w: WizardUnderTest) => w.actor.getSnapshot().context;

describe('a burst of keys in one read', () => {
  it('Enter, a typed code and Enter reach the code, as slow typing does', async () => {
    const w = await renderWizard();
    send(w, '\r0xC004F074\r');
    await waitForText(w, '0xC004F074 — ');
  });

  it('Down Enter chooses the second choice, not the first', async () => {
    const w = await renderWizard();
    const second = (currentStep(session(w)) as { options: { label: string }[] }).options[1]!.label;
    send(w, KEY.down + KEY.enter);
    await vi.waitFor(() => expect(session(w).frames[0].picked).toBe(1));
    expect(w.frame()).not.toContain(second); // we left the first screen
  });

  it('Down Down Down moves three times', async () => {
    const w = await renderWizard();
    send(w, KEY.down.repeat(3));
    await vi.waitFor(() => expect(session(w).cursor).toBe(3));
  });

  it('Esc Esc goes back twice', async () => {
    const w = await renderWizard({ code: '0xC004F075' });
    expect(session(w).frames.length).toBe(3);
    send(w, KEY.esc + KEY.esc);
    await vi.waitFor(() => expect(session(w).frames.length).toBe(1));
  });

  it('edits a field as typed: abc ← x gives abxc, ab ⌫ c gives ac', async () => {
    const w = await renderWizard();
    send(w, '\r');
    await waitForText(w, 'Type or paste the error code');
    send(w, `abc${KEY.left}x`);
    await vi.waitFor(() => expect(draft(w)).toBe('abxc'));
    send(w, `${KEY.ctrlU}${KEY.end}${KEY.ctrlU}ab${KEY.backspace}c`);
    await vi.waitFor(() => expect(draft(w)).toBe('ac'));
  });

  it('a typed answer, Enter and the next choice in one read', async () => {
    const w = await renderWizard({ code: '0x8007232B' });
    await waitForText(w, 'Which DNS domain is the client in?');
    send(w, `corp.contoso.com\r${KEY.down}\r`);
    await waitForText(w, 'Is there a KMS host in your organisation?');
  });

  it('a pasted block never presses Enter on a question', async () => {
    const w = await renderWizard();
    send(w, paste('one\rtwo\rthree\r'));
    await waitForText(w, 'Pasted text does not answer this question');
    expect(session(w).frames.length).toBe(1);
  });

  it('Ctrl+U, Ctrl+W, Ctrl+A/E, Home/End and ←/→ edit the field; an old error goes when the text changes', async () => {
    const w = await renderWizard();
    send(w, '\r');
    await waitForText(w, 'Type or paste the error code');
    send(w, 'no code here\r');
    await waitForText(w, 'No error code found');
    send(w, KEY.ctrlW);
    await vi.waitFor(() => expect(draft(w)).toBe('no code '));
    expect(w.frame()).not.toContain('No error code found');
    send(w, `${KEY.ctrlA}x${KEY.ctrlE}y${KEY.home}${KEY.right}z`);
    await vi.waitFor(() => expect(draft(w)).toBe('xzno code y'));
    send(w, KEY.ctrlU);
    await vi.waitFor(() => expect(draft(w)).toBe('no code y')); // Ctrl+U clears what is before the caret
    send(w, `${KEY.end}${KEY.ctrlU}`);
    await vi.waitFor(() => expect(draft(w)).toBe(''));
  });

  it('Ctrl+Q, Ctrl+R and Ctrl+P do nothing (they are not q, r and p)', async () => {
    const w = await renderWizard({ code: '0xC004F075' });
    const before = session(w);
    send(w, '\u0011\u0012\u0010');
    await new Promise((r) => setTimeout(r, 20));
    expect(session(w).frames).toBe(before.frames);
    expect(session(w).view).toBe(before.view);
    expect(w.exitCodes).toEqual([]);
  });

  it('ignores keys it does not know: Ctrl+F1, Ctrl+Shift combinations, a pasted colour code', async () => {
    const w = await renderWizard();
    send(w, '\u001B[1;5P\u001B[1;6A\u001B[1;7B\u001B[31m');
    send(w, '\r');
    await waitForText(w, 'Type or paste the error code');
    send(w, '\u001B[1;5P\u001B[31mab');
    await vi.waitFor(() => expect(draft(w)).toBe('ab'));
    send(w, paste('\u001B[31mcd\u001B[0m'));
    await vi.waitFor(() => expect(draft(w)).toBe('abcd'));
    await waitForText(w, 'Left out what cannot be seen or typed: an escape sequence');
  });
});

describe('what a field shows is what it holds', () => {
  it('takes the control characters out of a paste and names them (no row the screen does not count)', async () => {
    const w = await renderWizard();
    send(w, '\r');
    await waitForText(w, 'Type or paste the error code');
    send(w, paste('ab\u000B\u000B\u000B\u000Ccd'));
    await vi.waitFor(() => expect(draft(w)).toBe('abcd'));
    await waitForText(w, 'U+000B (VT), U+000C (FF)');
    expect(w.frame()).not.toMatch(/[\u000B\u000C]/);
  });
});

describe('help that does not fit the page', () => {
  it('opens on the page where it starts, its heading with what follows', async () => {
    const w = await renderWizard({ code: '0x8007232B', size: { columns: 60, rows: 20 } });
    send(w, 'corp.contoso.com\r');
    await waitForText(w, 'What does DNS return for');
    send(w, 'h');
    await waitForText(w, 'How do I find out?');
    const lines = w.frame().split('\n');
    const at = lines.findIndex((l) => l === 'How do I find out?');
    expect(lines[at + 1]).toMatch(/ · (read-only|CHANGES the machine) — /);
  });
});

describe('digits on a question', () => {
  it('highlight that choice and never choose it (Enter does)', async () => {
    const w = await renderWizard();
    send(w, '2');
    await vi.waitFor(() => expect(session(w).cursor).toBe(1));
    expect(session(w).frames.length).toBe(1);
    send(w, '\r');
    await vi.waitFor(() => expect(session(w).frames[0].picked).toBe(1));
  });
});
