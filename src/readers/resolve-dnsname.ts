// Reads `Resolve-DnsName -Type SRV _vlmcs._tcp.<domain>` in its table form, its list form
// (| Format-List), its errors, and the zone's SOA it prints alone when no such record exists. Property names and the FullyQualifiedErrorId of an error
// (DNS_ERROR_RCODE_NAME_ERROR …) are the same in every language.

import type { Facts, SrvRecord, SrvStatus } from './reading.js';
import { domainOfSrvName, srvNameOfCommand, type DnsReading } from './nslookup.js';
import { psList, psTable, type PsObject } from './ps-output.js';
import { intValue, isAddress } from './values.js';

const ERRORS: readonly [RegExp, SrvStatus][] = [
  [/DNS_ERROR_RCODE_NAME_ERROR|DNS_INFO_NO_RECORDS|DNS name does not exist|No records/i, 'none'],
  [/ERROR_TIMEOUT|timeout period expired/i, 'timeout'],
  [/DNS_ERROR_RCODE_(?:SERVER_FAILURE|REFUSED)|DNS server failure|refused/i, 'failed'],
];

function recordOf(o: PsObject): SrvRecord | undefined {
  const type = (o.type ?? o.querytype ?? '').toUpperCase();
  const target = o.nametarget;
  if ((type !== 'SRV' && type !== '') || !target) return undefined;
  const record: SrvRecord = { target: target.replace(/\.$/, '') };
  const port = intValue(o.port);
  const priority = intValue(o.priority);
  const weight = intValue(o.weight);
  if (port !== undefined) record.port = port;
  if (priority !== undefined) record.priority = priority;
  if (weight !== undefined) record.weight = weight;
  return record;
}

/** A zone's SOA record given in the authority section: the answer to a question for a record that does not exist. */
const isAuthoritySoa = (o: PsObject): boolean =>
  (o.type ?? o.querytype ?? '').toUpperCase() === 'SOA' && /^authority$/i.test(o.section ?? '') && (o.primaryserver !== undefined || o.nameadministrator !== undefined);

/** Reads Resolve-DnsName output. */
export function readResolveDnsName(lines: readonly string[], command?: string): DnsReading {
  const facts: Facts = {};
  let score = command && /resolve-dnsname/i.test(command) ? 2 : 0;
  const objects = [...psTable(lines, 'NameTarget'), ...psTable(lines, 'PrimaryServer'), ...psList(lines)];
  const records: SrvRecord[] = [];
  const addresses = new Map<string, string[]>();
  let srvName = srvNameOfCommand(command);
  let authorityOnly = false;
  for (const o of objects) {
    const record = recordOf(o);
    if (record) {
      records.push(record);
      srvName ??= o.name;
      score += 3;
      continue;
    }
    if (isAuthoritySoa(o)) {
      authorityOnly = true;
      score += 2;
      continue;
    }
    const address = o.ip4address ?? o.ip6address ?? o.ipaddress;
    if (o.name && address && isAddress(address)) {
      const list = addresses.get(o.name.toLowerCase()) ?? [];
      list.push(address);
      addresses.set(o.name.toLowerCase(), list);
      score += 1;
    }
  }
  let status: SrvStatus | undefined;
  for (const line of lines) {
    if (!/Resolve-?DnsName|DNS_|ERROR_TIMEOUT|FullyQualifiedErrorId|DNS name does not exist|timeout period/i.test(line)) continue;
    score += 1;
    for (const [re, s] of ERRORS) if (re.test(line)) { status ??= s; break; }
    srvName ??= /(_vlmcs\._tcp[A-Za-z0-9_.-]*)/i.exec(line)?.[1]?.replace(/[.:]$/, '');
  }
  const found = records.map((r) => {
    const a = addresses.get(r.target.toLowerCase());
    return a ? { ...r, addresses: a } : r;
  });
  if (srvName) facts.srvName = srvName;
  const domain = domainOfSrvName(srvName);
  if (domain) facts.domain = domain;
  if (found.length > 0) facts.srvRecords = found;
  // The zone's SOA in the authority section and nothing else: the name has no such record.
  const asked = command === undefined || /\bSRV\b|_vlmcs/i.test(command);
  const srvStatus = found.length > 0 ? 'found' : status ?? (authorityOnly && asked ? 'none' : undefined);
  if (srvStatus) facts.srvStatus = srvStatus;
  return { facts, score };
}
