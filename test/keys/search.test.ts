// Setup-key search: the words technicians type, ranking, and the picker tree.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import setupKeys from '../../data/setup-keys.json' with { type: 'json' };
import { setupKeyCatalogSchema } from '../../src/catalog/schema.js';
import { listPickTree, searchKeys, searchTokens } from '../../src/keys/search.js';
import { HEAVY_TEST_MS } from '../support/heavy.js';

const entries = setupKeyCatalogSchema.parse(setupKeys);
const first = (query: string) => searchKeys(query, entries)[0]?.product;

// Newest first, written out (not read from VERSION_ORDER, the constant under test).
const WINDOWS_VERSIONS = ['11', '10', '11 LTSC 2024', '10 LTSC 2021', '10 LTSC 2019', '10 LTSB 2016', '10 LTSB 2015', 'IoT Enterprise LTSC', '8.1', '8', '7'];
const SERVER_VERSIONS = [
  '2025', '2022', 'Semi-Annual Channel 20H2/2004/1909/1903/1809', '2019', 'Semi-Annual Channel 1803', 'Semi-Annual Channel 1709',
  '2016', '2012 R2', '2012', '2008 R2', '2008',
];

describe('searchKeys', () => {
  it.each([
    ['server 2022 datacenter', 'Windows Server 2022 Datacenter'],
    ['server 2022 std', 'Windows Server 2022 Standard'],
    ['win 11 enterprise n', 'Windows 11 Enterprise N'],
    ['ltsc 2021', 'Windows 10 Enterprise LTSC 2021'],
    ['2012 r2 standard', 'Windows Server 2012 R2 Server Standard'],
    ['win7 pro', 'Windows 7 Professional'],
    ['windows 10 pro for workstations', 'Windows 10 Pro for Workstations'],
    ['w11 edu', 'Windows 11 Education'],
    ['2019 dc', 'Windows Server 2019 Datacenter'],
    ['azure edition 2025', 'Windows Server 2025 Datacenter: Azure Edition'],
    ['iot ltsc', 'Windows IoT Enterprise LTSC 2024'],
    // more spellings
    ['Windows Server 2022 Datacenter: Azure Edition', 'Windows Server 2022 Datacenter: Azure Edition'],
    ['WIN10 ENT G N', 'Windows 10 Enterprise G N'],
    ['win11 pro', 'Windows 11 Pro'],
    ['windows 7 professional', 'Windows 7 Professional'],
    ['srv 2016 essentials', 'Windows Server 2016 Essentials'],
    ['2k12r2 dc', 'Windows Server 2012 R2 Datacenter'],
    ['windows server 2012 r2 standard', 'Windows Server 2012 R2 Server Standard'],
    ['2012 standard', 'Windows Server 2012 Server Standard'],
    ['2008 enterprise', 'Windows Server 2008 Enterprise'],
    ['win 8.1 pro', 'Windows 8.1 Pro'],
    ['windows 8 pro', 'Windows 8 Pro'],
    ['ltsb 2015', 'Windows 10 Enterprise 2015 LTSB'],
    ['ltsc 2016 n', 'Windows 10 Enterprise N LTSB 2016'],
    ['server 1809 datacenter', 'Windows Server Datacenter, version 20H2/2004/1909/1903/1809'],
    ['semi-annual channel 1803 standard', 'Windows Server Standard, version 1803'],
    ['20h2 std', 'Windows Server Standard, version 20H2/2004/1909/1903/1809'],
    ['hpc server 2008 r2', 'Windows Server 2008 R2 HPC edition'],
    ['server 2008 std hyper-v', 'Windows Server 2008 Standard without Hyper-V'],
    ['pro workstation', 'Windows 11 Pro for Workstations'],
    ['ws2022 dc', 'Windows Server 2022 Datacenter'],
  ])('%s → %s', (query, product) => {
    expect(first(query)).toBe(product);
  });

  it('"win 11 enterprise n" ranks the exact edition above its neighbours', () => {
    const products = searchKeys('win 11 enterprise n', entries).map((e) => e.product);
    expect(products).not.toContain('Windows 11 Enterprise');
    expect(products.indexOf('Windows 11 Enterprise N')).toBeLessThan(products.indexOf('Windows 11 Enterprise N LTSC 2024'));
  });

  it('"2012 r2 standard" never offers plain 2012', () => {
    for (const entry of searchKeys('2012 r2 standard', entries)) expect(entry.version).toBe('2012 R2');
  });

  it('numbers match whole: "windows 8" does not find 8.1, "server 201" finds nothing', () => {
    expect(searchKeys('windows 8', entries).every((e) => e.version === '8')).toBe(true);
    expect(searchKeys('server 201', entries)).toEqual([]);
  });

  it.each(['zzz', 'server 2030', 'windows 12 pro', 'vista business', 'win 7 datacenter'])('no match for "%s" gives []', (query) => {
    expect(searchKeys(query, entries)).toEqual([]);
  });

  it('an empty query returns every entry, newest first', () => {
    for (const query of ['', '   ', 'windows']) {
      const all = searchKeys(query, entries);
      expect(all).toHaveLength(entries.length);
      expect(all[0]?.product).toBe('Windows 11 Pro');
      const windowsVersions = [...new Set(all.filter((e) => e.family === 'windows').map((e) => e.version))];
      expect(windowsVersions).toEqual(WINDOWS_VERSIONS);
    }
  });

  // The words written out: comparing searchTokens with itself would pass whatever it returned.
  it.each([
    ['Win7 PRO', ['7', 'pro']],
    ['Windows 7 Professional', ['7', 'pro']],
    ['srv2019 dc', ['server', '2019', 'datacenter']],
    ['Windows Server 2019 Datacenter', ['server', '2019', 'datacenter']],
    ['W11 Ent', ['11', 'enterprise']],
    ['windows 11 enterprise', ['11', 'enterprise']],
    ['2012R2', ['2012', 'r2']],
    ['2k8 r2 std', ['2008', 'r2', 'standard']],
    ['Windows 8.1 Pro', ['8.1', 'pro']],
    ['win81', ['8.1']],
    ['Semi-Annual Channel 20H2 dtc', ['sac', '20h2', 'datacenter']],
    ['ws2022 ess', ['server', '2022', 'essentials']],
    ['LTSB 2016 N', ['ltsc', '2016', 'n']],
    ['the KMS client setup key for Windows 10', ['10']],
  ])('searchTokens(%j) → %j', (text, tokens) => {
    expect(searchTokens(text)).toEqual(tokens);
  });

  it('never throws, and returns only entries, each once (property)', () => {
    const vocabulary = fc.constantFrom(
      'win', 'w11', 'win7', 'server', 'srv', '2022', '2012', 'r2', 'std', 'dc', 'ent', 'n', 'g', 'pro', 'edu', 'ltsc',
      'iot', 'azure', '8.1', '20h2', '2k8', '-', ':', '', 'ß', '\u2013',
    );
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(vocabulary, { maxLength: 6 }).map((words) => words.join(' ')),
    );
    fc.assert(fc.property(query, (q) => {
      const found = searchKeys(q, entries);
      expect(new Set(found).size).toBe(found.length);
      for (const entry of found) expect(entries).toContain(entry);
    }), { numRuns: 500 });
  }, HEAVY_TEST_MS);
});

describe('listPickTree', () => {
  const tree = listPickTree(entries);

  it('lists families, then versions newest first, then editions', () => {
    expect(tree.map((f) => f.family)).toEqual(['windows', 'windows-server']);
    expect(tree[0]!.versions.map((v) => v.version)).toEqual(WINDOWS_VERSIONS);
    expect(tree[1]!.versions.map((v) => v.version)).toEqual(SERVER_VERSIONS);
    expect(tree[1]!.versions[0]!.label).toBe('Windows Server 2025');
    expect(tree[1]!.versions[0]!.editions.map((e) => e.edition)).toEqual(['Standard', 'Datacenter', 'Datacenter: Azure Edition']);
  });

  it('holds every entry exactly once', () => {
    const leaves = tree.flatMap((f) => f.versions.flatMap((v) => v.editions));
    expect(leaves).toHaveLength(entries.length);
    expect(new Set(leaves)).toEqual(new Set(entries));
  });
});
