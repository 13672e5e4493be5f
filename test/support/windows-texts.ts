// What Windows prints, as far as the tests know it: the captured outputs (test/fixtures/samples/,
// test/fixtures/readers/), slmgr.vbs's own message strings (test/fixtures/messages/), the event
// texts of facts.md §3.5 and the catalog's message texts. A resolution that quotes Windows must
// quote one of these exactly; how many spaces align a column is the only freedom.

import { readdirSync, readFileSync } from 'node:fs';
import { getCatalog } from '../../src/catalog/catalog.js';
import windowsTexts from '../fixtures/messages/windows-texts.json' with { type: 'json' };
import { kmsFacts } from './fixtures.js';

const folder = (name: string) => new URL(`../fixtures/${name}/`, import.meta.url);

/** Runs of spaces collapsed, so a column aligned by nslookup or Format-List still matches. */
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

function captureLines(name: string): string[] {
  const dir = folder(name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/\r?\n/))
    .filter((line) => !line.startsWith('# source:'));
}

/** Every line Windows is known to print, squeezed; a value Windows fills in reads "VALUE". */
export function windowsLines(): string[] {
  const slmgr = windowsTexts.texts.map((t) => t.text.replace(/%[A-Z0-9_]+%/g, 'VALUE'));
  const events = kmsFacts.events.flatMap((e) => (e.text ? [e.text] : []));
  // The error table's wording has typos of its own; the other sources are what Windows prints.
  const messages = getCatalog().errors.flatMap((e) => e.messages.filter((m) => m.source !== 'docs-table').map((m) => m.text));
  return [...captureLines('samples'), ...captureLines('readers'), ...slmgr, ...events, ...messages].map(squeeze).filter(Boolean);
}

/** The quoted parts ("…") of a text: what it claims Windows prints. */
export const quotesIn = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);

/**
 * A quote as a pattern: `{name}` (a value the technician gave) and `…` (a value left out) match
 * any text; everything else must match exactly.
 */
export function quotePattern(quote: string): RegExp {
  const escaped = squeeze(quote).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\\\{[A-Za-z]+\\\}|…/g, '.+?'));
}

/** Does Windows print this quote somewhere in `lines`? */
export const printedByWindows = (quote: string, lines: readonly string[]): boolean => {
  const pattern = quotePattern(quote);
  return lines.some((line) => pattern.test(line));
};
