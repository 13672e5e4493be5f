// Characters outside the Basic Multilingual Plane (😀, 𝐀), combining marks and ZWJ sequences
// typed where keys are commands — the start screen, a question, a resolution — are keys like
// any other: a grapheme is one key, it changes nothing it does not name, and a letter with a
// mark on it is not that letter.

import { describe, expect, it } from 'vitest';
import type { Key } from '../../src/terminal/keys.js';
import { applyKey } from '../../src/wizard/keymap.js';
import { currentStep, startSession, type Session } from '../../src/wizard/session.js';

const text = (t: string): Key => ({ kind: 'text', text: t });
const size = { columns: 80, rows: 24 };
const ASTRAL = ['😀', '𝐀', '👩\u200D💻', '👨\u200D👩\u200D👧', '🇫🇷', '1\uFE0F\u20E3', 'e\u0301', '\u0301', '\uD83D'];

const screens: [string, string, () => Session][] = [
  ['the start screen', 'question', () => startSession({ size })],
  ['a question', 'question', () => startSession({ code: '0xC004F074', size })],
  ['a resolution', 'catalog-resolution', () => applyKey(startSession({ code: '0xC004F075', size }), { kind: 'named', name: 'enter' })],
];

describe('astral characters, marks and ZWJ sequences typed at a screen with choices', () => {
  it.each(screens)('%s: each changes nothing and throws nothing', (_, kind, start) => {
    const s = start();
    expect(currentStep(s).kind).toBe(kind);
    for (const t of ASTRAL) {
      const after = applyKey(s, text(t));
      expect(after.exit).toBeUndefined();
      expect(after.frames).toBe(s.frames);
      expect(after.cursor).toBe(s.cursor);
    }
  });

  it('a burst of emoji then q is each emoji (nothing) then q (quit)', () => {
    expect(applyKey(startSession({ size }), text('😀😀𝐀👩\u200D💻q')).exit).toBe('quit');
  });

  it('q with a combining acute is not q, and 2 with a keycap mark is not 2', () => {
    const s = startSession({ size });
    expect(applyKey(s, text('q\u0301')).exit).toBeUndefined();
    expect(applyKey(s, text('2\uFE0F\u20E3')).cursor).toBe(s.cursor);
    expect(applyKey(s, text('2')).cursor).toBe(1);
  });
});
