// Reaching the KMS host by keystrokes: what the client's events show chooses the next flow,
// and every code of the four network flows reaches a resolution through the UI.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { resolveCommand } from '../../src/catalog/catalog.js';
import { fixItems } from '../support/steps.js';
import { currentContext, currentFrame } from '../../src/wizard/session.js';
import { FLOWS } from '../../flows/registry.js';
import type { Step } from '../../flows/step.js';
import { choose, press, renderWizard, waitForText, answer, prose, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

const flowOf = (w: WizardUnderTest) => currentFrame(w.actor.getSnapshot().context).flow;
const codeOf = (w: WizardUnderTest) => currentContext(w.actor.getSnapshot().context).code;


const QUESTION = "What do the client's newest events 12288 and 12289 show?";

async function atEvents(code = '0xC004F074') {
  const w = await renderWizard({ code });
  await waitForText(w, QUESTION);
  return w;
}

describe('the 0xC004F074 chooser', () => {
  it('gives the event command and the event layout in its help', async () => {
    const w = await atEvents();
    expect(w.frame()).toContain("Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12288,12289}");
    await press(w, 'h');
    await waitForText(w, 'How do I find out?');
    expect(prose(w)).toContain('result, status flags, host:port, CMID');
  });

  it('sends a 12288 without a 12289 to the port flow', async () => {
    const w = await atEvents();
    await choose(w, 'no 12289 after it');
    await waitForText(w, 'Which KMS host does this client try to reach?');
    expect(flowOf(w)).toBe('port-1688');
    expect(codeOf(w)).toBe('0xC004F074');
  });

  it('sends a DNS error, or no 12288 at all, to the DNS flow', async () => {
    const w = await atEvents();
    await choose(w, 'DNS error (0x8007232B)');
    await vi.waitFor(() => expect(flowOf(w)).toBe('dns-srv'));
  });

  it('sends a result of 0xC004F06C to the clock flow, with that code', async () => {
    const w = await atEvents();
    await choose(w, '0xC004F06C');
    await waitForText(w, '0xC004F06C — ');
    expect(flowOf(w)).toBe('clock-skew');
    expect(w.frame()).toContain('Which KMS host does this client use?');
  });

  it('sends a result of 0xC004F042 to the KMS host flow, with that code', async () => {
    const w = await atEvents();
    await choose(w, '0xC004F042');
    await waitForText(w, '0xC004F042 — ');
    expect(flowOf(w)).toBe('kms-host');
  });

  it('sends a result of 0xC004F038 to the count flow, with that code', async () => {
    const w = await atEvents();
    await choose(w, '0xC004F038');
    await waitForText(w, '0xC004F038 — ');
    expect(flowOf(w)).toBe('kms-count');
    expect(w.frame()).toContain('what is the Current count?');
  });

  it('asks for any other result code to be typed', async () => {
    const w = await atEvents();
    await choose(w, 'Another result code');
    await waitForText(w, 'Type or paste the error code');
    await answer(w, '0xC004F06C');
    await waitForText(w, '0xC004F06C — ');
  });

  it('says what event 8198 means, with Azure KMS', async () => {
    const w = await atEvents('0xC0020017');
    expect(prose(w)).toContain('8198 says only that it failed');
    expect(prose(w)).toContain('azkms.core.windows.net');
  });

  it('says what 0xC004F056 means', async () => {
    const w = await atEvents('0xC004F056');
    expect(prose(w)).toContain('The client never reached a KMS host, or its activation lapsed');
  });
});

/** A path from each code to a resolution: [label to choose | text to type], one per screen. */
const TO_RESOLUTION: Record<string, { path: string[]; title: string }> = {
  '0xC004F039': { path: ['=kms01.corp.contoso.com', 'TcpTestSucceeded : False', 'Status: Stopped'], title: 'Start the Software Protection service' },
  '0x800706BA': { path: ['=kms01.corp.contoso.com', 'TcpTestSucceeded : True', 'another host than'], title: 'Point the client at kms01.corp.contoso.com' },
  '0xC004F038': { path: ['=18', 'Windows 10 / 11', 'not that many machines'], title: '7 more machines must ask the KMS host' },
  '0xC004F06C': { path: ['=kms01.corp.contoso.com', 'Lines like', '=+5h', 'client\'s clock is wrong'], title: 'Correct the clock of the client' },
  '0xC004F074': { path: ['no 12289 after it', '=kms01.corp.contoso.com', 'TcpTestSucceeded : False', 'Status: Running', 'Enabled : False'], title: 'Turn on the KMS firewall rule' },
  '0xC0020017': { path: ['no 12289 after it', '=azkms.core.windows.net', 'TcpTestSucceeded : False', 'Azure KMS host'], title: 'Open the way to Azure KMS' },
  '0x8007139F': { path: ['no 12289 after it', '=kms01.corp.contoso.com', 'TcpTestSucceeded : True', 'no 12289 after it'], title: 'Find why the KMS host sends no answer' },
  '0xC004F056': { path: ['0xC004F038', '=3', 'Windows Server', 'not that many machines'], title: '2 more machines must ask the KMS host' },
};

describe('every code of these flows reaches a resolution through the UI', () => {
  it.each(Object.entries(TO_RESOLUTION))('%s', async (code, { path, title }) => {
    const w = await renderWizard({ code });
    await waitForText(w, `${code} — `);
    for (const step of path) {
      if (step.startsWith('=')) {
        await vi.waitFor(() => expect(w.step().kind).toBe('input'));
        await answer(w, step.slice(1));
      } else {
        await vi.waitFor(() => expect(w.frame()).toContain(step));
        await choose(w, step);
      }
    }
    await waitForText(w, `Resolution: ${title}`);
  });
});

describe('the resolutions of the four network flows', () => {
  const ends: [string, Step][] = [];
  for (const id of ['port-1688', 'kms-count', 'clock-skew', 'kms-contact'] as const) {
    const walk = (node: { key: string; meta?: Step; states?: Record<string, unknown> }) => {
      if (node.meta?.kind === 'resolution') ends.push([`${id}.${node.key}`, node.meta]);
      Object.values(node.states ?? {}).forEach((s) => walk(s as never));
    };
    walk(FLOWS[id].machine.root as never);
  }

  it('are there to check', () => {
    expect(ends.length).toBeGreaterThanOrEqual(13);
  });

  it.each(ends)('%s looks before it changes: its first command is read-only', (_id, step) => {
    if (step.kind !== 'resolution') throw new Error('not a resolution');
    const changes = fixItems(step).map((c) => resolveCommand(c).changes);
    expect(changes[0]).toBe(false);
    expect(step.steps.length).toBeGreaterThan(0);
  });
});
