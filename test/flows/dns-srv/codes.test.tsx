// The dns-srv flow from the codes that start further in than the lookup: 0x8007232A and
// 0x8007267C at the DNS configuration, 0x80072338 at the publishing permission, 0x8007007B at
// the key channel (asked once, also when another flow hands back), and the flow's soundness.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { currentFrame, currentStep, startSession, submit } from '../../../src/wizard/session.js';
import { dnsSrvFlow } from '../../../flows/dns-srv.js';
import { flowProblems } from '../../support/flow-graph.js';
import { choose, renderWizard, waitForText } from '../../support/ui.js';
import { answer, flowOnScreen, pick, prose } from './walk.js';

afterEach(() => cleanup());

describe('dns-srv: codes that start further in', () => {
  it('0x8007232A goes from the domain to the DNS configuration', async () => {
    const w = await renderWizard({ code: '0x8007232A' });
    await waitForText(w, '0x8007232A — ');
    await answer(w, 'corp.contoso.com');
    await waitForText(w, 'Does the PC have a DNS server?');
    expect(w.frame()).toContain('ipconfig /all');
    await choose(w, 'It lists one or more addresses');
    await waitForText(w, 'Which DNS server does the PC use?');
    await answer(w, '10.0.0.10');
    await waitForText(w, 'Does 10.0.0.10 answer for corp.contoso.com?');
    expect(w.frame()).toContain('nslookup -type=soa corp.contoso.com 10.0.0.10');
    await choose(w, '"DNS request timed out"');
    await waitForText(w, 'Resolution: Reach the DNS server 10.0.0.10');
    // Reachability by a real query, not TCP 53 (issue 7, fact 12).
    expect(w.frame()).toContain('nslookup -type=soa corp.contoso.com 10.0.0.10');
    expect(w.frame()).not.toContain('-Port 53');
    expect(w.frame()).toContain('ping 10.0.0.10');
  });

  it('0x8007267C, no DNS server at all, sets the typed one', async () => {
    const w = await renderWizard({ code: '0x8007267C' });
    await waitForText(w, '0x8007267C — ');
    await answer(w, 'corp.contoso.com');
    await choose(w, 'No "DNS Servers" line');
    await waitForText(w, 'Which DNS server should the PC use?');
    await answer(w, '10.0.0.10');
    await waitForText(w, 'Resolution: Give the PC a DNS server');
    expect(prose(w)).toContain("Set-DnsClientServerAddress -InterfaceIndex (Get-NetAdapter | Where-Object Status -eq 'Up').ifIndex -ServerAddresses 10.0.0.10");
  });

  it('0x80072338 starts at the publishing permission and ends at Full Control on _VLMCS', async () => {
    const w = await renderWizard({ code: '0x80072338' });
    await waitForText(w, '0x80072338 — ');
    await waitForText(w, 'Which DNS server holds the KMS record\'s zone?');
    await choose(w, 'Windows DNS');
    await waitForText(w, 'Resolution: Let the new host update _VLMCS');
    expect(prose(w)).toContain('Right-click _VLMCS > Properties > Security');
    expect(prose(w)).toContain('allow it Full Control');
    expect(prose(w)).toContain('Read the events again (a new 12294)');
    expect(w.frame()).toContain('Restart-Service sppsvc -Force');
  });

  it('0x80072338 on another DNS server goes to the SRV creation flow', async () => {
    const w = await renderWizard({ code: '0x80072338' });
    await choose(w, 'BIND or another DNS server');
    await waitForText(w, 'In which DNS zone should the record go?');
    expect(flowOnScreen(w)).toBe('srv-create');
  });

  it('0x8007007B checks the key channel first: a retail key goes to the setup keys', async () => {
    const w = await renderWizard({ code: '0x8007007B' });
    await waitForText(w, 'What does the Description line of slmgr /dlv say?');
    await choose(w, 'RETAIL or OEM channel');
    await vi.waitFor(() => expect(flowOnScreen(w)).toBe('key-lookup'));
  });

  it('0x8007007B on a KMS client goes on to the DNS domain, and only once', async () => {
    const w = await renderWizard({ code: '0x8007007B' });
    await choose(w, 'VOLUME_KMSCLIENT');
    await waitForText(w, 'Which DNS domain is the client in?');
    await answer(w, 'corp.contoso.com');
    await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.contoso.com?');
  });

  /** 0x8007007B on a KMS client, through the right record, to port-1688's port test. */
  const toPortTest = () => {
    let s = pick(startSession({ code: '0x8007007B' }), 'VOLUME_KMSCLIENT');
    for (const [kind, text] of [
      ['type', 'corp.contoso.com'], ['pick', 'One or more records'], ['type', 'kms01.corp.contoso.com'], ['type', ''],
      ['pick', 'Yes: the right host'], ['type', 'kms01.corp.contoso.com'],
    ] as const) s = kind === 'pick' ? pick(s, text) : submit(s, text);
    expect(currentStep(s)).toMatchObject({ title: 'Run this on the client. What does TcpTestSucceeded say?' });
    return s;
  };

  it('0x8007007B asks the channel once, also when port-1688 hands back into the flow', () => {
    const s = pick(toPortTest(), 'WARNING: Name resolution');
    expect(currentFrame(s).flow).toBe('dns-srv');
    expect(currentStep(s)).toMatchObject({ kind: 'input', title: 'Which DNS domain is the client in?' });
  });

  it('0x80072338 typed later in the same session still starts at the publishing permission', () => {
    const s = submit(pick(pick(toPortTest(), 'TcpTestSucceeded : True'), 'Another result code'), '0x80072338');
    expect(currentFrame(s).flow).toBe('dns-srv');
    expect(currentStep(s)).toMatchObject({ title: 'Which DNS server holds the KMS record\'s zone?' });
  });

  it('is sound from every code it is started with', () => {
    for (const code of ['0x8007232B', '0x8007251D', '0x80092328', '0x8007232A', '0x8007267C', '0xC004F074']) {
      expect(flowProblems(dnsSrvFlow, { code }), code).toEqual([]);
    }
    // These two start further in and reach only part of the flow on their own.
    const codes = ['0x8007232B', '0x80072338', '0x8007007B'];
    expect(flowProblems(dnsSrvFlow, codes.map((code) => ({ code })))).toEqual([]);
  });
});
