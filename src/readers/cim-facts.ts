// Facts from the licensing CIM classes, whichever way they arrive: collect's JSON, or the
// Format-List output of the PowerShell twins of slmgr (Get-CimInstance SoftwareLicensing…).
// Property names are the classes' own; keys are compared in lower case.

import { LICENSE_STATUSES, sideOf, type Facts, type HostPort } from './reading.js';
import { channelOf, channelToken, statusOf } from './slmgr-words.js';
import { stripControls } from './text-lines.js';
import { applicationOf, boolValue, guidValue, hexValue, intValue, isPartialKey } from './values.js';

/** A CIM object with its property names in lower case. */
export type CimObject = Readonly<Record<string, unknown>>;

/** Property names in lower case, so JSON (PascalCase) and Format-List read alike. */
export function lowerKeys(value: unknown): CimObject {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
}

/** A property as text (numbers and booleans as PowerShell prints them), without control characters; undefined when empty. */
export function text(o: CimObject, key: string): string | undefined {
  const v = o[key];
  if (typeof v === 'string') {
    const clean = stripControls(v).trim();
    return clean === '' ? undefined : clean;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return undefined;
}

/** A property as a whole number. */
export const int = (o: CimObject, key: string): number | undefined => intValue(text(o, key));

// uint32 -1 as CIM gives it on a machine that is not a KMS host (field-notes §4).
const NOT_SET = new Set([-1, 4294967295]);

function host(o: CimObject, nameKey: string, portKey: string): HostPort | undefined {
  const name = text(o, nameKey);
  if (!name) return undefined;
  const port = int(o, portKey);
  return port !== undefined && port > 0 && port <= 65535 ? { host: name, port } : { host: name };
}

/** Facts of a SoftwareLicensingProduct instance. */
export function productFacts(p: CimObject): Facts {
  const f: Facts = {};
  const set = <K extends keyof Facts>(key: K, value: Facts[K] | undefined) => { if (value !== undefined) f[key] = value; };
  set('productName', text(p, 'name'));
  set('description', text(p, 'description'));
  const keyChannel = text(p, 'productkeychannel');
  const token = keyChannel ?? (f.description ? channelToken(f.description) : undefined);
  if (token) { f.channelText = token; set('channel', channelOf(token)); }
  // The twins print slmgr's words ("Licensed", "Notification" …); collect keeps the number.
  const statusText = text(p, 'licensestatus');
  const number = intValue(statusText);
  const status = number !== undefined ? LICENSE_STATUSES[number] : statusText === undefined ? undefined : statusOf(statusText);
  if (status) {
    f.licenseStatus = status;
    if (number === undefined) f.licenseStatusText = statusText;
  }
  const reasonText = text(p, 'licensestatusreason') ?? text(p, 'notificationreason');
  const reason = reasonText === undefined ? undefined : hexValue(reasonText) ?? hexOfNumber(reasonText);
  // Only a failure (the top bit set) is a reason to report; informational values such as
  // 0x4004F401 accompany a licensed machine.
  if (reason && Number.parseInt(reason.slice(2), 16) >= 0x8000_0000) f.notificationReason = reason;
  const key = text(p, 'partialproductkey');
  if (key && isPartialKey(key)) f.partialKey = key;
  set('graceMinutes', int(p, 'graceperiodremaining'));
  // The /xpr twin's own column: the end date, or slmgr's sentence for a licence that never ends.
  const expires = text(p, 'expires');
  if (expires && /^The machine is permanently activated\.?$/i.test(expires)) f.permanent = true;
  else if (expires) f.expiry = expires;
  set('kmsHostRegistered', host(p, 'keymanagementservicemachine', 'keymanagementserviceport'));
  set('kmsHostDiscovered', host(p, 'discoveredkeymanagementservicemachinename', 'discoveredkeymanagementservicemachineport'));
  const id = text(p, 'id');
  if (id) set('activationId', guidValue(id));
  const application = text(p, 'applicationid');
  if (application) set('application', applicationOf(application));
  return f;
}

function hexOfNumber(value: string): string | undefined {
  const n = intValue(value);
  return n === undefined ? undefined : `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

/** Facts of the SoftwareLicensingService instance. */
export function serviceFacts(s: CimObject): Facts {
  const f: Facts = {};
  const set = <K extends keyof Facts>(key: K, value: Facts[K] | undefined) => { if (value !== undefined) f[key] = value; };
  set('serviceVersion', text(s, 'version'));
  const cmid = text(s, 'clientmachineid');
  if (cmid) set('cmid', guidValue(cmid));
  set('lookupDomain', text(s, 'keymanagementservicelookupdomain'));
  set('hostCaching', boolValue(text(s, 'keymanagementservicehostcaching')));
  set('kmsHostRegistered', host(s, 'keymanagementservicemachine', 'keymanagementserviceport'));
  set('kmsHostDiscovered', host(s, 'discoveredkeymanagementservicemachinename', 'discoveredkeymanagementservicemachineport'));
  const isHost = int(s, 'iskeymanagementservicemachine');
  if (isHost !== undefined) f.kmsHostEnabled = isHost === 1;
  const count = int(s, 'keymanagementservicecurrentcount');
  if (count !== undefined && !NOT_SET.has(count) && f.kmsHostEnabled !== false) f.currentCount = count;
  const port = int(s, 'keymanagementservicelisteningport');
  if (port !== undefined && port > 0 && f.kmsHostEnabled !== false) f.listeningPort = port;
  if (f.kmsHostEnabled !== false) set('dnsPublishing', boolValue(text(s, 'keymanagementservicednspublishing')));
  set('totalRequests', int(s, 'keymanagementservicetotalrequests'));
  set('failedRequests', int(s, 'keymanagementservicefailedrequests'));
  return f;
}

/** Product facts first, then the service's: a product's own KMS settings win over the service's. */
export function cimFacts(product: CimObject, service: CimObject): Facts {
  const f: Facts = { ...serviceFacts(service), ...productFacts(product) };
  const side = sideOf(f);
  if (side) f.side = side;
  return f;
}
