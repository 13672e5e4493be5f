// Reads `nslookup -type=srv _vlmcs._tcp.<domain>`: the server that answered, each SRV record
// (priority, weight, port, svr hostname, and the addresses given for it), or why there was
// none. The record lines ("port = 1688") and the DNS error names ("Non-existent domain") are
// the same in localised Windows; where a record's labels are not English, its four "= value"
// lines are read in nslookup's fixed order.

import type { Facts, SrvRecord, SrvStatus } from './reading.js';
import { splitEquals, splitLabel } from './text-lines.js';
import { intValue, isAddress } from './values.js';

/** What the nslookup reader made of a chunk. */
export interface DnsReading {
  facts: Facts;
  score: number;
}

const SRV_HEADER = /^(\S+)\s+SRV\b/i;
const FAILURES: readonly [RegExp, SrvStatus][] = [
  [/Non-existent domain|NXDOMAIN|No (?:service location|SRV)[^\n]*records? available/i, 'none'],
  [/timed?[- ]?out|Zeitüberschreitung|délai d'attente/i, 'timeout'],
  [/Server failed|SERVFAIL|Query refused|REFUSED|No response from server/i, 'failed'],
];
const FIELD_ORDER = ['priority', 'weight', 'port', 'target'] as const;
const RECORD_LABEL = /^(?:priority|weight|port|svr hostname)$/;

/** The `_vlmcs._tcp` name looked up, from the command (`nslookup -type=srv NAME [server]`). */
export function srvNameOfCommand(command: string | undefined): string | undefined {
  const m = command && /(?:^|\s)(_vlmcs\._tcp(?:\.[A-Za-z0-9_.-]+)?)/i.exec(command);
  return m ? m[1]!.replace(/\.$/, '') : undefined;
}

/** The DNS domain of `_vlmcs._tcp.<domain>`; undefined when the name has none. */
export function domainOfSrvName(name: string | undefined): string | undefined {
  const m = name && /^_vlmcs\._tcp\.(.+?)\.?$/i.exec(name);
  return m ? m[1]!.toLowerCase() : undefined;
}

class RecordBuilder {
  readonly records: SrvRecord[] = [];
  private current?: SrvRecord;
  private filled = 0;

  /** A record has been started and not yet closed. */
  get open(): boolean {
    return this.current !== undefined;
  }

  start(): void {
    this.current = {} as SrvRecord;
    this.filled = 0;
  }

  set(label: string, value: string): boolean {
    if (!this.current) return false;
    const field = /priority|priorit/.test(label) ? 'priority' : /weight|gewicht|poids/.test(label) ? 'weight'
      : /hostname|target|host/.test(label) ? 'target' : /^port/.test(label) ? 'port' : FIELD_ORDER[this.filled];
    if (!field) return false;
    if (field === 'target') this.current.target = value.replace(/\.$/, '');
    else {
      const n = intValue(value);
      if (n === undefined) return false;
      this.current[field] = n;
    }
    this.filled += 1;
    if (field === 'target') this.close();
    return true;
  }

  close(): void {
    if (this.current?.target) this.records.push(this.current);
    this.current = undefined;
  }
}

/** Reads nslookup output. */
export function readNslookup(lines: readonly string[], command?: string): DnsReading {
  const facts: Facts = {};
  let score = 0;
  const records = new RecordBuilder();
  const addresses = new Map<string, string[]>();
  let status: SrvStatus | undefined;
  // An authority (SOA) section without any SRV record: the zone exists, the record does not.
  let soaOnly = false;
  let srvName = srvNameOfCommand(command);
  if (srvName) score += 1;

  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const header = SRV_HEADER.exec(line);
    if (header) {
      records.close();
      records.start();
      srvName ??= header[1]!.replace(/\.$/, '');
      score += 2;
      continue;
    }
    const address = /^(\S+)\s+(?:internet address|AAAA IPv6 address)\s*=\s*(\S+)$/i.exec(line);
    if (address) {
      const list = addresses.get(address[1]!.toLowerCase()) ?? [];
      list.push(address[2]!);
      addresses.set(address[1]!.toLowerCase(), list);
      score += 1;
      continue;
    }
    if (/primary name server|responsible mail addr/i.test(line)) { soaOnly = true; score += 1; continue; }
    const pair = splitEquals(line);
    // Microsoft's own examples print a record's four lines without the "SRV service location:"
    // line above them, and not always indented: nslookup's English labels start a record.
    if (pair && !records.open && RECORD_LABEL.test(pair.label)) records.start();
    if (pair && (/^\s/.test(raw) || RECORD_LABEL.test(pair.label)) && records.set(pair.label, pair.value)) { score += 1; continue; }
    const labelled = splitLabel(raw);
    if (labelled && /^(server|serveur)$/.test(labelled.label) && facts.dnsServer === undefined) {
      facts.dnsServer = labelled.value;
      score += 1;
      continue;
    }
    if (labelled && /^(address|addresses|adresse)$/.test(labelled.label)) { score += 1; continue; }
    if (/^\*\*\*|request|can't find|kann .* nicht finden/i.test(line)) {
      for (const [re, s] of FAILURES) if (re.test(line)) { status ??= s; score += 2; break; }
      srvName ??= /(_vlmcs\._tcp[A-Za-z0-9_.-]*)/i.exec(line)?.[1]?.replace(/[.:]$/, '');
    }
  }
  records.close();

  const found = records.records.map((r) => {
    const a = addresses.get(r.target.toLowerCase());
    return a ? { ...r, addresses: a.filter(isAddress) } : r;
  });
  if (srvName) facts.srvName = srvName;
  const domain = domainOfSrvName(srvName);
  if (domain) facts.domain = domain;
  if (found.length > 0) facts.srvRecords = found;
  // An SOA alone answers an SRV question only when the lookup was one: `nslookup -type=soa`
  // prints the same lines as its answer.
  const askedSrv = command ? /type=(?:srv|all)\b|_vlmcs/i.test(command) : srvName !== undefined || lines.some((l) => /_vlmcs/i.test(l));
  facts.srvStatus = found.length > 0 ? 'found' : status ?? (soaOnly && askedSrv ? 'none' : undefined);
  if (facts.srvStatus === undefined) delete facts.srvStatus;
  return { facts, score };
}
