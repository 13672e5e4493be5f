// The hostile corpus (test/support/hostile.ts) typed into every field: each value is refused with
// a short, safe message or accepted as a value that holds only the characters its field allows;
// and every template a value can fill (the command library, the catalog, every flow step),
// filled with every accepted value, holds nothing else where the value went.

import { describe, expect, it } from 'vitest';
import type { Answers } from '../../flows/lib/context.js';
import { onlyAllowed } from '../../src/input/allowed.js';
import { FIELDS } from '../../src/input/fields.js';
import { fitsMessage } from '../../src/input/message-fit.js';
import { fill } from '../../src/text/fill.js';
import { HOSTILE, hasControl, hasInvisible, hostileValues } from '../support/hostile.js';
import { allTemplates, filledPattern, namesIn } from '../support/templates.js';

/** The longest refusal: two rows of 60 columns. */
const MAX_MESSAGE = 120;

/** What each field makes of the corpus, alone and around each of its samples. */
function outcomes(field: string) {
  const spec = FIELDS[field]!;
  const tried = new Map<string, string>();
  for (const sample of spec.samples) for (const { name, value } of hostileValues(sample)) tried.set(value, name);
  const accepted: { payload: string; raw: string; values: Answers }[] = [];
  const refused: { payload: string; message: string }[] = [];
  for (const [value, payload] of tried) {
    const v = spec.validate(value, {});
    if (v.ok) accepted.push({ payload, raw: value, values: v.value });
    else refused.push({ payload, message: v.message });
  }
  return { accepted, refused };
}

const RESULTS = Object.fromEntries(Object.keys(FIELDS).map((field) => [field, outcomes(field)]));

describe('the hostile corpus', () => {
  it('has every kind of payload the issue lists', () => {
    const names = HOSTILE.map((p) => p.name).join('\n');
    for (const kind of ['metacharacter %', 'command substitution', 'environment variable', 'CRLF', 'control U+0000', 'control U+007F',
      'control U+009D', 'SGR red', 'OSC 52 clipboard write', 'clear screen', 'right-to-left override', 'zero-width U+200B', 'combining acute',
      'full-width digits', 'dash U+2013', 'minus sign', 'Arabic-Indic digits', 'Cyrillic look-alike letters', '10 000 letters',
      'punycode name', 'Unicode domain', 'IPv6 with zone name', 'bracketed IPv6 with encoded zone and port', 'trailing dot',
      'leading and trailing spaces', 'empty']) {
      expect(names).toContain(kind);
    }
  });
});

describe.each(Object.keys(FIELDS))('%s', (field) => {
  const spec = FIELDS[field]!;
  const { accepted, refused } = RESULTS[field]!;

  it('declares a maximum length and an allowed class for every value it sets', () => {
    expect(spec.maxLength).toBeGreaterThan(0);
    for (const sample of spec.samples) {
      const v = spec.validate(sample, {});
      expect(v.ok, sample).toBe(true);
      if (v.ok) for (const name of Object.keys(v.value)) expect(spec.allowed[name], name).toBeInstanceOf(RegExp);
    }
  });

  it('accepts hostile text only as values of its allowed characters', () => {
    for (const { payload, values } of accepted) {
      for (const [name, value] of Object.entries(values)) {
        expect(onlyAllowed(String(value), spec.allowed[name]!), `${payload}: ${name} = ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  it('refuses with a message that is safe to print and fits two rows of 60 columns', () => {
    expect(refused.length).toBeGreaterThan(0);
    for (const { payload, message } of refused) {
      expect(hasControl(message) || hasInvisible(message), `${payload}: ${JSON.stringify(message)}`).toBe(false);
      expect(message.length, `${payload}: ${message}`).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(fitsMessage(message), `${payload}: ${message}`).toBe(true);
    }
  });

  it('refuses every value with a control character (but tab and line breaks), an escape sequence or a bidi control', () => {
    for (const { payload, raw, values } of accepted) {
      expect(hasControl(raw.replace(/[\t\r\n]/g, '')) || hasInvisible(raw.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')), payload).toBe(false);
      expect(Object.values(values).some((v) => hasControl(String(v)) || hasInvisible(String(v))), payload).toBe(false);
    }
  });

  it('refuses a value longer than its maximum with the words the input layer uses', () => {
    const v = spec.validate('1'.repeat(spec.maxLength + 1), {});
    expect(v).toEqual({ ok: false, message: `That is ${spec.maxLength + 1} characters; this field takes at most ${spec.maxLength}.` });
  });
});

describe('every template filled with every accepted hostile value', () => {
  const templates = allTemplates();

  it('come from the command library (twins too) and the flows (the catalog has none today, but is read)', () => {
    expect(templates.some((t) => t.where.startsWith('data/commands/') && t.where.includes('.twin.'))).toBe(true);
    expect(templates.some((t) => t.where.startsWith('flows/') && t.where.includes('.commands['))).toBe(true);
    expect(templates.some((t) => t.where.startsWith('flows/') && t.where.includes('.title'))).toBe(true);
  });

  it.each(Object.keys(FIELDS))('%s: nothing but its allowed characters where a value went', (field) => {
    const spec = FIELDS[field]!;
    let rendered = 0;
    for (const { payload, values } of RESULTS[field]!.accepted) {
      for (const t of templates) {
        if (!namesIn(t.text).some((n) => n in values)) continue;
        const text = fill(t.text, values);
        rendered += 1;
        expect(filledPattern(t.text, values, spec.allowed).test(text), `${payload} in ${t.where}: ${text}`).toBe(true);
        expect(hasControl(text) || hasInvisible(text), `${payload} in ${t.where}`).toBe(false);
      }
    }
    // A field whose values some template names was rendered with its accepted hostile values.
    const named = templates.some((t) => namesIn(t.text).some((n) => n in spec.allowed));
    if (named && RESULTS[field]!.accepted.length > 0) expect(rendered).toBeGreaterThan(0);
  });
});
