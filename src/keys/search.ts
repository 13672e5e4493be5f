// Finding a KMS client setup key by the words a technician types ("server 2022 std", "w11 edu"),
// and the family → version → edition tree a picker shows. Pure: no I/O, the entries are passed in.

import type { SetupKeyEntry } from '../catalog/schema.js';

/** Versions newest first within each family. Windows: the general-availability releases, then
 *  LTSC/LTSB by date, then IoT, then the older releases (the order a technician scans in).
 *  A version not listed here sorts after these, in data order. */
export const VERSION_ORDER: Readonly<Record<SetupKeyEntry['family'], readonly string[]>> = {
  windows: [
    '11', '10', '11 LTSC 2024', '10 LTSC 2021', '10 LTSC 2019', '10 LTSB 2016', '10 LTSB 2015',
    'IoT Enterprise LTSC', '8.1', '8', '7',
  ],
  'windows-server': [
    '2025', '2022', 'Semi-Annual Channel 20H2/2004/1909/1903/1809', '2019',
    'Semi-Annual Channel 1803', 'Semi-Annual Channel 1709', '2016', '2012 R2', '2012', '2008 R2', '2008',
  ],
};

const FAMILY_ORDER: readonly SetupKeyEntry['family'][] = ['windows', 'windows-server'];
const FAMILY_LABEL: Readonly<Record<SetupKeyEntry['family'], string>> = {
  windows: 'Windows',
  'windows-server': 'Windows Server',
};

/** Words everybody types differently, mapped to one spelling. Applied to entries and queries alike,
 *  so "Windows 7 Professional" and "win7 pro" meet at "7 pro". */
const SYNONYMS: Readonly<Record<string, string>> = {
  professional: 'pro', prof: 'pro',
  std: 'standard', stnd: 'standard',
  dc: 'datacenter', datacentre: 'datacenter', dtc: 'datacenter',
  ent: 'enterprise', entr: 'enterprise',
  edu: 'education', educ: 'education',
  srv: 'server', svr: 'server', serv: 'server', ws: 'server', // "ws2022" is Windows Server 2022
  workstation: 'workstations', wks: 'workstations',
  ess: 'essentials', essential: 'essentials',
  ltsb: 'ltsc', // the older name of the same channel: "ltsc 2016" should still find LTSB 2016
  '81': '8.1', // "win81"
};

/** Words that tell the entries nothing apart (every product is Windows), dropped from both sides. */
const NOISE = new Set([
  'windows', 'win', 'w', 'microsoft', 'ms', 'edition', 'version', 'ver', 'for', 'the', 'and', 'based',
  'systems', 'kms', 'gvlk', 'client', 'setup', 'key', 'product', 'of',
]);

/** Lower-cased words of a product name or query, in one spelling, noise removed. */
export function searchTokens(text: string): string[] {
  const prepared = text
    .toLowerCase()
    .replace(/semi[\s-]*annual(?:\s+channel)?/g, ' sac ')
    .replace(/\b2k(\d{1,2})(?!\d)/g, (_m, yy: string) => ` 20${yy.padStart(2, '0')} `); // 2k12 → 2012, 2k8 → 2008
  // A token: a 20H2-style release, R2, a number (8.1 keeps its dot), or a run of letters, so
  // "win7" → win 7, "2012r2" → 2012 r2, "w11" → w 11.
  const raw = prepared.match(/\d\dh\d|r2(?![a-z])|\d+(?:\.\d+)?|[a-z]+/g) ?? [];
  return raw.map((t) => SYNONYMS[t] ?? t).filter((t) => !NOISE.has(t));
}

/** Entries in picker order: family, then version newest first, then data order. */
export function sortNewestFirst(entries: readonly SetupKeyEntry[]): SetupKeyEntry[] {
  const position = new Map(entries.map((e, i) => [e, i]));
  return [...entries].sort((a, b) => versionRank(a) - versionRank(b) || position.get(a)! - position.get(b)!);
}

