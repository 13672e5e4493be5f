// "Check it from this computer": the wizard runs the live check a question names, shows what it
// found and from where, and moves on with the answer — which Esc takes back. The checks run
// against a DNS responder on 127.0.0.1, never anything else.

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { runProbe } from '../../src/checks/probe.js';
import { currentFrame } from '../../src/wizard/session.js';
import { KEY, answer, choose, press, prose, renderWizard, waitForText } from '../support/ui.js';
import { startDnsServer, zone, type LoopbackDns } from '../support/dns-server.js';

let dns: LoopbackDns;
beforeAll(async () => {
  dns = await startDnsServer(zone({
    srv: { '_vlmcs._tcp.corp.test': [{ priority: 0, weight: 0, port: 1688, target: 'kms01.corp.test' }] },
    a: { 'kms01.corp.test': ['127.0.0.1'] },
  }));
});
afterAll(() => dns.close());
afterEach(() => cleanup());

const limits = { stepMs: 500, totalMs: 1500 };
const deps = { probe: (probe: Parameters<typeof runProbe>[0], answers: Parameters<typeof runProbe>[1]) => runProbe(probe, answers, { dnsServer: dns.server, limits, computer: 'test-pc' }) };

describe('a question the wizard can answer itself', () => {
  it('offers the check, runs it, says from where and what it found, and moves on; Esc comes back', async () => {
    const w = await renderWizard({ code: '0x8007232B' }, deps);
    await answer(w, 'corp.test');
    await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.test?');
    await choose(w, 'Check it from this computer');
    await waitForText(w, 'Which host does the record name?');
    await vi.waitFor(() => expect(prose(w)).toContain(`From test-pc, DNS server ${dns.server}:`));
    expect(prose(w)).toContain('kms01.corp.test port 1688');
    expect(prose(w)).toContain('So: "One or more records');
    await press(w, KEY.esc);
    await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.test?');
    expect(w.frame()).toContain('❯ One or more records');
  });

  it('a domain without the record answers "No record"', async () => {
    const w = await renderWizard({ code: '0x8007232B' }, deps);
    await answer(w, 'other.test');
    await choose(w, 'Check it from this computer');
    await waitForText(w, 'Is there a KMS host in your organisation?');
  });

  it('stays on the question with the facts when the check cannot decide', async () => {
    const w = await renderWizard({ code: '0x8007232B' }, {
      probe: async (probe) => ({ probe, status: 'done', from: 'From test-pc, DNS server 127.0.0.1', report: { srv: undefined, tcp: [], host: null } as never }),
    });
    await answer(w, 'corp.test');
    const before = currentFrame(w.actor.getSnapshot().context).id;
    await choose(w, 'Check it from this computer');
    await waitForText(w, 'That does not decide it: choose what fits.');
    expect(currentFrame(w.actor.getSnapshot().context).id).toBe(before);
  });
});
