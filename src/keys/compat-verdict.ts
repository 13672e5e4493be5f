// "Can this KMS host activate that Windows?" answered from the compatibility data, in the plain
// sentences the wizard shows: "A Windows Server 2016 host with a 2019 host key cannot activate
// Windows 11: …" or "… can activate Windows Server 2019, once KB4478877 … is installed".

import {
  keysHostableOn, requiredUpdate,
  type CompatClient, type CompatHost, type CompatHostKey, type CompatUpdate, type HostCompat,
} from '../catalog/host-compat.js';

/** What the data says about one host, key and client. */
export type CompatKind =
  | 'works' // the key activates the client, no update listed
  | 'needs-update' // the key activates the client once the host has an update
  | 'wrong-key' // this key can't, but another key that runs on this host can
  | 'which-key' // the installed key is unknown; these keys on this host can
  | 'new-host'; // no key that runs on this host activates the client

/** The verdict with the texts the wizard shows. */
export interface CompatVerdict {
  kind: CompatKind;
  /** Keys that would work on this host (wrong-key, which-key), newest first. */
  candidates: CompatHostKey[];
  update?: CompatUpdate;
  /** A short heading: "This host key cannot activate Windows 11". */
  title: string;
  /** The answer in one or two sentences. */
  answer: string;
  /** What to do about it, in one or two sentences. */
  fix: string;
  /** One numbered step about the host update (always present, so steps stay numbered). */
  updateStep: string;
}

function find<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`unknown ${what} "${id}"`);
  return item;
}

/** "A", "A or B", "A, B or C". */
export function joinOr(words: readonly string[], conjunction = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** Windows names joined, the shared "Windows Server " said once: "Windows Server 2025, 2022 or 2019". */
export function joinWindows(names: readonly string[], conjunction = 'or'): string {
  const prefix = 'Windows Server ';
  if (names.length > 1 && names.every((n) => n.startsWith(prefix) && /^\d/.test(n.slice(prefix.length)))) {
    return prefix + joinOr(names.map((n) => n.slice(prefix.length)), conjunction);
  }
  return joinOr(names, conjunction);
}

/** "KB4478877 (December 3, 2018 - KB4478877) or a later cumulative update". */
export function updateName(update: CompatUpdate): string {
  // "November 27, 2018 - KB4467695 (Preview of Monthly Rollup)" → "November 27, 2018, Preview of Monthly Rollup"
  const title = update.title.replace(` - ${update.kb}`, '').replace(/ \((.*)\)$/, ', $1');
  return `${update.kb} (${title})${update.orLater ? ` ${update.orLater}` : ''}`;
}

/** The step about the host update, for a host and client. */
export function updateStepFor(update: CompatUpdate | undefined, hostName: string): string {
  if (!update) {
    return `Microsoft lists no extra update for this pair; still keep the ${hostName} host on its latest cumulative update, as Microsoft's updates are minimums.`;
  }
  return `Install ${updateName(update)} on the host (${update.url}) through Windows Update or your patching tool, then restart it.`;
}

/** Names of the hosts a set of keys runs on, in host order. */
function hostsRunning(data: HostCompat, keys: readonly CompatHostKey[]): CompatHost[] {
  return data.hosts.filter((h) => keys.some((k) => k.hostableOn.includes(h.id)));
}

const keyList = (keys: readonly CompatHostKey[]) => `the ${joinOr(keys.map((k) => k.short))} host key`;

/** The verdict for a host running `keyId` (undefined: the technician does not know which key). */
export function judgeCompat(data: HostCompat, hostId: string, keyId: string | undefined, clientId: string): CompatVerdict {
  const host = find(data.hosts, hostId, 'host');
  const client = find(data.clients, clientId, 'client');
  const key = keyId === undefined ? undefined : find(data.hostKeys, keyId, 'host key');
  const update = requiredUpdate(data, host.id, client.id);
  const updateStep = updateStepFor(update, host.name);
  const activating = data.hostKeys.filter((k) => k.activates.includes(client.id));
  const candidates = keysHostableOn(data, host.id).filter((k) => k.activates.includes(client.id));
  const once = update ? `, once ${updateName(update)} is installed on the host` : '';

  if (key && key.activates.includes(client.id)) {
    return {
      kind: update ? 'needs-update' : 'works', candidates: [], update, updateStep,
      title: update ? `The host needs ${update.kb} to activate ${client.name}` : `This host can activate ${client.name}`,
      answer: `A ${host.name} host with a ${key.short} host key can activate ${client.name}${once}.`,
      fix: update ? `Install ${update.kb} on the host, then activate the client again.` : 'So the host key is not what stops the client.',
    };
  }
  if (candidates.length === 0) return newHost(data, host, key, client, activating, updateStep);
  const install = `Install ${keyList(candidates)} on it (it runs on ${host.name})${update ? `, and ${updateName(update)} on the host` : ''}.`;
  if (!key) {
    return {
      kind: 'which-key', candidates, update, updateStep,
      title: `The host key it needs for ${client.name}`,
      answer: `To activate ${client.name}, a ${host.name} host needs ${keyList(candidates)}${once}.`,
      fix: `Check which host key it has now. If it is another one, ${install.charAt(0).toLowerCase()}${install.slice(1)}`,
    };
  }
  return {
    kind: 'wrong-key', candidates, update, updateStep,
    title: `This host key cannot activate ${client.name}`,
    answer: `A ${host.name} host with a ${key.short} host key cannot activate ${client.name}: that key activates ${key.reach}.`,
    fix: install,
  };
}

function newHost(
  data: HostCompat, host: CompatHost, key: CompatHostKey | undefined, client: CompatClient,
  activating: CompatHostKey[], updateStep: string,
): CompatVerdict {
  const hosts = hostsRunning(data, activating).filter((h) => !h.cannotHost);
  const names = joinWindows(hosts.map((h) => h.name));
  const why = host.family === 'windows' && client.family === 'server'
    ? 'a KMS host on a Windows client version activates only Windows client versions, never Windows Server'
    : `the host keys that activate it (${joinOr(activating.map((k) => k.short), 'and')}) run only on ${names}`;
  return {
    kind: 'new-host', candidates: [], updateStep,
    title: `A ${host.name} host cannot activate ${client.name}`,
    answer: `A ${host.name} host cannot activate ${client.name}, whatever host key it gets${key ? ` (it has a ${key.short} host key)` : ''}: ${why}.`,
    fix: `Set up a KMS host on ${names}, with ${keyList(activating.filter((k) => hosts.some((h) => k.hostableOn.includes(h.id))))}.`,
  };
}

/** What a host can run, or why it can't be a KMS host: "A Windows Server 2016 host can run …". */
export function hostableAnswer(data: HostCompat, hostId: string): string {
  const host = find(data.hosts, hostId, 'host');
  if (host.cannotHost) return `${host.name} can't be a KMS host: ${host.cannotHost}.`;
  const keys = keysHostableOn(data, host.id);
  if (keys.length > 0) {
    return `A ${host.name} host can run ${keyList(keys)}, and no other on Microsoft's current list.`;
  }
  const rows = data.updates.filter((u) => u.host === host.id);
  const reach = rows.length > 0
    ? ` With ${joinOr(rows.map((u) => u.kb), 'and')} and an older host key it can activate ${joinWindows(rows.flatMap((u) => u.clients).map((c) => find(data.clients, c, 'client').name), 'and')}; Microsoft lists nothing newer for it.`
    : '';
  return `No host key on Microsoft's current list runs on ${host.name}.${reach}`;
}
