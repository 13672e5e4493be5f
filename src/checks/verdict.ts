// Judging what a live check found: one plain paragraph, the activation error code the result
// explains, and whether anything is wrong. A host counts as answering when any of its
// addresses accepted the connection (Windows tries the next address when one fails).

import type { CheckFindings, SrvResult, TcpResult } from './report.js';

/** The judgement of a check. */
export interface Judgement {
  verdict: string;
  code: string | null;
  problem: boolean;
}

/** The activation errors a check can explain (all in the catalog). */
export const CHECK_CODES = {
  /** DNS_ERROR_RCODE_NAME_ERROR: "DNS name does not exist". */
  noRecord: '0x8007232B',
  /** DNS_INFO_NO_RECORDS: the name exists but has no SRV record. */
  noRecordOfType: '0x8007251D',
  /** DNS_ERROR_RCODE_SERVER_FAILURE: the DNS server failed or did not answer. */
  dnsFailure: '0x8007232A',
  /** No KMS host could be contacted. */
  noHost: '0xC004F074',
} as const;

/** Ends a sentence that may close with a quoted message's own full stop. */
const period = (text: string | null): string => (text && /[.!?]$/.test(text) ? text : `${text}.`);

const names = (list: readonly string[]): string =>
  list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;

/** What a record no client can use says, in a sentence. */
function unusableSentence(srv: SrvResult, domain: string, record: SrvResult['records'][number]): string {
  if (record.unusable === 'no-service') {
    return `A record of ${srv.name} has the target "." — the way DNS says the KMS service is decidedly not available in ${domain} (RFC 2782). A client finds no KMS host in it; if there should be one, replace that record with one that names the host.`;
  }
  return `The record for ${record.target} gives port 0, on which no service can listen: the record is wrong (KMS listens on 1688 unless its host was set otherwise). Correct its port.`;
}

function srvSentence(srv: SrvResult, domain: string, dnsServer: string): { text: string; code: string | null; problem?: boolean } {
  switch (srv.status) {
    case 'found': {
      const more = srv.recordsNotTested > 0 ? ` (${srv.recordsNotTested} more records were not tested)` : '';
      const usable = srv.records.filter((r) => !r.unusable);
      const odd = srv.records.filter((r) => r.unusable).map((r) => unusableSentence(srv, domain, r));
      const n = usable.length;
      const named = n === 0 ? `DNS has a ${srv.name} record, but it names no host a client can use${more}.` : `DNS names ${n === 1 ? 'one KMS host' : `${n} KMS hosts`} for ${domain}: ${names(usable.map((r) => `${r.target}:${r.port}`))}${more}.`;
      return { text: [named, ...odd].join(' '), code: null, problem: odd.length > 0 };
    }
    case 'none':
      return {
        text: `DNS has no ${srv.name} record, so a client that looks for its KMS host in ${domain} finds none.`,
        code: srv.reason === 'nodata' ? CHECK_CODES.noRecordOfType : CHECK_CODES.noRecord,
      };
    case 'timeout':
      return { text: `The DNS server ${dnsServer} did not answer the lookup of ${srv.name}: ${period(srv.error)}`, code: CHECK_CODES.dnsFailure };
    case 'failed':
      return { text: `The DNS server ${dnsServer} could not answer the lookup of ${srv.name}: ${period(srv.error)}`, code: CHECK_CODES.dnsFailure };
  }
}

/** One host:port and the connects to its addresses. */
interface HostGroup {
  label: string;
  rows: TcpResult[];
}

function groups(tcp: readonly TcpResult[]): HostGroup[] {
  const byKey = new Map<string, HostGroup>();
  for (const row of tcp) {
    const label = `${row.host}:${row.port}`;
    const group = byKey.get(label) ?? { label, rows: [] };
    group.rows.push(row);
    byKey.set(label, group);
  }
  return [...byKey.values()];
}

function failureSentence(group: HostGroup, stepSeconds: number): string {
  const statuses = new Set(group.rows.map((r) => r.status));
  const first = group.rows[0]!;
  if (statuses.has('unresolved')) return `${first.host} gives no address, so nothing could be tried: ${period(first.error)}`;
  if (statuses.has('refused')) return `${group.label} refuses the connection: the host is there but nothing listens on port ${first.port} (the Software Protection service stopped, or KMS listens on another port).`;
  if (statuses.has('timeout')) return `${group.label} did not answer within ${stepSeconds} s: a firewall on the way or on the host drops the traffic, or the host is off.`;
  return `${group.label} cannot be reached from this computer: ${period(first.error)}`;
}

/** Judges a check's findings. */
export function judge(f: CheckFindings): Judgement {
  const sentences: string[] = [];
  let code: string | null = null;
  let problem = false;
  if (f.srv && f.domain) {
    const s = srvSentence(f.srv, f.domain, f.dnsServer ?? 'this computer uses');
    sentences.push(s.text);
    code = s.code;
    problem = s.code !== null || s.problem === true;
  }
  const hostGroups = groups(f.tcp);
  const failing = hostGroups.filter((g) => !g.rows.some((r) => r.status === 'open'));
  for (const g of failing) sentences.push(failureSentence(g, f.stepSeconds));
  if (failing.length > 0) {
    problem = true;
    if (failing.length === hostGroups.length) code ??= CHECK_CODES.noHost;
    else sentences.push(`The other ${hostGroups.length - failing.length === 1 ? 'host answers' : 'hosts answer'}: a client tries the next host when one fails, but waits for each that does not answer.`);
  }
  if (hostGroups.length > 0 && failing.length === 0) {
    sentences.push(
      `${hostGroups.length === 1 ? `${hostGroups[0]!.label} accepts` : 'Every host accepts'} a TCP connection. That shows the port is open from here, not that KMS answers: the check sends nothing on it.`,
    );
  }
  if (f.deadlineReached) sentences.push('The whole check\'s time ran out before every step could finish.');
  if (sentences.length === 0) sentences.push('Nothing was checked.');
  return { verdict: sentences.join(' '), code, problem };
}
