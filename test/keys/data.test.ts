// The setup-key data against its sources: the key tables of both, as extracted into
// test/fixtures/sources/setup-keys.json, so a key mistyped in data/setup-keys.json (or a row
// left out) fails.

import { describe, expect, it } from 'vitest';
import setupKeys from '../../data/setup-keys.json' with { type: 'json' };
import { setupKeyCatalogSchema, type SetupKeyEntry } from '../../src/catalog/schema.js';
import { VERSION_ORDER, searchKeys } from '../../src/keys/search.js';
import { sourceKeys } from '../support/fixtures.js';

const entries: SetupKeyEntry[] = setupKeyCatalogSchema.parse(setupKeys);
const fromKeysDoc = entries.filter((e) => e.source === 'kms-client-setup-keys.md');
const fromFacts = entries.filter((e) => e.source === 'facts.md §2');

// Each row under the nearest heading above it (the Semi-Annual Channel versions are in one).
const rowsOf = (source: string) =>
  sourceKeys.keys.filter((r) => r.source === source).map((r) => ({ ...r, heading: r.subsection ?? r.section }));
const keysDocRows = rowsOf('kms-client-setup-keys.md');
const factsRows = rowsOf('facts.md §2');

const namesOf = (e: SetupKeyEntry) => [e.product, ...(e.aliases ?? [])];

describe('setup keys: kms-client-setup-keys.md', () => {
  it('the source has 70 keys, and we ship exactly 70 entries from it', () => {
    expect(keysDocRows).toHaveLength(70);
    expect(fromKeysDoc).toHaveLength(70);
    expect(new Set(fromKeysDoc.map((e) => e.key))).toEqual(new Set(keysDocRows.map((r) => r.key)));
  });

  it.each(keysDocRows)('$edition ($heading) has its exact key', (row) => {
    const matches = fromKeysDoc.filter((e) => e.key === row.key);
    expect(matches).toHaveLength(1);
    // The Semi-Annual Channel cells omit the version; the product name adds it from the heading,
    // or from facts.md's table where that lists more versions for the same key (20H2, 2004).
    const sacVersions = /^Windows Server, version/.test(row.heading) ? row.heading.match(/\d{4}/g)!.join('/') : undefined;
    const factsVersions = factsRows.find((r) => r.key === row.key)?.edition.match(/versions ([^)]*)\)/)?.[1]!.split(', ').join('/');
    const product = sacVersions ? `${row.edition}, version ${factsVersions ?? sacVersions}` : row.edition;
    expect(matches[0]!.product).toBe(product);
  });
});

describe('setup keys: facts.md §2', () => {
  it('parses the table (33 rows)', () => {
    expect(factsRows).toHaveLength(33);
  });

  it.each(factsRows.flatMap((r) => r.edition.split(' / ').map((name) => ({ name, key: r.key }))))(
    '$name finds its exact key',
    ({ name, key }) => {
      const named = entries.filter((e) => namesOf(e).includes(name));
      expect(named, name).toHaveLength(1);
      expect(named[0]!.key).toBe(key);
    },
  );

  it('every facts.md entry is a name in that table, with the same key', () => {
    expect(fromFacts).toHaveLength(24);
    const keyByName = new Map(factsRows.flatMap((r) => r.edition.split(' / ').map((n) => [n, r.key] as const)));
    for (const e of fromFacts) expect(keyByName.get(e.product), e.product).toBe(e.key);
  });

  it('ships none of the third-party keys facts.md names outside its table', () => {
    const others = sourceKeys.notMicrosoftKeys.map((k) => k.key);
    expect(others.length).toBeGreaterThan(0);
    for (const key of others) expect(entries.some((e) => e.key === key), key).toBe(false);
  });

  it('names 20H2 and 2004 in the Semi-Annual Channel entries\' own label (issue 7, fact 13)', () => {
    for (const edition of ['Standard', 'Datacenter']) {
      const [entry] = searchKeys(`server 20h2 ${edition}`, entries);
      expect(entry?.product).toBe(`Windows Server ${edition}, version 20H2/2004/1909/1903/1809`);
      expect(entry?.version).toMatch(/20H2.*2004/);
    }
  });
});

describe('setup keys: the data as a whole', () => {
  it('Windows 11 names find the Windows 10 keys', () => {
    const windows10 = entries.filter((e) => e.family === 'windows' && e.version === '10');
    expect(windows10).toHaveLength(12);
    for (const ten of windows10) {
      const elevenName = ten.product.replace('Windows 10', 'Windows 11');
      const eleven = entries.find((e) => e.product === elevenName);
      expect(eleven?.key, elevenName).toBe(ten.key);
      expect(searchKeys(elevenName, entries)[0]?.key, elevenName).toBe(ten.key);
    }
  });

  it('has no Windows Vista keys (not in our sources)', () => {
    expect(entries.some((e) => /vista/i.test(e.product))).toBe(false);
  });

  it('every key has at most one N (the checker relies on this)', () => {
    for (const e of entries) expect((e.key.match(/N/g) ?? []).length, e.product).toBeLessThanOrEqual(1);
  });

  it('every version is in the newest-first order', () => {
    for (const e of entries) expect(VERSION_ORDER[e.family], e.product).toContain(e.version);
  });

  it('no (family, version, edition) is listed twice, so the picker is unambiguous', () => {
    const seen = new Set(entries.map((e) => `${e.family}|${e.version}|${e.edition}`));
    expect(seen.size).toBe(entries.length);
  });
});
