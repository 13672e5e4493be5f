// A check quotes what Windows prints ("Product activated successfully.", "License Status:
// Licensed", "TcpTestSucceeded : True" …) so a technician can match it against the screen: each
// quote must be a text Windows is known to print (test/support/windows-texts.ts), word for word.

import { describe, expect, it } from 'vitest';
import { getCatalog, resolveVerify } from '../../src/catalog/catalog.js';
import { allResolutions } from '../support/resolutions.js';
import { printedByWindows, quotesIn, windowsLines } from '../support/windows-texts.js';

const lines = windowsLines();

/** Every check, once: the library's, and those written out in flows and catalog entries. */
function everyCheck() {
  const written = [
    ...allResolutions().flatMap((r) => r.step.verify.map((v) => ({ where: `${r.flow}:${r.state}`, v }))),
    ...getCatalog().errors.flatMap((e) => e.verify.map((v) => ({ where: e.code, v }))),
  ].filter(({ v }) => !('ref' in v));
  const library = Object.entries(getCatalog().verify).map(([id, v]) => ({ where: `data/verify.json ${id}`, v }));
  return [...library, ...written].map(({ where, v }) => ({ where, step: resolveVerify(v) }));
}

describe('the texts Windows is known to print', () => {
  it('come from the captures, slmgr.vbs, the event texts and the catalog', () => {
    expect(lines.length).toBeGreaterThan(300);
    expect(lines).toContain('Product activated successfully.');
    expect(lines).toContain('TcpTestSucceeded : True');
  });

  it('take a quote only word for word', () => {
    expect(printedByWindows('License Status: Licensed', lines)).toBe(true);
    expect(printedByWindows('Volume activation expiration: … minute(s) (… day(s))', lines)).toBe(true);
    expect(printedByWindows('svr hostname = {kmsHost}', lines)).toBe(true);
    expect(printedByWindows('Product activated succesfully.', lines)).toBe(false);
    expect(printedByWindows('License status: Licensed', lines)).toBe(false);
    expect(printedByWindows('TcpTestSucceeded: True', lines)).toBe(false);
  });
});

describe('what a check quotes is what Windows prints', () => {
  const checks = everyCheck();

  it('finds the checks and their quotes', () => {
    expect(checks.length).toBeGreaterThan(50);
    expect(checks.flatMap((c) => quotesIn(c.step.expect ?? '')).length).toBeGreaterThan(40);
  });

  it('every quote in a check, in what to do or in what success looks like, is word for word', () => {
    const wrong = checks.flatMap(({ where, step }) =>
      [step.text, step.expect ?? ''].flatMap(quotesIn).filter((q) => !printedByWindows(q, lines)).map((q) => `${where}: "${q}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('the checks of slmgr quote slmgr: activation, licence status, count', () => {
    const expects = checks.map((c) => c.step.expect ?? '');
    for (const text of ['"Product activated successfully."', '"License Status: Licensed"', '"Current count: …"', '"TcpTestSucceeded : True"']) {
      expect(expects.some((e) => e.includes(text)), text).toBe(true);
    }
  });
});
