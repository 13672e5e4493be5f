// Which KMS host key (CSVLK) runs on which Windows, what it activates, and which update a host
// needs for newer clients: data/kms-host-compat.json (Microsoft's KMS activation planning page,
// facts.md §3.8). The build checked it against host-compat-schema.ts, like the rest of the data.

import compatData from '../../data/kms-host-compat.json' with { type: 'json' };
import type { CompatHostKey, CompatUpdate, HostCompat } from './host-compat-schema.js';

export type { CompatClient, CompatHost, CompatHostKey, CompatUpdate, HostCompat } from './host-compat-schema.js';

/** data/kms-host-compat.json as shipped (its type asserted: the build refuses a file that does not match). */
export const HOST_COMPAT_FILE = compatData as unknown as HostCompat;

/** The compatibility data. */
export function getHostCompat(): HostCompat {
  return HOST_COMPAT_FILE;
}

/** The host keys that run on a host, in data order (newest first). */
export function keysHostableOn(data: HostCompat, hostId: string): CompatHostKey[] {
  return data.hostKeys.filter((k) => k.hostableOn.includes(hostId));
}

/**
 * The update a host needs before it activates a client, if the source lists one. When several
 * rows apply (a 2016 host and 2019 clients), the earliest is the minimum, and every later one
 * also includes it.
 */
export function requiredUpdate(data: HostCompat, hostId: string, clientId: string): CompatUpdate | undefined {
  const rows = data.updates.filter((u) => u.host === hostId && u.clients.includes(clientId));
  return rows.sort((a, b) => (a.released ?? '9999').localeCompare(b.released ?? '9999'))[0];
}
