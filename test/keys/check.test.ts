// The product-key checker: repairs it may make, refusals it must make, and the setup-key verdict.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import setupKeys from '../../data/setup-keys.json' with { type: 'json' };
import { PRODUCT_KEY_ALPHABET, PRODUCT_KEY_PATTERN, setupKeyCatalogSchema } from '../../src/catalog/schema.js';
import { checkProductKey, type KeyCheck } from '../../src/keys/check.js';

const entries = setupKeyCatalogSchema.parse(setupKeys);
const check = (raw: string) => checkProductKey(raw, entries);
const PRO = 'W269N-WFGWX-YVC9B-4J6C9-T83GX'; // Windows 10/11 Pro
const UNKNOWN = 'BCDFG-HJKMP-QRTVW-XY234-6789B'; // well-formed, in no table

const messages = (r: KeyCheck) => r.corrections.map((c) => c.message).join(' | ');
const problems = (r: KeyCheck) => (r.status === 'invalid' ? r.problems : []);

describe('checkProductKey: repairs', () => {
  it('accepts a clean setup key as is', () => {
    const r = check(PRO);
    expect(r).toMatchObject({ status: 'setup-key', key: PRO, corrections: [] });
  });

  it.each([
    ['en dash', PRO.replaceAll('-', '\u2013'), /every separator was an en dash \(U\+2013\), not a hyphen/],
    ['em dash', PRO.replaceAll('-', '\u2014'), /every separator was an em dash \(U\+2014\)/],
    ['minus sign', PRO.replaceAll('-', '\u2212'), /every separator was a minus sign \(U\+2212\)/],
    ['spaces', PRO.replaceAll('-', ' '), /every separator was a space, not a hyphen/],
    ['spaced hyphens', PRO.replaceAll('-', ' - '), /a hyphen with spaces around it/],
    ['full-width hyphen', PRO.replaceAll('-', '\uFF0D'), /full-width hyphen \(U\+FF0D\)/],
    ['one en dash', 'W269N-WFGWX-YVC9B\u20134J6C9-T83GX', /^the 3rd separator was an en dash \(U\+2013\), not a hyphen$/],
    ['lower case', PRO.toLowerCase(), /^the letters were lower case/],
    ['some lower case', 'W269n-WFGWX-YVC9B-4J6C9-T83gX', /^2 letters were lower case/],
    ['no separators', PRO.replaceAll('-', ''), /^there were no hyphens between the groups$/],
    ['one missing hyphen', 'W269NWFGWX-YVC9B-4J6C9-T83GX', /^the hyphen after group 1 was missing$/],
    ['surrounding space', `  \t${PRO}\n`, /^removed blank space around the key$/],
    ['trailing full stop', `${PRO}.`, /removed a full stop at the start or end/],
    ['zero-width space', PRO.replace('-', '\u200B-'), /removed 1 invisible character \(U\+200B\)/],
  ])('%s: says what was wrong and gives the corrected key', (_name, raw, message) => {
    const r = check(raw);
    expect(r.status).toBe('setup-key');
    if (r.status === 'invalid') return;
    expect(r.key).toBe(PRO);
    expect(messages(r)).toMatch(message);
    expect(r.summary).toContain('Corrected from what was pasted');
  });

  it('names each wrong separator when they differ', () => {
    const r = check('W269N\u2014WFGWX-YVC9B\u22124J6C9 T83GX');
    expect(r.corrections.map((c) => c.message)).toEqual([
      'the 1st separator was an em dash (U+2014), not a hyphen',
      'the 3rd separator was a minus sign (U+2212), not a hyphen',
      'the 4th separator was a space, not a hyphen',
    ]);
  });

  it('combines repairs: lower case, en dashes and blanks at once', () => {
    const r = check('  w269n\u2013wfgwx\u2013yvc9b\u20134j6c9\u2013t83gx ');
    expect(r).toMatchObject({ status: 'setup-key', key: PRO });
    expect(r.corrections.map((c) => c.kind)).toEqual(['surrounding-space', 'lower-case', 'separator']);
  });
});

