// Reads the JSON that `kms-doctor collect`'s script prints, by the names in collect-names.ts.
// Every value is checked for its type: a hand-edited or truncated file gives fewer facts,
// never an exception.

import { cimFacts, int, lowerKeys, text, type CimObject } from './cim-facts.js';
import { COLLECT_KEYS, EVENT_KEYS, SRV_KEYS, TCP_KEYS } from './collect-names.js';
import { splitParams, withParams } from './event-params.js';
import { domainOfSrvName } from './nslookup.js';
import type { EventFact, Facts, SrvRecord, SrvStatus, TcpResult } from './reading.js';
import { boolValue, codeIn } from './values.js';
import { readW32tmStatus } from './w32tm.js';

const lower = (name: string) => name.toLowerCase();
const K = Object.fromEntries(Object.entries(COLLECT_KEYS).map(([k, v]) => [k, lower(v)])) as Record<keyof typeof COLLECT_KEYS, string>;

/** True when a parsed JSON value is one machine's collected output. */
export function isCollected(value: unknown): boolean {
  return lowerKeys(value)[K.marker] !== undefined;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : []);

function srvFacts(raw: unknown): Facts {
  const s = lowerKeys(raw);
  const f: Facts = {};
  const name = text(s, lower(SRV_KEYS.name));
  if (name) {
    f.srvName = name;
    const domain = domainOfSrvName(name);
    if (domain) f.domain = domain;
  }
  const records: SrvRecord[] = list(s[lower(SRV_KEYS.records)]).flatMap((r) => {
    const o = lowerKeys(r);
    const target = text(o, 'nametarget');
    if (!target) return [];
    const record: SrvRecord = { target: target.replace(/\.$/, '') };
    for (const key of ['port', 'priority', 'weight'] as const) {
      const n = int(o, key);
      if (n !== undefined) record[key] = n;
    }
    return [record];
  });
  if (records.length > 0) f.srvRecords = records;
  const status = text(s, lower(SRV_KEYS.status));
  if (records.length > 0) f.srvStatus = 'found';
  else if (status && ['found', 'none', 'failed', 'timeout'].includes(status)) f.srvStatus = status === 'found' ? 'none' : (status as SrvStatus);
  return f;
}

// SocketError names the script records (locale-independent enum names).
const UNRESOLVED = /HostNotFound|NoData|TryAgain|NoSuchHost/i;

function tcpFacts(raw: unknown): TcpResult | undefined {
  const t = lowerKeys(raw);
  const host = text(t, lower(TCP_KEYS.host));
  if (!host) return undefined;
  const tcp: TcpResult = { host };
  const port = int(t, lower(TCP_KEYS.port));
  if (port !== undefined) tcp.port = port;
  const succeeded = boolValue(text(t, lower(TCP_KEYS.succeeded)));
  const error = text(t, lower(TCP_KEYS.error));
  if (error && UNRESOLVED.test(error)) tcp.nameResolved = false;
  else if (succeeded !== undefined) tcp.succeeded = succeeded;
  return tcp;
}

function eventFacts(raw: unknown): EventFact[] {
  return list(raw).flatMap((e) => {
    const o: CimObject = lowerKeys(e);
    const id = int(o, lower(EVENT_KEYS.id));
    if (id === undefined) return [];
    const info = text(o, lower(EVENT_KEYS.info));
    const time = text(o, lower(EVENT_KEYS.time));
    return [withParams({ id, params: info ? splitParams(info) : [], ...(time ? { time } : {}) })];
  });
}

/** The facts of one machine's collected JSON. */
export function collectedFacts(value: unknown): Facts {
  const c = lowerKeys(value);
  const facts: Facts = {
    ...readW32tmStatus(list(c[K.w32tm]).filter((l): l is string => typeof l === 'string')).facts,
    ...srvFacts(c[K.srv]),
    ...cimFacts(lowerKeys(c[K.product]), lowerKeys(c[K.service])),
  };
  const lookup = text(c, K.lookupDomain);
  if (lookup) facts.domain = lookup.toLowerCase();
  const tcp = tcpFacts(c[K.tcp]);
  if (tcp) facts.tcp = tcp;
  const events = eventFacts(c[K.events]);
  if (events.length > 0) facts.events = events;
  const set = (key: 'computerName' | 'machineDomain' | 'utcTime', v: string | undefined) => { if (v) facts[key] = v; };
  set('computerName', text(c, K.computerName));
  set('machineDomain', text(c, K.domain));
  set('utcTime', text(c, K.utcTime));
  const side = text(c, K.side);
  if (side === 'client' || side === 'host') facts.side = side;
  return facts;
}

/**
 * The code a machine's facts show: its notification reason, else its newest failed request.
 * A KMS host's 12290 events hold its clients' results, not its own: only its reason counts.
 */
export function collectedCode(facts: Facts): string | undefined {
  if (facts.notificationReason || facts.side === 'host') return facts.notificationReason;
  const failed = facts.events?.find((e) => e.result && e.result !== '0x00000000');
  return failed?.result ? codeIn(failed.result) : undefined;
}
