// "Check it from this computer": the wizard runs the live check a question names and shows what
// it found and from where — THIS computer, not the client — and waits: Enter takes it as the
// client's answer, Esc leaves the question open. It never moves on by itself. The checks run
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
  it('offers the check, runs it, says from where and what it found, and waits: Enter takes it; Esc back returns', async () => {
    const w = await renderWizard({ code: '0x8007232B' }, deps);
    await answer(w, 'corp.test');
    await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.test?');
    const asked = currentFrame(w.actor.getSnapshot().context).id;
    await choose(w, 'Check it from this computer');
    await vi.waitFor(() => expect(prose(w)).toContain(`Checked from THIS computer (test-pc, DNS server ${dns.server}), not from the client:`));
    expect(prose(w)).toContain('kms01.corp.test port 1688');
    expect(prose(w)).toContain('So: "One or more records');
    expect(prose(w)).toContain("Enter: take it as the client's answer · Esc: leave the question open");
    // It waits, however long: the same question is on screen.
    await new Promise((r) => setTimeout(r, 50));
    expect(currentFrame(w.actor.getSnapshot().context).id).toBe(asked);
    await press(w, KEY.enter);
    await waitForText(w, 'Which host does the record name?');
    expect(prose(w)).toContain('Taken as the answer: "One or more records');
    await press(w, KEY.esc);
    await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.test?');
    expect(w.frame()).toContain('❯ One or more records');
  });

  it('Esc leaves the question open, nothing chosen; other keys wait for Enter or Esc', async () => {
    const w = await renderWizard({ code: '0x8007232B' }, deps);
    await answer(w, 'other.test');
    const asked = currentFrame(w.actor.getSnapshot().context).id;
    await choose(w, 'Check it from this computer');
    await vi.waitFor(() => expect(prose(w)).toContain('So: "No record'));
    await press(w, KEY.down, KEY.down, 'j');
    expect(currentFrame(w.actor.getSnapshot().context).id).toBe(asked);
    expect(prose(w)).toContain('So: "No record');
    await press(w, KEY.esc);
    await waitForText(w, 'Left open: answer it yourself.');
    expect(currentFrame(w.actor.getSnapshot().context).id).toBe(asked);
    expect(w.frame()).toContain('What does DNS return for _vlmcs._tcp.other.test?');
  });

  it('a domain without the record answers "No record", once taken', async () => {
    const w = await renderWizard({ code: '0x8007232B' }, deps);
    await answer(w, 'other.test');
    await choose(w, 'Check it from this computer');
    await vi.waitFor(() => expect(prose(w)).toContain('So: "No record'));
    await press(w, KEY.enter);
    await waitForText(w, 'Is there a KMS host in your organisation?');
  });

  it('stays on the question with the facts when the check cannot decide', async () => {
    const w = await renderWizard({ code: '0x8007232B' }, {
      probe: async (probe) => ({ probe, status: 'done', from: 'Checked from THIS computer (test-pc, DNS server 127.0.0.1), not from the client', report: { srv: undefined, tcp: [], host: null } as never }),
    });
    await answer(w, 'corp.test');
    const before = currentFrame(w.actor.getSnapshot().context).id;
    await choose(w, 'Check it from this computer');
    await waitForText(w, 'That does not decide it: choose what fits.');
    expect(currentFrame(w.actor.getSnapshot().context).id).toBe(before);
  });
});