function versionRank(entry: SetupKeyEntry): number {
  const family = FAMILY_ORDER.indexOf(entry.family);
  const index = VERSION_ORDER[entry.family].indexOf(entry.version);
  return family * 1000 + (index < 0 ? 999 : index);
}

// Entries don't change while the tool runs; tokenising their names once keeps search-as-you-type fast.
const nameTokens = new WeakMap<SetupKeyEntry, string[][]>();

/** The names an entry answers to (its product, its aliases, "family version edition"), as tokens. */
function namesOf(entry: SetupKeyEntry): string[][] {
  let names = nameTokens.get(entry);
  if (!names) {
    const texts = [entry.product, ...(entry.aliases ?? []), `${FAMILY_LABEL[entry.family]} ${entry.version} ${entry.edition}`];
    names = texts.map((text) => [...new Set(searchTokens(text))]);
    nameTokens.set(entry, names);
  }
  return names;
}

/** How well a query fits one name: undefined if a query word is missing, otherwise a cost
 *  (0 = the name is exactly the query). Every name word the query did not ask for costs 1, so
 *  "enterprise n" prefers "Enterprise N" over "Enterprise N LTSC 2024"; a word matched only by
 *  its beginning ("work" → workstations) costs ½. */
function cost(query: readonly string[], name: readonly string[]): number | undefined {
  const unused = new Set(name);
  let total = 0;
  for (const word of query) {
    if (unused.has(word) || name.includes(word)) {
      unused.delete(word);
      continue;
    }
    // Only longer words may match by prefix: "n", "g" and numbers are whole-word qualifiers
    // ("8" must not find 8.1, "201" must not find 2019).
    const prefixed = /^[a-z]{3,}$/.test(word) ? name.find((n) => n.startsWith(word)) : undefined;
    if (prefixed === undefined) return undefined;
    unused.delete(prefixed);
    total += 0.5;
  }
  return total + unused.size;
}

/** Setup-key entries matching every word of the query, best match first; all entries (newest
 *  first) for an empty query, [] when nothing matches. */
export function searchKeys(query: string, entries: readonly SetupKeyEntry[]): SetupKeyEntry[] {
  const words = searchTokens(query);
  const ordered = sortNewestFirst(entries);
  if (words.length === 0) return ordered;
  const scored: { entry: SetupKeyEntry; score: number; order: number }[] = [];
  ordered.forEach((entry, order) => {
    const costs = namesOf(entry)
      .map((name) => cost(words, name))
      .filter((c): c is number => c !== undefined);
    if (costs.length > 0) scored.push({ entry, score: Math.min(...costs), order });
  });
  // Equal scores keep picker order, so Windows 11 comes before the Windows 10 twin with the same key.
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.entry);
}

/** One version in the picker, with its editions in data order. */
export interface PickVersion {
  version: string;
  /** What the picker shows, e.g. "Windows Server 2012 R2". */
  label: string;
  editions: SetupKeyEntry[];
}

/** One family in the picker, with its versions newest first. */
export interface PickFamily {
  family: SetupKeyEntry['family'];
  label: string;
  versions: PickVersion[];
}

/** The families → versions (newest first) → editions tree for a picker UI. */
export function listPickTree(entries: readonly SetupKeyEntry[]): PickFamily[] {
  const tree: PickFamily[] = [];
  for (const entry of sortNewestFirst(entries)) {
    let family = tree.find((f) => f.family === entry.family);
    if (!family) {
      family = { family: entry.family, label: FAMILY_LABEL[entry.family], versions: [] };
      tree.push(family);
    }
    let version = family.versions.find((v) => v.version === entry.version);
    if (!version) {
      version = { version: entry.version, label: `${family.label} ${entry.version}`, editions: [] };
      family.versions.push(version);
    }
    version.editions.push(entry);
  }
  return tree;
}
