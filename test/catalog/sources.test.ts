// The catalog against its sources: every code of both documents, messages quoted exactly. The
// sources are the fact tables in test/fixtures/sources/ (scripts/extract-sources.mjs).

import { describe, expect, it } from 'vitest';
import { entryCommands, getCatalog, findError, resolveCommand } from '../../src/catalog/catalog.js';
import { actionsOf } from '../../flows/step.js';
import { factsCodes, kmsFacts, sourceErrorCodes } from '../support/fixtures.js';

describe('error codes of activation-error-codes.md', () => {
  const table = sourceErrorCodes.codes;

  it('the source table has its 30 codes', () => {
    expect(table).toHaveLength(30);
  });

  it.each(table)('$code is in the catalog with the table message quoted exactly', ({ code, message }) => {
    const entry = findError(code);
    expect(entry, code).toBeDefined();
    expect(entry!.source).toBe(sourceErrorCodes.document);
    expect(entry!.messages.find((m) => m.source === 'docs-table')?.text).toBe(message);
  });

  it('quotes a section\'s "full text of this error" exactly, wherever the catalog quotes one', () => {
    const quoted = getCatalog().errors.flatMap((e) => e.messages.filter((m) => m.source === 'docs-full-text').map((m) => ({ code: e.code, text: m.text })));
    expect(quoted.length).toBeGreaterThan(0);
    for (const { code, text } of quoted) expect(text, code).toBe(table.find((r) => r.code === code)?.fullText);
  });
});

describe('further codes of facts.md §1.2–1.3', () => {
  const known = new Set(sourceErrorCodes.codes.map((r) => r.code));
  const further = factsCodes.filter((c) => !known.has(c.code));

  it('finds the 41 further codes in facts.md', () => {
    expect(new Set(further.map((c) => c.code)).size).toBe(41);
  });

  it.each(further)('$code is in the catalog from $section', ({ code, section }) => {
    expect(findError(code)?.source).toBe(section);
  });

  /** A catalog text matches a source text exactly, or its end where the source shortens it to "…end". */
  const sameText = (catalog: string, source: string) =>
    source.startsWith('…') ? catalog.endsWith(source.slice(1)) : catalog === source;
  // slmgr puts "Error: 0x<code> " before its text; the catalog may quote the text alone.
  const withoutSlmgrPrefix = (text: string) => text.replace(/^Error: 0x[0-9A-Fa-f]{8} /, '');

  it.each(further.filter((c) => c.texts.length > 0))('$code quotes every text facts.md gives, labelled by who prints it', ({ code, texts }) => {
    const messages = findError(code)!.messages;
    for (const { by, text } of texts) {
      const found = messages.find((m) => sameText(m.text, text) || sameText(m.text, withoutSlmgrPrefix(text)));
      expect(found?.text, `${code}: ${text}`).toBeDefined();
      expect(found!.source, `${code}: ${text}`).toBe(by);
    }
  });

  it('quotes no SDK or slmgr text for these codes that facts.md does not give', () => {
    for (const entry of further) {
      const texts = entry.texts.flatMap((t) => [t.text, withoutSlmgrPrefix(t.text)]);
      for (const m of findError(entry.code)!.messages) {
        if (m.source !== 'sdk' && m.source !== 'slmgr') continue;
        expect(texts.some((t) => sameText(m.text, t)), `${entry.code}: ${m.text}`).toBe(true);
      }
    }
  });

  it('names the SDK symbol facts.md gives', () => {
    const named = factsCodes.filter((c) => c.symbol !== null);
    expect(named.length).toBeGreaterThan(20);
    for (const { code, symbol } of named) expect(findError(code)?.symbol, code).toBe(symbol);
  });
});

describe('the catalog as a whole', () => {
  const { errors } = getCatalog();

  it('holds exactly the codes of the two sources', () => {
    const sourceCodes = new Set([...sourceErrorCodes.codes, ...factsCodes].map((c) => c.code));
    expect(errors).toHaveLength(71);
    expect(new Set(errors.map((e) => e.code))).toEqual(sourceCodes);
  });

  it('gives every code a plain cause, steps and a read-only first command', () => {
    for (const e of errors) {
      expect(e.cause.length, e.code).toBeGreaterThan(40);
      expect(e.resolution.steps.length, e.code).toBeGreaterThan(0);
      // The code's first screen shows this one as "Run this first:": it must only look.
      const first = entryCommands(e)[0];
      expect(first, e.code).toBeDefined();
      expect(resolveCommand(first!).changes, e.code).toBe(false);
    }
  });

  it('puts every command under the step that runs it, and that step names the machine', () => {
    const machine = /\b(clients?|clones?|KMS host|DNS server|Hyper-V host|VM|domain-joined machine|any machine|machine (where|you)|that machine)\b/;
    for (const e of errors) {
      expect(e.commands, `${e.code} still has a separate command list`).toBeUndefined();
      for (const step of actionsOf(e.resolution.steps).filter((s) => s.commands.length > 0)) {
        expect(step.text, e.code).toMatch(machine);
      }
    }
  });

  it('records why, where it follows facts.md over the source (DisableDnsPublishing)', () => {
    const { key, outdatedKey } = kmsFacts.registry;
    const dns = findError('0x8007232B')!;
    expect(dns.sourceNotes).toContain(key.split('\\').at(-1));
    const texts = Object.values(getCatalog().commands).flatMap((c) => [c.text, c.twin?.text ?? '']);
    for (const e of errors) for (const c of entryCommands(e)) if ('text' in c) texts.push(c.text);
    const outdated = new RegExp(`${outdatedKey.replaceAll('\\', '\\\\')}\\b`);
    for (const t of texts) expect(t).not.toMatch(outdated); // the old path is in no command
    // Commands write the key as HKLM\… (reg) or HKLM:\… (PowerShell): compare from CurrentVersion on.
    const current = key.slice(key.indexOf('CurrentVersion'));
    expect(texts.some((t) => t.includes(current))).toBe(true);
  });
});
