// The schema of data/kms-host-compat.json: which KMS host key runs on which Windows, what it
// activates, which update a host needs. The build checks the file with it (validate-data.ts);
// the bin loads only the types.

import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9-]+$/);
const family = z.enum(['server', 'windows']);

/** A Windows version that can run a KMS host (or, with `cannotHost`, one that can't). */
export const compatHostSchema = z.object({
  id,
  name: z.string().min(1),
  family,
  /** Why no host key runs on it, in words that follow "It can't be a KMS host: ". */
  cannotHost: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
}).strict();

/** A Windows version a KMS host activates. */
export const compatClientSchema = z.object({
  id,
  name: z.string().min(1),
  family,
  /** The editions the source lists, when it names only some. */
  editions: z.string().min(1).optional(),
}).strict();

/** One KMS host key (CSVLK) group: where it runs and what it activates. */
export const compatHostKeySchema = z.object({
  id,
  /** "Windows Server 2019 host key". */
  name: z.string().min(1),
  /** How a sentence names it: "a 2019 host key", "a Windows 10 host key". */
  short: z.string().min(1),
  /** The CSVLK group exactly as the source names it. */
  group: z.string().min(1),
  hostableOn: z.array(id).min(1),
  activates: z.array(id).min(1),
  /** What it activates, in a few words, for "that key activates …". */
  reach: z.string().min(1),
  source: z.string().min(1),
}).strict();

/** An update a host needs before it activates newer clients. */
export const compatUpdateSchema = z.object({
  host: id,
  clients: z.array(id).min(1),
  kb: z.string().regex(/^KB\d{6,7}$/),
  title: z.string().min(1),
  /** Release date, YYYY-MM-DD or YYYY-MM, when the source gives one. */
  released: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).optional(),
  /** "or a later cumulative update", or "" when the source names this update only. */
  orLater: z.string(),
  url: z.string().url(),
  source: z.string().min(1),
}).strict();

/** The whole file, with the references between its tables checked. */
export const hostCompatSchema = z.object({
  source: z.object({
    title: z.string().min(1),
    url: z.string().url(),
    file: z.string().min(1),
    msDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    reference: z.string().min(1),
  }).strict(),
  hosts: z.array(compatHostSchema).min(1),
  clients: z.array(compatClientSchema).min(1),
  hostKeys: z.array(compatHostKeySchema).min(1),
  updates: z.array(compatUpdateSchema),
}).strict().superRefine((data, ctx) => {
  const hosts = new Set(data.hosts.map((h) => h.id));
  const clients = new Set(data.clients.map((c) => c.id));
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (ids: string[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((i, n) => (seen.has(i) ? issue([what, n], `duplicate id ${i}`) : seen.add(i)));
  };
  unique(data.hosts.map((h) => h.id), 'hosts');
  unique(data.clients.map((c) => c.id), 'clients');
  unique(data.hostKeys.map((k) => k.id), 'hostKeys');
  data.hostKeys.forEach((k, n) => {
    k.hostableOn.forEach((h, i) => hosts.has(h) || issue(['hostKeys', n, 'hostableOn', i], `unknown host ${h}`));
    k.activates.forEach((c, i) => clients.has(c) || issue(['hostKeys', n, 'activates', i], `unknown client ${c}`));
    for (const h of k.hostableOn) {
      if (data.hosts.find((x) => x.id === h)?.cannotHost) issue(['hostKeys', n, 'hostableOn'], `${h} cannot host, yet ${k.id} runs on it`);
    }
  });
  data.updates.forEach((u, n) => {
    if (!hosts.has(u.host)) issue(['updates', n, 'host'], `unknown host ${u.host}`);
    u.clients.forEach((c, i) => clients.has(c) || issue(['updates', n, 'clients', i], `unknown client ${c}`));
  });
  data.clients.forEach((c, n) => {
    if (!data.hostKeys.some((k) => k.activates.includes(c.id))) issue(['clients', n], `no host key activates ${c.id}`);
  });
});

/** The validated compatibility data. */
export type HostCompat = z.infer<typeof hostCompatSchema>;
/** A host Windows version. */
export type CompatHost = z.infer<typeof compatHostSchema>;
/** A client Windows version. */
export type CompatClient = z.infer<typeof compatClientSchema>;
/** A KMS host key group. */
export type CompatHostKey = z.infer<typeof compatHostKeySchema>;
/** A required host update. */
export type CompatUpdate = z.infer<typeof compatUpdateSchema>;
