// The KMS host compatibility data (facts.md §3.8, Microsoft's KMS activation planning page): its
// schema, that it says what the source says, and the answers the wizard builds from it.

import { describe, expect, it } from 'vitest';
import compatJson from '../../data/kms-host-compat.json' with { type: 'json' };
import { getHostCompat, keysHostableOn, requiredUpdate } from '../../src/catalog/host-compat.js';
import { hostCompatSchema } from '../../src/catalog/host-compat-schema.js';
import { hostableAnswer, joinWindows, judgeCompat, updateName } from '../../src/keys/compat-verdict.js';
import { kmsFacts } from '../support/fixtures.js';

const data = getHostCompat();
const clone = () => structuredClone(compatJson) as Record<string, unknown> & typeof compatJson;

describe('data/kms-host-compat.json', () => {
  it('matches its schema', () => {
    expect(hostCompatSchema.safeParse(compatJson).success).toBe(true);
  });

  it.each([
    ['an unknown host in hostableOn', (d: ReturnType<typeof clone>) => { d.hostKeys[0]!.hostableOn.push('ws1999'); }, /unknown host ws1999/],
    ['an unknown client in activates', (d: ReturnType<typeof clone>) => { d.hostKeys[0]!.activates.push('w95'); }, /unknown client w95/],
    ['an update for an unknown host', (d: ReturnType<typeof clone>) => { d.updates[0]!.host = 'ws1999'; }, /unknown host ws1999/],
    ['a client no key activates', (d: ReturnType<typeof clone>) => { d.clients.push({ id: 'w12', name: 'Windows 12', family: 'windows' }); }, /no host key activates w12/],
    ['a key on a host that cannot host', (d: ReturnType<typeof clone>) => { d.hostKeys[0]!.hostableOn.push('ws-azure'); }, /ws-azure cannot host/],
    ['a malformed KB', (d: ReturnType<typeof clone>) => { d.updates[0]!.kb = '5034765'; }, /kb/],
  ])('refuses %s', (_name, spoil, message) => {
    const d = clone();
    spoil(d);
    const result = hostCompatSchema.safeParse(d);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toMatch(message);
  });

  it('gives every row a source, and every update its Microsoft address', () => {
    for (const k of data.hostKeys) expect(k.source).toMatch(/^PLAN, tab /);
    for (const u of data.updates) {
      expect(u.source).toMatch(/^PLAN/);
      expect(u.url).toBe(`https://support.microsoft.com/help/${u.kb.slice(2)}`);
    }
  });

  it('names every KB that facts.md §3.8 lists, and no other', () => {
    expect(new Set(data.updates.map((u) => u.kb))).toEqual(new Set(kmsFacts.hostUpdates));
  });

  it('has the hosting rules of facts.md §3.7–3.8', () => {
    const hostable = (key: string) => data.hostKeys.find((k) => k.id === key)!.hostableOn;
    expect(hostable('ws2025')).toEqual(['ws2025', 'ws2022', 'ws2019']);
    expect(hostable('ws2022')).toEqual(['ws2022', 'ws2019', 'ws2016']);
    expect(hostable('ws2019')).toEqual(['ws2019', 'ws2016', 'ws2012r2']);
    // A client KMS key can't be installed on Windows Server; Azure Edition can't be a host.
    expect(hostable('w10').every((h) => data.hosts.find((x) => x.id === h)!.family === 'windows')).toBe(true);
    expect(keysHostableOn(data, 'ws-azure')).toEqual([]);
    // A host on Windows client activates only client versions.
    const clientKey = data.hostKeys.find((k) => k.id === 'w10')!;
    expect(clientKey.activates.every((c) => data.clients.find((x) => x.id === c)!.family === 'windows')).toBe(true);
    // The 2019 host key lists no Windows 11; only the 2025 key activates Windows 11 LTSC 2024.
    expect(data.hostKeys.find((k) => k.id === 'ws2019')!.activates).not.toContain('w11');
    expect(data.hostKeys.filter((k) => k.activates.includes('w11-ltsc2024')).map((k) => k.id)).toEqual(['ws2025']);
  });
});

