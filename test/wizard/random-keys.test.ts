// The session model under random input: 10 000 random sequences of every key the wizard knows,
// typed text, pastes (hostile ones too) and window sizes. It never throws, every screen keeps a
// way forward (a choice, a field, or a resolution to leave with Esc, r or q), Esc always returns
// to the screen before, and no message ever carries a control character.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getCatalog } from '../../src/catalog/catalog.js';
import type { Key, KeyName } from '../../src/terminal/keys.js';
import { applyKey, resize } from '../../src/wizard/keymap.js';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { currentStep, startSession, type Session } from '../../src/wizard/session.js';
import * as pasteAnswers from '../../src/wizard/paste-answers.js';
import { installReaders } from '../../src/wizard/readers-slot.js';
import { HEAVY_TEST_MS } from '../support/heavy.js';

installReaders(pasteAnswers); // the runner loads them after the first screen; tests have them at once

const NAMES: KeyName[] = ['up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'enter', 'escape', 'tab', 'backtab', 'backspace', 'delete'];
const HOSTILE = [
  'corp.contoso.com; del *', '$(calc)', '%COMSPEC%', 'a\u0000b', '\u001B[31mred\u001B[0m', '\u001B]52;c;aGk=\u0007', 'ab\u000B\u000B\u000Ccd',
  '\u202Eevil', 'zero\u200Bwidth', '０ｘＣ００４Ｆ０７４', 'kms01–corp', 'x'.repeat(3000), 'xn--bcher-kva.example', 'fe80::1%eth0', 'Error: 0xC004F074\r\nline two\r\nline three',
];

// Characters beyond the Basic Multilingual Plane, combining marks and ZWJ sequences: a key of
// two UTF-16 units or several code points is still one key.
const ASTRAL = ['😀', '𝐀', '👩\u200D💻', '👨\u200D👩\u200D👧', '🇫🇷', '1\uFE0F\u20E3', 'q\u0301', 'e\u0301', '\u0301', '\u200D', '\uD83D'];
const astralText = fc.oneof(
  fc.constantFrom(...ASTRAL),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
  fc.array(fc.constantFrom(...ASTRAL, 'q', 'j', '2'), { minLength: 2, maxLength: 5 }).map((parts) => parts.join('')),
);

const sizes = fc.record({ columns: fc.integer({ min: 10, max: 250 }), rows: fc.integer({ min: 3, max: 80 }) });
type Action = { key: Key } | { size: { columns: number; rows: number } };
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ name: fc.constantFrom(...NAMES), ctrl: fc.boolean(), alt: fc.boolean() }).map(({ name, ctrl, alt }) => ({ key: { kind: 'named', name, ...(ctrl ? { ctrl } : {}), ...(alt ? { alt } : {}) } as Key })) },
  { weight: 4, arbitrary: fc.constantFrom(...NAMES).map((name) => ({ key: { kind: 'named', name } as Key })) },
  { weight: 2, arbitrary: fc.constantFrom(...'abdefhklnuwzL'.split('')).map((letter) => ({ key: { kind: 'ctrl', letter } as Key })) },
  { weight: 4, arbitrary: fc.constantFrom('1', '2', '3', 'j', 'k', 'p', 'r', '?', 'h', ' ', 'c', 'a', 's', 'x', '0xC004F074', 'corp.contoso.com', 'kms01', '1688').map((text) => ({ key: { kind: 'text', text } as Key })) },
  { weight: 1, arbitrary: fc.constantFrom('\u001BOP', '\u001B[11~').map((sequence) => ({ key: { kind: 'ignored', sequence } as Key })) },
  { weight: 1, arbitrary: fc.constantFrom('q').map((text) => ({ key: { kind: 'text', text } as Key })) },
  { weight: 2, arbitrary: astralText.map((text) => ({ key: { kind: 'text', text } as Key })) },
  { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...HOSTILE, ...ASTRAL), fc.string({ unit: 'binary', maxLength: 60 })).map((text) => ({ key: { kind: 'paste', text } as Key })) },
  { weight: 1, arbitrary: sizes.map((size) => ({ size })) },
);


const CODES = getCatalog().errors.map((e) => e.code);
// eslint-disable-next-line no-control-regex
// A notice may have several lines; nothing else invisible.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** What must hold on every screen the session can show. */
function checkScreen(s: Session): void {
  const screen = buildScreen(s);
  for (const text of [s.notice, s.error]) if (text) expect(CONTROL.test(text), JSON.stringify(text)).toBe(false);
  if (screen.tooSmall) return;
  if (s.keysOpen) {
    // The list of keys: its way on is Esc, said in the footer.
    expect(screen.parts.flatMap((p) => (p.kind === 'lines' ? p.lines.map((l) => l.text) : [])).join(' ')).toContain('Esc close this list');
    expect(screen.page).toBeLessThan(screen.pages);
    return;
  }
  const step = currentStep(s);
  if (step.kind === 'question') {
    const options = screen.parts.find((p) => p.kind === 'options');
    expect(options && options.kind === 'options' && options.items.some((i) => i.index === options.cursor)).toBe(true);
  } else if (step.kind === 'input') {
    expect(screen.parts.some((p) => p.kind === 'field')).toBe(true);
  } else {
    expect(['resolution', 'catalog-resolution']).toContain(step.kind);
  }
  expect(screen.page).toBeLessThan(screen.pages);
}

describe('the session under random keys', () => {
  it('never throws, always offers a way on, and Esc always returns to the screen before', () => {
    let keys = 0;
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...CODES), { nil: undefined }), sizes, fc.array(action, { maxLength: 25 }), (code, size, actions) => {
        let s = startSession({ code, size });
        checkScreen(s);
        for (const a of actions) {
          if ('size' in a) s = resize(s, a.size);
          else {
            const before = s;
            s = applyKey(s, a.key);
            keys++;
            if (a.key.kind === 'named' && a.key.name === 'escape' && !a.key.ctrl && !a.key.alt && !before.exit) {
              // Esc closes what is open over the screen (the keys, the help, a found answer, a code
              // being typed once its "0x" shows); else it goes back.
              const closes = before.keysOpen || before.helpOpen || before.pending || (before.typedCode?.length ?? 0) >= 2;
              expect(s.frames.map((f) => f.id)).toEqual(before.frames.length > 1 && !closes ? before.frames.slice(0, -1).map((f) => f.id) : before.frames.map((f) => f.id));
              if (closes) expect(Boolean(s.keysOpen) && Boolean(s.helpOpen)).toBe(false);
            }
          }
          if (s.exit) break;
          checkScreen(s);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(keys).toBeGreaterThan(30_000); // about 40 000: a run stops at q or Ctrl+C
  }, HEAVY_TEST_MS);
});
