// The steps that offer "Check it from this computer" and the probe answers agree: every step
// naming a probe has a rule for it, every rule belongs to such a step, and whatever a probe
// can find picks only options the step has (a value only for a typed answer).

import { describe, expect, it } from 'vitest';
import { FLOWS } from '../../flows/registry.js';
import type { Step } from '../../flows/step.js';
import { PROBE_ANSWERS } from '../../src/checks/probe-answers.js';
import type { CheckReport, HostResult, SrvResult, TcpResult } from '../../src/checks/report.js';

interface Node {
  meta?: Step;
  path: string[];
  states: Record<string, Node>;
}

/** Every step that names a probe, by "<flow id>/<state id>". */
function probeSteps(): Map<string, Step> {
  const found = new Map<string, Step>();
  for (const flow of Object.values(FLOWS)) {
    const walk = (node: Node) => {
      const meta = node.meta;
      if (meta && (meta.kind === 'question' || meta.kind === 'input') && meta.probe) found.set(`${flow.id}/${node.path.join('.')}`, meta);
      Object.values(node.states).forEach(walk);
    };
    walk(flow.machine.root as unknown as Node);
  }
  return found;
}

/** Reports covering every status a check can give. */
function everyReport(): CheckReport[] {
  const base: CheckReport = {
    domain: 'corp.test', dnsServer: '10.0.0.10', from: { computer: 'ws-042', dnsServers: ['10.0.0.10'] },
    srv: null, host: null, tcp: [], deadlineReached: false, stepSeconds: 3, verdict: '', code: null, problem: false,
  };
  const srv = (status: SrvResult['status']): SrvResult => ({
    name: '_vlmcs._tcp.corp.test', status, recordsNotTested: 0, error: status === 'found' ? null : 'x', reason: null,
    records: status === 'found' ? [{ target: 'kms01.corp.test', port: 1688, priority: 0, weight: 0, addresses: ['10.0.0.21'], addressError: null }] : [],
  });
  const hosts: HostResult[] = [
    { host: 'kms01.corp.test', port: 1688, addresses: ['10.0.0.21'], error: null, reason: null },
    ...(['nxdomain', 'nodata', 'timeout', 'servfail'] as const).map((reason) => ({ host: 'kms01.corp.test', port: 1688, addresses: [], error: 'x', reason })),
  ];
  const row = (status: TcpResult['status']): TcpResult => ({ host: 'kms01.corp.test', address: status === 'unresolved' ? null : '10.0.0.21', port: 1688, status, ms: 1, error: null, source: 'host' });
  const statuses: TcpResult['status'][] = ['open', 'refused', 'timeout', 'unresolved', 'unreachable'];
  return [
    base,
    ...(['found', 'none', 'failed', 'timeout'] as const).map((s) => ({ ...base, srv: srv(s) })),
    ...hosts.map((host) => ({ ...base, host })),
    ...statuses.map((s) => ({ ...base, host: hosts[0]!, tcp: [row(s)] })),
  ];
}

describe('probe steps and probe answers', () => {
  const steps = probeSteps();

  it('the steps that name a probe are the ones with answers, with the same probe', () => {
    expect([...steps.keys()].sort()).toEqual(Object.keys(PROBE_ANSWERS).sort());
    for (const [key, step] of steps) expect([key, (step as { probe?: string }).probe]).toEqual([key, PROBE_ANSWERS[key]!.probe]);
  });

  it.each(Object.keys(PROBE_ANSWERS))('%s picks only what its step offers', (key) => {
    const step = steps.get(key);
    if (!step || (step.kind !== 'question' && step.kind !== 'input')) throw new Error(`${key} is not a question or input`);
    const answers = everyReport().map((report) => PROBE_ANSWERS[key]!.answer(report));
    if (step.kind === 'question') {
      const events = new Set(step.options.map((o) => o.event));
      const picked = answers.flatMap((a) => (a.event ? [a.event] : []));
      expect(picked.filter((e) => !events.has(e))).toEqual([]);
      expect(picked.length).toBeGreaterThan(0);
      expect(answers.every((a) => a.value === undefined)).toBe(true);
    } else {
      expect(answers.every((a) => a.event === undefined)).toBe(true);
      expect(answers.some((a) => a.value !== undefined)).toBe(true);
    }
  });
});
