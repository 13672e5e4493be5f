// What a probe's result answers at each step that names a probe: the option event it picks
// (for a question) or the value it types (for an input), and the facts to show with it. A
// probe that cannot decide gives facts only, and the technician chooses: a port that
// refuses, for one, may be a stopped service or a retired host.
// Keys are "<flow id>/<state id>"; a test checks every step with a probe has an entry here
// and every event named exists among that step's options.

import type { Probe } from '../../flows/step.js';
import type { ProbeResult } from './probe.js';
import type { CheckReport, TcpResult } from './report.js';

/** What a probe answered at one step. */
export interface ProbeAnswer {
  /** The option to choose (a question); absent when the result does not decide it. */
  event?: string;
  /** The text to put in the field (an input); the wizard validates it as if typed. */
  value?: string;
  /** What was found, one line each, shown after ProbeDone.from. */
  facts: string[];
}

/** How one step reads its probe's result. */
export interface ProbeAnswerRule {
  probe: Probe;
  answer(report: CheckReport): ProbeAnswer;
}

const recordFacts = (r: CheckReport): string[] => {
  const srv = r.srv;
  if (!srv) return [];
  if (srv.status !== 'found') return [`${srv.name}: ${srv.error}`];
  return srv.records.map((rec) =>
    rec.unusable === 'no-service'
      ? `${srv.name}: target "." — the KMS service is decidedly not available in this domain (RFC 2782)`
      : `${srv.name}: ${rec.target} port ${rec.port} (priority ${rec.priority}, weight ${rec.weight}): ${rec.addresses.length > 0 ? rec.addresses.join(', ') : `no address, ${rec.addressError}`}${rec.unusable === 'port-zero' ? '; port 0 is no port a service listens on' : ''}`);
};

const hostFacts = (r: CheckReport): string[] => {
  const h = r.host;
  if (!h) return [];
  return [h.addresses.length > 0 ? `${h.host} resolves to ${h.addresses.join(', ')}` : `${h.host} does not resolve: ${h.error}`];
};

const tcpFact = (row: TcpResult): string =>
  row.status === 'unresolved'
    ? `${row.host}: no address to try`
    : `${row.host} (${row.address}) port ${row.port}: ${row.status}${row.ms === null ? '' : ` after ${row.ms} ms`}${row.error ? `, ${row.error}` : ''}`;

/** The name gave no address because DNS says it has none (not because DNS failed). */
const nameIsGone = (r: CheckReport): boolean => r.host !== null && r.host.addresses.length === 0 && (r.host.reason === 'nxdomain' || r.host.reason === 'nodata');

/** Every step that names a probe, by "<flow id>/<state id>". */
export const PROBE_ANSWERS: Readonly<Record<string, ProbeAnswerRule>> = {
  // "What does DNS return for _vlmcs._tcp.{domain}?"
  'dns-srv/lookup': {
    probe: 'dns-srv',
    answer: (r) => {
      const status = r.srv?.status;
      // Records that name no usable host ("." or port 0) are records, but not "one or more
      // records, each with a host and port": the technician decides what they mean.
      const usable = r.srv?.records.some((rec) => !rec.unusable) ?? false;
      const event = status === 'found' ? (usable ? 'RECORDS' : undefined) : status === 'none' ? 'NONE' : status ? 'DNS_FAIL' : undefined;
      return { ...(event ? { event } : {}), facts: recordFacts(r) };
    },
  },
  // "Is {kmsHost} the KMS host today, listening on port {port}?" A name DNS no longer knows
  // is a gone host; one that resolves may still be the wrong machine, so the technician says.
  'dns-srv/recordRight': {
    probe: 'resolve-host',
    answer: (r) => ({ ...(nameIsGone(r) ? { event: 'STALE' } : {}), facts: hostFacts(r) }),
  },
  // "Run this on the client. What does TcpTestSucceeded say?" As Test-NetConnection reads it:
  // any address that accepts is True; a name that does not resolve is its name warning.
  'port-1688/testPort': {
    probe: 'tcp-port',
    answer: (r) => {
      const open = r.tcp.some((row) => row.status === 'open');
      const unresolved = r.tcp.length > 0 && r.tcp.every((row) => row.status === 'unresolved');
      const event = open ? 'OPEN' : unresolved ? 'NO_NAME' : r.tcp.length > 0 ? 'CLOSED' : undefined;
      return { ...(event ? { event } : {}), facts: [...hostFacts(r), ...r.tcp.filter((row) => row.status !== 'unresolved').map(tcpFact)] };
    },
  },
  // "What is the KMS host's IP address?" (for BIND's allow-update): its first address, IPv4 first.
  'srv-create/askKmsIp': {
    probe: 'resolve-host',
    answer: (r) => {
      const first = r.host?.addresses[0];
      return { ...(first ? { value: first } : {}), facts: hostFacts(r) };
    },
  },
};

/** The answer a probe's result gives at `flow`/`state`; undefined when it gives none there. */
export function probeAnswer(flow: string, state: string, result: ProbeResult): ProbeAnswer | undefined {
  const rule = PROBE_ANSWERS[`${flow}/${state}`];
  if (!rule || result.status !== 'done' || rule.probe !== result.probe) return undefined;
  return rule.answer(result.report);
}
