// "Check it from this computer": the live checks the wizard runs for a step that names a
// probe (flows/step.ts). A probe reads the answers the flow has so far (the domain, the KMS
// host and port), validates them again like the wizard's fields, and runs the check. What
// it found maps to the step's option in probe-answers.ts.

import type { Answers } from '../../flows/lib/context.js';
import type { Probe } from '../../flows/step.js';
import { checkDomain, checkHost, DEFAULT_KMS_PORT } from './check-input.js';
import type { TimeLimits } from './deadline.js';
import type { CheckReport } from './report.js';
import { runCheck, type CheckRequest } from './run-check.js';

/** How the wizard runs a probe: another DNS server (validated with checkDnsServer), other limits. */
export interface ProbeOptions {
  dnsServer?: string;
  limits?: TimeLimits;
  /** This computer's name as shown; os.hostname() unless given. */
  computer?: string;
}

/** A probe that ran: what it found, and where it looked from. */
export interface ProbeDone {
  probe: Probe;
  status: 'done';
  /** "Checked from THIS computer (ws-042, DNS server 10.0.0.10), not from the client" — shown before the facts. */
  from: string;
  report: CheckReport;
}

/** A probe that could not run: an answer it needs is not given yet, or not valid. */
export interface ProbeNotRun {
  probe: Probe;
  status: 'missing';
  /** The answer it needs. */
  needs: 'domain' | 'kmsHost';
  /** Why, in a sentence the wizard can show. */
  message: string;
}

/** The outcome of a probe. */
export type ProbeResult = ProbeDone | ProbeNotRun;

const missing = (probe: Probe, needs: ProbeNotRun['needs'], message: string): ProbeNotRun => ({ probe, status: 'missing', needs, message });

/** The check a probe runs, or why it cannot run yet. */
function requestFor(probe: Probe, answers: Answers): CheckRequest | ProbeNotRun {
  if (probe === 'dns-srv') {
    if (answers.domain === undefined) return missing(probe, 'domain', 'The client\'s DNS domain is not known yet.');
    const domain = checkDomain(String(answers.domain));
    return domain.ok ? { domain: domain.value, connect: false } : missing(probe, 'domain', domain.message);
  }
  if (answers.kmsHost === undefined) return missing(probe, 'kmsHost', 'The KMS host is not known yet.');
  const host = checkHost(String(answers.kmsHost));
  if (!host.ok) return missing(probe, 'kmsHost', host.message);
  const port = typeof answers.port === 'number' ? answers.port : host.value.port ?? DEFAULT_KMS_PORT;
  return { host: { host: host.value.host, port }, connect: probe === 'tcp-port' };
}

/**
 * Where a check looked from, as the wizard shows it: this computer — the technician's own,
 * named — which is often not on the client's network, so its answer may not be the client's.
 */
export const fromLine = (report: CheckReport): string =>
  `Checked from THIS computer (${report.from.computer}, DNS server ${report.dnsServer ?? 'none configured'}), not from the client`;

/** Runs the live check of `probe` with the flow's answers so far. */
export async function runProbe(probe: Probe, answers: Answers, options: ProbeOptions = {}): Promise<ProbeResult> {
  const request = requestFor(probe, answers);
  if ('status' in request) return request;
  const report = await runCheck({ ...request, ...options });
  return { probe, status: 'done', from: fromLine(report), report };
}
