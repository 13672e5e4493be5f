// The catalog against its sources: every code of both documents, messages quoted exactly.

import { describe, expect, it } from 'vitest';
import { getCatalog, findError } from '../../src/catalog/catalog.js';
import { factsCodes, sourceErrorTable } from '../support/reference.js';

describe('error codes of activation-error-codes.md', () => {
  const table = sourceErrorTable();

  it('the source table has its 30 codes', () => {
    expect(table).toHaveLength(30);
  });

  it.each(table)('$code is in the catalog with the table message quoted exactly', ({ code, message }) => {
    const entry = findError(code);
    expect(entry, code).toBeDefined();
    expect(entry!.source).toBe('activation-error-codes.md');
    expect(entry!.messages.find((m) => m.source === 'docs-table')?.text).toBe(message);
  });
});

describe('further codes of facts.md §1.2–1.3', () => {
  const known = new Set(sourceErrorTable().map((r) => r.code));
  const further = factsCodes().filter((c) => !known.has(c));

  it('finds the 41 further codes in facts.md', () => {
    expect(further).toHaveLength(41);
  });

  it.each(further)('%s is in the catalog from facts.md', (code) => {
    expect(findError(code)?.source).toMatch(/^facts\.md §1\.[23]$/);
  });
});

describe('the catalog as a whole', () => {
  const { errors } = getCatalog();

  it('holds exactly the codes of the two sources', () => {
    expect(errors).toHaveLength(71);
  });

  it('gives every code a plain cause, steps and a read-only first command', () => {
    for (const e of errors) {
      expect(e.cause.length, e.code).toBeGreaterThan(40);
      expect(e.resolution.steps.length, e.code).toBeGreaterThan(0);
    }
  });

  it('records why, where it follows facts.md over the source (DisableDnsPublishing)', () => {
    const dns = findError('0x8007232B')!;
    expect(dns.sourceNotes).toMatch(/SoftwareProtectionPlatform/);
    const texts = Object.values(getCatalog().commands).flatMap((c) => [c.text, c.twin?.text ?? '']);
    for (const e of errors) for (const c of e.commands) if ('text' in c) texts.push(c.text);
    for (const t of texts) expect(t).not.toMatch(/CurrentVersion\\SL\b/); // the old path is in no command
    expect(texts.some((t) => t.includes('CurrentVersion\\SoftwareProtectionPlatform'))).toBe(true);
  });
});
