// data/sources.json: every `source` the data names ("activation-error-codes.md", "sdk",
// "PLAN, tab Windows 10", "facts.md §1.2", …) and every id of a `furtherSources` list can be
// looked up there by title and public address.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import sources from '../../data/sources.json' with { type: 'json' };

const DATA = new URL('../../data/', import.meta.url);
const address = z.string().regex(/^https:\/\/[^\s]+$/);
const documentSchema = z.object({ title: z.string().min(1), url: address, codes: z.array(z.string()).optional() }).strict();
const sourceSchema = z.object({
  title: z.string().min(1),
  url: address.optional(),
  about: z.string().min(1).optional(),
  documents: z.array(documentSchema).min(1).optional(),
}).strict().refine((s) => s.url !== undefined || s.documents !== undefined, 'gives no public address');

/** Every JSON file under data/ but the index itself, parsed. */
function dataFiles(dir = DATA): unknown[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const url = new URL(entry.isDirectory() ? `${entry.name}/` : entry.name, dir);
    if (entry.isDirectory()) return dataFiles(url);
    return entry.name.endsWith('.json') && entry.name !== 'sources.json' ? [JSON.parse(readFileSync(url, 'utf8'))] : [];
  });
}

/** The string values of every `source` key, and the ids of every `furtherSources` list, at any depth. */
function sourceStrings(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => sourceStrings(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' && typeof v === 'string') out.push(v);
      else if (key === 'furtherSources' && Array.isArray(v)) out.push(...v.filter((id): id is string => typeof id === 'string'));
      else sourceStrings(v, out);
    }
  }
  return out;
}

/**
 * The ids a source string names: its start, up to a comma, semicolon or parenthesis
 * ("PLAN, tab Windows 10" → PLAN), and any facts.md section it cites further on.
 */
const idsIn = (source: string): string[] => [
  source.split(/[,;]| \(/)[0]!.trim(),
  ...(source.match(/facts\.md §\d+(?:\.\d+)?/g) ?? []),
];

describe('data/sources.json', () => {
  const index = sources as Record<string, unknown>;
  const used = new Set(dataFiles().flatMap((file) => sourceStrings(file)).flatMap(idsIn));

  it('finds the sources the data names', () => {
    expect(used).toContain('activation-error-codes.md');
    expect(used).toContain('PLAN');
    expect(used).toContain('sdk');
  });

  it('gives every source a title and a public address', () => {
    for (const [id, entry] of Object.entries(index)) {
      const result = sourceSchema.safeParse(entry);
      expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`), id).toBeUndefined();
    }
  });

  it('has an entry for every source id used in data/', () => {
    expect([...used].filter((id) => !(id in index))).toEqual([]);
  });

  it('has no entry that data/ does not use (a misspelt id would hide there)', () => {
    expect(Object.keys(index).filter((id) => !used.has(id))).toEqual([]);
  });
});
