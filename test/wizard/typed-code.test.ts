// An error code typed at a question: "0x" starts it, Enter looks it up. Before, a junior who
// typed 0xC004F074 at the first screen had each digit highlight a choice (the 4: "Create the DNS
// SRV record") and Enter chose that.

import { describe, expect, it } from 'vitest';
import type { Key } from '../../src/terminal/keys.js';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { footerText } from '../../src/wizard/layout/footer.js';
import { applyKey } from '../../src/wizard/keymap.js';
import { choose, currentContext, currentStep, startSession, type Session } from '../../src/wizard/session.js';

const named = (name: string): Key => ({ kind: 'named', name } as Key);
const text = (t: string): Key => ({ kind: 'text', text: t });
const press = (s: Session, ...keys: Key[]) => keys.reduce(applyKey, s);
const slowly = (s: Session, typed: string) => press(s, ...[...typed].map(text));
const screen = (s: Session) => buildScreen(s).parts.flatMap((p) => (p.kind === 'lines' ? p.lines.map((l) => l.text) : [])).join('\n');
const title = (s: Session) => { const step = currentStep(s); return 'title' in step ? step.title : step.kind; };

describe('an error code typed at the first screen', () => {
  const start = startSession();

  it.each([
    ['typed slowly', (s: Session) => slowly(s, '0xC004F074')],
    ['in one burst', (s: Session) => press(s, text('0xC004F074'))],
    ['in lower case', (s: Session) => slowly(s, '0xc004f074')],
  ])('%s: shown as typed, no choice highlighted by its digits, Enter goes to the code', (_, type) => {
    const typed = type(start);
    expect(typed.cursor).toBe(0);
    expect(screen(typed)).toContain('Error code: 0xC004F074 (Enter looks it up; Esc drops it)');
    const there = press(typed, named('enter'));
    expect(currentContext(there).code).toBe('0xC004F074');
    expect(screen(there)).toContain('No KMS host could be contacted');
    // Esc comes back to the code, ready to edit, as if typed at the code question; Esc again to the first screen.
    const field = press(there, named('escape'));
    expect([title(field), field.draft]).toEqual(['Type or paste the error code', '0xC004F074']);
    expect(title(press(field, named('escape')))).toBe('What do you have to go on?');
  });

  it('counts what is missing, and Enter on too few digits says what a code is and stays', () => {
    const typed = slowly(start, '0xC004');
    expect(screen(typed)).toContain('Error code: 0xC004____ (4 more hex digits; Esc drops it)');
    const entered = press(typed, named('enter'));
    expect(title(entered)).toBe('What do you have to go on?');
    expect(screen(entered)).toContain('An error code is 0x and eight hex digits, as in 0xC004F074: 0xC004 has 4.');
    // Typing on finishes it.
    expect(currentContext(press(slowly(entered, 'F074'), named('enter'))).code).toBe('0xC004F074');
  });

  it('Backspace takes a digit back; past the 0x the typing ends', () => {
    expect(screen(press(slowly(start, '0xC0'), named('backspace')))).toContain('Error code: 0xC_______');
    const gone = press(slowly(start, '0xC'), named('backspace'), named('backspace'));
    expect(gone.typedCode).toBeUndefined();
    expect(screen(gone)).not.toContain('Error code:');
  });

  it('Esc drops it and the question is as it was; a ninth digit is not taken', () => {
    const dropped = press(slowly(start, '0xC004'), named('escape'));
    expect([dropped.typedCode, dropped.cursor, title(dropped)]).toEqual([undefined, 0, 'What do you have to go on?']);
    expect(slowly(start, '0xC004F0741').typedCode).toBe('0xC004F074');
  });

  it('a 0 not followed by x is no code: the next key is what it always was', () => {
    expect(slowly(start, '03').cursor).toBe(2);
    expect(slowly(start, '03').typedCode).toBeUndefined();
    // 0 then Enter chooses the highlighted choice, as Enter alone does.
    expect(title(press(start, text('0'), named('enter')))).toBe(title(choose(start, 0)));
    expect(press(start, text('0'), text('q')).exit).toBe('quit');
  });

  it('a letter that is not hex ends the typing and does what it does (q quits)', () => {
    expect(slowly(start, '0xC0q').exit).toBe('quit');
  });

  it('the footer says what the keys do while a code is typed', () => {
    expect(footerText({ kind: 'question', view: 'cmd', page: 0, pages: 1, typing: true })).toBe('0-9 A-F the code · Enter look it up · Backspace · Esc drop it');
  });
});

describe('an error code typed at a later question', () => {
  it('goes to that code; Esc twice comes back to the question it was typed at', () => {
    const at = press(startSession(), text('0xC004F074'), named('enter'));
    const asked = title(at);
    const other = press(at, text('0xC004F038'), named('enter'));
    expect(currentContext(other).code).toBe('0xC004F038');
    expect(title(press(other, named('escape'), named('escape')))).toBe(asked);
  });
});
