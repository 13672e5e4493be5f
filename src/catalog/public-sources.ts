// The public documents behind a catalog entry or a setup key, by title and address. The data
// names its sources by internal ids ("facts.md §1.3", "activation-error-codes.md") that point
// into the project's research notes; data/sources.json resolves each id to documents anyone
// can open, and this is what explain and keys show in place of the id.

import SOURCES from '../../data/sources.json' with { type: 'json' };

/** A public document: its title and its address. */
export interface PublicSource {
  title: string;
  url: string;
}

/** One entry of data/sources.json (its `about` is for maintainers and is never shown). */
interface SourceEntry {
  title: string;
  url?: string;
  documents?: readonly { title: string; url: string; codes?: readonly string[] }[];
}

const INDEX: Readonly<Record<string, SourceEntry>> = SOURCES;

/**
 * The documents a source id stands for. Where the id lists documents per code, only those
 * about `code` come first, then the ones about every code; documents about other codes are left out.
 */
export function publicSources(id: string, code?: string): PublicSource[] {
  const entry = INDEX[id];
  if (!entry) return [];
  const documents = entry.documents ?? [];
  const own = documents.filter((d) => code !== undefined && d.codes?.includes(code));
  const general = documents.filter((d) => !d.codes);
  const whole = entry.url ? [{ title: entry.title, url: entry.url }] : [];
  return [...own, ...whole, ...general].map(({ title, url }) => ({ title, url }));
}

/** Every public document a catalog entry draws on: its source's, then those its notes name; each once. */
export function entrySources(entry: { code: string; source: string; furtherSources?: readonly string[] }): PublicSource[] {
  const all = [entry.source, ...(entry.furtherSources ?? [])].flatMap((id) => publicSources(id, entry.code));
  return all.filter((s, i) => all.findIndex((o) => o.url === s.url) === i);
}
