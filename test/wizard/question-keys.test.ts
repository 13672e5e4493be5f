// The keys of a question screen, at its edges: ↓ on the last choice goes round to the first
// (never to no choice at all), ↑ on the first to the last; and Esc comes back with the earlier
// answer highlighted — also when it was not the first choice. The start screen has seven choices
// (six options, the last "I haven't checked / I can't tell", and "How do I find out?"); the indexes are written out.

import { describe, expect, it } from 'vitest';
import type { Key } from '../../src/terminal/keys.js';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { applyKey } from '../../src/wizard/keymap.js';
import { choose, currentStep, startSession, type Session } from '../../src/wizard/session.js';

const named = (name: string): Key => ({ kind: 'named', name } as Key);
const text = (t: string): Key => ({ kind: 'text', text: t });
const press = (s: Session, ...keys: Key[]) => keys.reduce(applyKey, s);

/** The label the screen draws highlighted, and the question's title. */
function highlighted(s: Session): { title: string; label: string | undefined } {
  const screen = buildScreen(s);
  const options = screen.parts.find((p) => p.kind === 'options');
  const step = currentStep(s);
  const label = options?.kind === 'options' ? options.items.find((i) => i.index === options.cursor)?.lines.join(' ') : undefined;
  return { title: step.kind === 'question' ? step.title : step.kind, label };
}

describe('↓ and ↑ at the ends of the choices', () => {
  const start = startSession();

  it('↓ from the first reaches the last (the seventh, "How do I find out?"), and one more goes round to the first', () => {
    expect(press(start, ...Array(6).fill(named('down'))).cursor).toBe(6);
    expect(highlighted(press(start, ...Array(6).fill(named('down')))).label).toBe('How do I find out?');
    expect(highlighted(press(start, ...Array(5).fill(named('down')))).label).toBe("I haven't checked / I can't tell");
    expect(press(start, ...Array(7).fill(named('down'))).cursor).toBe(0);
    expect(highlighted(press(start, ...Array(7).fill(named('down')))).label).toBe('An error code (for example 0xC004F074)');
  });

  it('↑ on the first goes to the last; j and k do as ↓ and ↑', () => {
    expect(press(start, named('up')).cursor).toBe(6);
    expect(press(start, text('k')).cursor).toBe(6);
    expect(press(start, text('k'), text('j')).cursor).toBe(0);
    expect(press(start, ...Array(8).fill(text('j'))).cursor).toBe(1);
  });

  it('End and Home, and a digit, highlight without choosing', () => {
    expect(press(start, named('end')).cursor).toBe(6);
    expect(press(start, named('end'), named('home')).cursor).toBe(0);
    expect(press(start, text('3')).cursor).toBe(2);
    expect(press(start, text('3')).frames).toHaveLength(1);
    // A digit past the choices changes nothing.
    expect(press(start, text('7')).cursor).toBe(6);
    expect(press(start, text('8')).cursor).toBe(0);
  });

  it('Enter on the choice ↓ went round to chooses the first', () => {
    const s = press(start, ...Array(7).fill(named('down')), named('enter'));
    expect(highlighted(s).title).toBe(highlighted(choose(start, 0)).title);
  });
});

describe('Esc comes back with the earlier answer highlighted', () => {
  it.each([
    [1, 'No code: Windows just will not activate'],
    [2, 'Look up the KMS client setup key for an edition'],
    [3, 'Create the DNS SRV record for a KMS host'],
    [4, 'Common procedures (MAK, KMS host, SRV record, assign a host, publish)'],
  ])('choice %i of the start screen, chosen with ↓ and Enter, is highlighted after Esc', (index, label) => {
    const chosen = press(startSession(), ...Array(index).fill(named('down')), named('enter'));
    expect(chosen.frames).toHaveLength(2);
    const back = press(chosen, named('escape'));
    expect(back.frames).toHaveLength(1);
    expect(back.cursor).toBe(index);
    expect(highlighted(back)).toEqual({ title: highlighted(startSession()).title, label });
  });

  it('two questions deep, each answer comes back highlighted in turn', () => {
    const noCode = press(startSession(), named('down'), named('enter'));
    const second = press(noCode, named('down'), named('down'), named('enter'));
    expect(second.frames).toHaveLength(3);
    const once = press(second, named('escape'));
    expect(once.cursor).toBe(2);
    expect(press(once, named('escape')).cursor).toBe(1);
  });
});
