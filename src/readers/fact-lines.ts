// Facts as short lines a person reads ("Channel: VOLUME_KMSCLIENT (a KMS client setup key)"),
// for `kms-doctor parse` without --json. The values are shown as the output printed them.

import { formatDuration } from '../input/clock.js';
import type { Channel, EventFact, Facts, LicenseStatus } from './reading.js';
import { hostText } from './rules/rule.js';

/** What each channel means, in a few words ("a KMS client setup key"). */
export const CHANNEL_NAMES: Record<Channel, string> = {
  'kms-client': 'a KMS client setup key',
  'kms-host': 'a KMS host key',
  mak: 'a MAK',
  retail: 'a retail key',
  oem: 'an OEM key',
  eval: 'an evaluation licence',
};

/** A licence status in slmgr's English words. */
export const STATUS_NAMES: Record<LicenseStatus, string> = {
  unlicensed: 'Unlicensed',
  licensed: 'Licensed',
  'initial-grace': 'Initial grace period',
  'additional-grace': 'Additional grace period',
  'non-genuine-grace': 'Non-genuine grace period',
  notification: 'Notification',
  'extended-grace': 'Extended grace period',
};

const MAX_EVENTS = 6;

function eventLine(e: EventFact): string {
  const bits = [
    e.result && `result ${e.result}`,
    e.kmsHost && `asked ${hostText(e.kmsHost)}`,
    e.clientName && `from ${e.clientName}`,
    e.activated !== undefined && `activated ${e.activated ? 'yes' : 'no'}`,
    e.count !== undefined && `count ${e.count}`,
    e.cmid && `CMID ${e.cmid}`,
    e.domain && `domain ${e.domain}`,
  ].filter(Boolean);
  return `Event ${e.id}${e.clientTime ?? e.time ? ` (${e.clientTime ?? e.time})` : ''}: ${bits.join(', ') || 'no values'}`;
}

/** The facts as "Label: value" lines, in the order a technician checks them. */
export function factLines(f: Facts): string[] {
  const lines: string[] = [];
  const add = (label: string, value: string | number | undefined | false) => {
    if (value !== undefined && value !== false && value !== '') lines.push(`${label}: ${value}`);
  };
  add('Machine', f.computerName && `${f.computerName}${f.machineDomain ? ` (${f.machineDomain})` : ''}`);
  add('Product', f.productName);
  add('Channel', f.channelText && `${f.channelText}${f.channel ? ` (${CHANNEL_NAMES[f.channel]})` : ''}`);
  add('Licence status', f.licenseStatusText ?? (f.licenseStatus && STATUS_NAMES[f.licenseStatus]));
  add('Notification reason', f.notificationReason);
  add('Partial product key', f.partialKey);
  add('Time left in this state', f.graceMinutes !== undefined && f.graceMinutes > 0 && `${f.graceMinutes} minutes (${Math.floor(f.graceMinutes / 1440)} days)`);
  add('Expires', f.expiry);
  add('Activation', f.permanent && 'The machine is permanently activated.');
  add('slmgr /ato', f.activated && 'Product activated successfully.');
  add('Product key', f.productNotFound && 'none installed (Error: product not found.)');
  add('Codes named', f.codes && f.codes.map((c, i) => `${c}${f.errorSymbols?.[i] ? ` (${f.errorSymbols[i]})` : ''}`).join(', then '));
  add('CMID', f.cmid);
  add('KMS host set by hand', f.kmsHostRegistered && hostText(f.kmsHostRegistered));
  add('KMS host from DNS', f.kmsHostDiscovered && hostText(f.kmsHostDiscovered));
  add('Current count', f.currentCount);
  add('Listening on port', f.listeningPort);
  add('DNS publishing', f.dnsPublishing !== undefined && (f.dnsPublishing ? 'enabled' : 'disabled'));
  add('Lookup domain', f.lookupDomain);
  add('SRV lookup', (f.srvName || f.srvStatus) && `${f.srvName ?? '_vlmcs._tcp'}: ${f.srvStatus ?? 'no answer shown'}${f.dnsServer ? ` (server ${f.dnsServer})` : ''}`);
  for (const r of f.srvRecords ?? []) {
    add('SRV record', `${r.target}${r.port !== undefined ? ` port ${r.port}` : ''}${r.priority !== undefined ? `, priority ${r.priority}` : ''}${r.addresses?.length ? ` (${r.addresses.join(', ')})` : ''}`);
  }
  if (f.tcp) {
    const t = f.tcp;
    const result = t.nameResolved === false ? 'the name does not resolve' : t.succeeded === undefined ? 'no result' : t.succeeded ? 'open (TcpTestSucceeded : True)' : 'closed (TcpTestSucceeded : False)';
    add('TCP test', `${t.host ?? t.address ?? '?'}${t.port ? ` port ${t.port}` : ''}: ${result}`);
  }
  add('Time measured against', f.ntpTarget);
  add('Clock offset (w32tm)', f.clockOffsetSeconds !== undefined && `${f.clockOffsetSeconds >= 0 ? '+' : '-'}${formatDuration(f.clockOffsetSeconds)} (the target's clock minus this one's, middle of ${f.clockSamples?.length} samples)`);
  const failed = (f.clockSamples ?? []).filter((s) => s.error);
  add('w32tm errors', failed.length > 0 && `${failed.length} × ${failed[0]!.error}`);
  add('Time source', f.timeSource);
  add('UTC time', f.utcTime);
  const events = f.events ?? [];
  for (const e of events.slice(0, MAX_EVENTS)) lines.push(eventLine(e));
  if (events.length > MAX_EVENTS) lines.push(`… and ${events.length - MAX_EVENTS} more events`);
  return lines;
}
