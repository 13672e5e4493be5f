// Issue 14 §5: nothing explain prints names the project's own files or sections (its research
// notes "facts.md §1.1", the reference/ folder, any *.md file). Sources are named by title and
// public address: the notes by title, and a "Sources:" list (JSON: `sources`) with the addresses.
// Every code, as text, as JSON and as the Markdown note; and every key of `keys --json`.

import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import { explain, run } from '../../src/commands/explain.js';
import { keys } from '../../src/commands/keys.js';
import { pipeIO } from '../support/command-io.js';

/** What must never reach the technician: an internal file, a section of one, the reference folder. */
const INTERNAL = [/facts\.md/i, /\.md §/, /reference\//, /field.notes/i, /\b[\w-]+\.md\b/];

const codes = getCatalog().errors.map((e) => e.code);

/** The internal references in `text`, each with a little context. */
function internalReferences(text: string): string[] {
  return INTERNAL.flatMap((re) => [...text.matchAll(new RegExp(re.source, `${re.flags}g`))].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40)));
}

describe('explain names no internal file or section, for every code', () => {
  it('covers every code of the catalog', () => {
    expect(codes).toHaveLength(71);
  });

  it.each(codes)('%s: text, JSON and Markdown', async (code) => {
    const text = explain(code, false).stdout;
    const json = explain(code, true).stdout;
    const markdown = (await run([code, '--markdown'], pipeIO())).stdout;
    expect(internalReferences(text), 'text').toEqual([]);
    expect(internalReferences(json), 'JSON').toEqual([]);
    expect(internalReferences(markdown), 'Markdown').toEqual([]);
  });
});

describe('explain names its sources by title and public address', () => {
  it.each(codes)('%s', (code) => {
    const json = JSON.parse(explain(code, true).stdout) as { source?: unknown; sources: { title: string; url: string }[] };
    expect(json.source).toBeUndefined();
    expect(json.sources.length).toBeGreaterThan(0);
    for (const s of json.sources) {
      expect(s.title).toMatch(/\S/);
      expect(s.url).toMatch(/^https:\/\/\S+$/);
    }
    // The text lists the same documents, each address whole on a line of its own.
    const lines = explain(code, false).stdout.split('\n');
    const start = lines.indexOf('Sources:');
    expect(start).toBeGreaterThan(0);
    for (const s of json.sources) expect(lines.slice(start)).toContain(`  ${s.url}`);
  });

  it('names the article a code of Microsoft\'s support articles comes from', () => {
    const json = JSON.parse(explain('0xC004E015', true).stdout) as { sources: { title: string; url: string }[] };
    expect(json.sources).toEqual([{
      title: 'Error 0xC004E015 (SL_E_EUL_CONSUMPTION_FAILED) when activating Windows',
      url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004e015-sl-e-eul-consumption-failed-activate-windows',
    }]);
  });

  it('gives the address of every further document the notes name', () => {
    const lines = explain('0xC004F074', false).stdout.split('\n');
    const sources = lines.slice(lines.indexOf('Sources:'));
    expect(sources).toContain('  Guidelines for troubleshooting the Key Management Service (KMS)');
    expect(sources).toContain('  https://learn.microsoft.com/windows-server/get-started/activation-troubleshoot-kms-general');
    expect(sources).toContain('  https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004f074-activate-windows');
  });
});

describe('keys --json names its sources the same way', () => {
  it('every key: no internal file, and the page it comes from by title and address', () => {
    const { stdout } = keys('', true);
    expect(internalReferences(stdout)).toEqual([]);
    const all = JSON.parse(stdout) as { source?: unknown; sources: { title: string; url: string }[] }[];
    expect(all.length).toBeGreaterThan(30);
    for (const k of all) {
      expect(k.source).toBeUndefined();
      expect(k.sources).toEqual([{ title: 'Key Management Services (KMS) client activation and product keys', url: 'https://learn.microsoft.com/windows-server/get-started/kms-client-activation-keys' }]);
    }
  });
});