describe('checkProductKey: refusals', () => {
  it.each([
    ['', 'empty', /nothing/i],
    ['  --  ', 'empty', /nothing/i],
    ['W269N-WFGWX-YVC9B-4J6C9', 'group-count', /4 groups .*a whole group is missing/],
    ['W269N-WFGWX-YVC9B-4J6C9-T83GX-BCDFG', 'group-count', /6 groups/],
    ['W269N-WFGWX-YVC9B-4J6C-T83GX', 'group-length', /^group 4 \(4J6C\) has 4 characters, not 5$/],
    ['W269N-WFGWX-YVC9B-4J6C9-T83GXX', 'group-length', /^group 5 \(T83GXX\) has 6 characters, not 5$/],
    ['W269NW-FGWX-YVC9B-4J6C9-T83GX', 'group-length', /group 1 \(W269NW\) has 6 characters/],
    ['W269N-WFGWX-YVC9B-4J6C9-T83G', 'group-length', /group 5/],
  ])('%j: %s', (raw, kind, message) => {
    const r = check(raw);
    expect(r.status).toBe('invalid');
    expect(r).not.toHaveProperty('key');
    const found = problems(r).find((p) => p.kind === kind);
    expect(found?.message).toMatch(message);
  });

  it.each([
    ['A269N-WFGWX-YVC9B-4J6C9-T83GX', 'A', 1, 1, /A is not used in product keys/],
    ['W269N-WFGWX-YVC9B-4J6C9-T83GO', 'O', 5, 5, /letter O is not used .*neither is the digit 0/],
    ['W269N-WFGWX-YVC0B-4J6C9-T83GX', '0', 3, 4, /digit 0 is not used .*neither is the letter O/],
    ['W269N-WFGWX-YVC9B-4J6C9-T8SGX', 'S', 5, 3, /neither the digit 5 nor the letter S/],
    ['W269N-WFGWX-YVC9B-4J6C9-T83GZ', 'Z', 5, 5, /if the source shows a 2, type 2/],
    ['W269N-WFGWX-YVC9B-4J6C9-T83G\u00D6', '\u00D6', 5, 5, /U\+00D6.*not a plain capital letter/],
    ['W269N-WFGWX-YVC9B-4J6C9-T83G\u0425', '\u0425', 5, 5, /another alphabet/], // Cyrillic Kha looks like X
  ])('%s: names the bad character %s and where it is', (raw, character, group, position, why) => {
    const r = check(raw);
    expect(r.status).toBe('invalid');
    const bad = problems(r).find((p) => p.kind === 'character');
    expect(bad).toMatchObject({ character, group, position });
    expect(raw.slice(bad!.offset, bad!.offset! + character.length)).toBe(character);
    expect(bad!.message).toMatch(why);
    expect(r.summary).toMatch(/not a valid product key/);
  });

  it('refuses a key with more than one N, and says why', () => {
    const r = check('W269N-WFGWX-YVC9B-4J6C9-T83GN');
    expect(r.status).toBe('invalid');
    expect(problems(r)).toEqual([
      expect.objectContaining({ kind: 'too-many-n', group: 5, position: 5, message: expect.stringMatching(/2 Ns .*at most one N/) }),
    ]);
  });

  it('lists every problem, not only the first', () => {
    const r = check('hello world');
    expect(problems(r).map((p) => p.kind)).toEqual(expect.arrayContaining(['group-count', 'character']));
    expect(r.summary).toMatch(/more problems/);
  });
});

describe('checkProductKey: what the key is', () => {
  it('names both products of a key shared by Windows 10 and 11, newest first', () => {
    const r = check(PRO);
    if (r.status !== 'setup-key') throw new Error(r.summary);
    expect(r.products.map((p) => p.product)).toEqual(['Windows 11 Pro', 'Windows 10 Pro']);
    expect(r.summary).toBe(`${PRO} is the KMS client setup key (GVLK) for Windows 11 Pro and Windows 10 Pro.`);
  });

  it('names every product of the LTSC key', () => {
    const r = check('M7XTQ-FN8P6-TTKYV-9D4CC-J462D');
    if (r.status !== 'setup-key') throw new Error(r.summary);
    expect(r.products.map((p) => p.product)).toEqual([
      'Windows 11 Enterprise LTSC 2024', 'Windows 10 Enterprise LTSC 2021', 'Windows 10 Enterprise LTSC 2019',
    ]);
  });

  it('recognises every shipped key', () => {
    for (const entry of entries) {
      const r = check(entry.key);
      expect(r.status, entry.product).toBe('setup-key');
      if (r.status === 'setup-key') expect(r.products).toContain(entry);
    }
  });

  it('calls a well-formed unknown key probably a MAK, retail or KMS host key', () => {
    const r = check(UNKNOWN.toLowerCase());
    expect(r).toMatchObject({ status: 'not-a-setup-key', key: UNKNOWN });
    expect(r.summary).toMatch(/probably a MAK or retail key, or a KMS host key/);
    expect(r.summary).toMatch(/Only a setup key activates against a KMS host or Active Directory-based activation/);
  });

  it('does not treat the third-party keys facts.md warns about as setup keys', () => {
    expect(check('XQQYW-NFFMW-XJPTT-K8732-CKFFD').status).toBe('not-a-setup-key');
  });
});

describe('checkProductKey: properties', () => {
  const keyOnlyChars = new RegExp(`^[${PRODUCT_KEY_ALPHABET}-]+$`);

  it('never throws, and any key it hands back is command-line safe', () => {
    const noisy = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.constantFrom(...`${PRODUCT_KEY_ALPHABET}-–— aeo01sz.`), { maxLength: 35 }).map((cs) => cs.join('')),
    );
    fc.assert(fc.property(noisy, (raw) => {
      const r = check(raw);
      if (r.status !== 'invalid') {
        expect(r.key).toMatch(PRODUCT_KEY_PATTERN);
        expect(r.key).toMatch(keyOnlyChars);
      }
    }), { numRuns: 1000 });
  });

  it('recovers any shipped key from case, dash and blank slips', () => {
    const separator = fc.constantFrom('-', '\u2013', '\u2014', '\u2212', ' ', '', ' - ');
    fc.assert(fc.property(
      fc.constantFrom(...entries), fc.array(separator, { minLength: 4, maxLength: 4 }), fc.boolean(), fc.boolean(),
      (entry, seps, lower, padded) => {
        const groups = entry.key.split('-');
        let raw = groups.reduce((text, group, i) => (i === 0 ? group : text + seps[i - 1] + group), '');
        if (lower) raw = raw.toLowerCase();
        if (padded) raw = ` ${raw}\t`;
        const r = check(raw);
        expect(r.status).toBe('setup-key');
        if (r.status === 'setup-key') expect(r.key).toBe(entry.key);
      },
    ), { numRuns: 300 });
  });
});