describe('required updates', () => {
  it.each([
    ['ws2022', 'ws2025', 'KB5034765'],
    ['ws2019', 'ws2025', 'KB5034768'],
    ['ws2019', 'ws2022', 'KB5003646'],
    ['ws2016', 'ws2022', 'KB5003638'],
    ['ws2016', 'ws2019', 'KB4478877'], // the earlier of the two rows that apply
    ['ws2012r2', 'ws2019', 'KB4467695'],
    ['ws2012r2', 'w10', 'KB3172614'], // earlier than KB4467695, which also covers Windows 10
    ['ws2012', 'ws2012r2', 'KB3172615'],
    ['ws2008r2', 'w10', 'KB3079821'],
    ['w81', 'w10', 'KB3172614'],
    ['w7', 'w10', 'KB3079821'],
  ])('a %s host needs %s… for %s clients: %s', (host, client, kb) => {
    expect(requiredUpdate(data, host, client)?.kb).toBe(kb);
  });

  it('lists none where the source lists none', () => {
    expect(requiredUpdate(data, 'ws2025', 'ws2025')).toBeUndefined();
    expect(requiredUpdate(data, 'ws2019', 'w11')).toBeUndefined();
  });

  it('names an update the way a technician can search for it', () => {
    expect(updateName(requiredUpdate(data, 'ws2012r2', 'ws2019')!)).toBe('KB4467695 (November 27, 2018, Preview of Monthly Rollup) or a later monthly rollup');
    expect(updateName(requiredUpdate(data, 'w7', 'w10')!)).toBe('KB3079821 (Update that enables Windows 7 and Windows Server 2008 R2 KMS hosts to activate Windows 10)');
  });
});

describe('the answers', () => {
  it('cannot: "A Windows Server 2016 host with a 2019 host key cannot activate Windows 11: …"', () => {
    const v = judgeCompat(data, 'ws2016', 'ws2019', 'w11');
    expect(v.kind).toBe('wrong-key');
    expect(v.answer).toMatch(/^A Windows Server 2016 host with a 2019 host key cannot activate Windows 11: /);
    expect(v.candidates.map((k) => k.id)).toEqual(['ws2022']);
  });

  it('can, once the update is installed', () => {
    const v = judgeCompat(data, 'ws2016', 'ws2022', 'ws2022');
    expect(v.kind).toBe('needs-update');
    expect(v.answer).toBe('A Windows Server 2016 host with a 2022 host key can activate Windows Server 2022, once KB5003638 (June 8, 2021) or a later cumulative update is installed on the host.');
  });

  it('can, as it is', () => {
    expect(judgeCompat(data, 'ws2022', 'ws2025', 'w11-ltsc2024')).toMatchObject({ kind: 'works', answer: 'A Windows Server 2022 host with a 2025 host key can activate Windows 11 Enterprise LTSC 2024.' });
  });

  it('needs another host when no key that runs there activates the client', () => {
    const v = judgeCompat(data, 'ws2016', 'ws2022', 'ws2025');
    expect(v.kind).toBe('new-host');
    expect(v.fix).toBe('Set up a KMS host on Windows Server 2025, 2022 or 2019, with the 2025 host key.');
  });

  it('names the key for an unknown one, with the update', () => {
    const v = judgeCompat(data, 'ws2019', undefined, 'ws2022');
    expect(v.kind).toBe('which-key');
    expect(v.candidates.map((k) => k.short)).toEqual(['2025', '2022']);
    expect(v.answer).toContain('needs the 2025 or 2022 host key, once KB5003646');
  });

  it('gives every host, key and client an answer', () => {
    for (const host of data.hosts) {
      for (const key of [...keysHostableOn(data, host.id).map((k) => k.id), undefined]) {
        if (keysHostableOn(data, host.id).length === 0) continue;
        for (const client of data.clients) {
          const v = judgeCompat(data, host.id, key, client.id);
          expect(v.answer, `${host.id} ${key} ${client.id}`).toContain(client.name);
          expect(v.title.length).toBeGreaterThan(0);
        }
      }
      expect(hostableAnswer(data, host.id)).toContain(host.name);
    }
  });

  it('joins Windows Server versions once', () => {
    expect(joinWindows(['Windows Server 2025', 'Windows Server 2022', 'Windows Server 2019'])).toBe('Windows Server 2025, 2022 or 2019');
    expect(joinWindows(['Windows Server 2012 R2', 'Windows 10'], 'and')).toBe('Windows Server 2012 R2 and Windows 10');
  });
});
