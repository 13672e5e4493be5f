// `kms-doctor check` without --json: a short table a technician reads at a glance, which says
// first where it looked from (this computer and its DNS server, maybe not the failing client).

import { escapedUnsafe } from '../text/visible.js';
import { wrap } from '../text/wrap.js';
import type { CheckReport, SrvResult, TcpResult } from './report.js';

/** Names from DNS are printed with control, bidi and invisible characters escaped: a DNS answer must not drive or reorder the terminal. */
export const printable = escapedUnsafe;

function table(rows: string[][], indent = '  '): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

function srvLines(srv: SrvResult): string[] {
  const name = printable(srv.name);
  if (srv.status !== 'found') return [`DNS  ${name}: ${srv.status}, ${srv.error}`];
  const head = [`DNS  ${name}: found, ${srv.records.length === 1 ? '1 record' : `${srv.records.length} records`}`];
  const rows = srv.records.map((r) => [
    String(r.priority), String(r.weight), String(r.port), printable(r.target) || '.',
    r.unusable === 'no-service' ? 'none: "." means no KMS service in this domain'
      : `${r.addresses.length > 0 ? r.addresses.join(', ') : `no address: ${r.addressError}`}${r.unusable === 'port-zero' ? ' (port 0: not tried)' : ''}`,
  ]);
  const more = srv.recordsNotTested > 0 ? [`  … and ${srv.recordsNotTested} more records, not tested`] : [];
  return [...head, ...table([['priority', 'weight', 'port', 'target', 'addresses'], ...rows]), ...more];
}

const tcpRow = (row: TcpResult): string[] => [
  printable(`${row.host}:${row.port}`),
  row.address ?? '-',
  row.status,
  row.ms === null ? '' : `${row.ms} ms`,
];

/** The readable report of a check, `width` columns wide for the prose. */
export function reportText(report: CheckReport, width: number): string {
  const from = `Checked from ${printable(report.from.computer)}, asking DNS server ${report.dnsServer ?? '(none configured)'}. A client elsewhere may get other answers.`;
  const out = [wrap(from, width), ''];
  if (report.srv) out.push(...srvLines(report.srv), '');
  if (report.host) {
    const h = report.host;
    const addresses = h.addresses.length > 0 ? h.addresses.join(', ') : `no address: ${h.error}`;
    out.push(`Host ${printable(h.host)}:${h.port}: ${addresses}`, '');
  }
  if (report.tcp.length > 0) {
    out.push('TCP (each connection opened and closed at once; nothing is sent)', ...table(report.tcp.map(tcpRow)), '');
  }
  out.push(wrap(`Verdict: ${printable(report.verdict)}`, width));
  if (report.code) out.push(`Code: ${report.code} (kms-doctor explain ${report.code} says what it means)`);
  return out.join('\n') + '\n';
}
