// Validators for the DNS values of the SRV record flows: zones, the record's target host, the
// DNS server, the KMS host's address and the TTL. What passes here is pasted into cmd,
// PowerShell, zone files and shell one-liners, so only letters, digits, hyphens, dots (and
// the characters of an IP address) get through. A refusal names every character that is
// wrong, because a technician who pasted "corp.contoso.com; del *" should see all of it.

import { isIP } from 'node:net';
import { fail, ok, type Validation } from './validate.js';
import { describeBadCharacters } from './bad-characters.js';

export { describeBadCharacters };

/** "The DNS domain" as it reads inside a sentence: "the DNS domain". */
const lower = (what: string): string => what.charAt(0).toLowerCase() + what.slice(1);

/**
 * An RFC 1123 DNS name (dot-separated labels of letters, digits and inner hyphens), lower-cased,
 * without the trailing dot. `what` names the value in messages ("The zone").
 */
export function validateDnsNameStrict(raw: string, what: string): Validation<string> {
  const text = raw.trim().replace(/\.$/, '').toLowerCase();
  if (text === '') return fail(`${what} cannot be empty.`);
  if (/^_vlmcs\._tcp\./.test(text)) {
    return fail(`Type ${lower(what)} only (${text.slice('_vlmcs._tcp.'.length)}), without "_vlmcs._tcp.": kms-doctor adds that part itself.`);
  }
  const bad = describeBadCharacters(text, /[a-z0-9.-]/);
  if (bad) return fail(`${what} may contain only letters, digits, hyphens and dots, but this contains ${bad}.`);
  if (text.length > 253) return fail(`${what} is at most 253 characters long; this one has ${text.length}.`);
  for (const label of text.split('.')) {
    if (label === '') return fail(`${what} cannot start with a dot or have two dots in a row.`);
    if (label.length > 63) return fail(`Each part of ${lower(what)} between dots is at most 63 characters; "${label.slice(0, 20)}…" is longer.`);
    if (label.startsWith('-') || label.endsWith('-')) return fail(`A part of ${lower(what)} cannot start or end with a hyphen ("${label}").`);
  }
  if (/^[0-9.]+$/.test(text)) return fail(`${text} is an IP address, but ${lower(what)} must be a DNS name such as corp.contoso.com.`);
  return ok(text);
}

/** Splits "name:port" or "[v6]:port" so a message can say the port does not belong here. */
const portSuffix = /^(\[[^\]]*\]|[^:]+):(\d+)$/;

/**
 * The target of an SRV record: the KMS host's full DNS name. SRV records point at names, never
 * at addresses, and a short name would be read relative to the zone, so both are refused.
 */
export function validateSrvTarget(raw: string): Validation<string> {
  const text = raw.trim();
  const hostPart = text.replace(portSuffix, '$1').replace(/^\[(.*)\]$/, '$1');
  if (isIP(text) || isIP(hostPart)) {
    return fail('An SRV record must point at a host name, not an IP address (SRV targets cannot be addresses). Type the KMS host\'s full DNS name, e.g. kms01.corp.contoso.com; nslookup with the address shows its name.');
  }
  const withPort = portSuffix.exec(text);
  if (withPort) return fail(`Type the name only, without ":${withPort[2]}": the port is asked separately.`);
  const name = validateDnsNameStrict(text, 'The KMS host name');
  if (!name.ok) return name;
  if (!name.value.includes('.')) {
    return fail(`"${name.value}" is a short name. Type the full name with its domain (e.g. ${name.value}.corp.contoso.com): the ipconfig /all lines "Host Name" and "Primary Dns Suffix" together give it.`);
  }
  return name;
}

/** A DNS server as ipconfig /all lists it: an IPv4 or IPv6 address, or a server name. No port. */
export function validateDnsServer(raw: string): Validation<string> {
  const text = raw.trim();
  if (text === '') return fail('The DNS server cannot be empty: type the first address of the "DNS Servers" line of ipconfig /all.');
  const bare = text.replace(/%.*$/, ''); // ipconfig shows IPv6 link-local addresses with a %zone suffix
  if (isIP(bare)) return ok(bare.toLowerCase());
  if (portSuffix.test(text)) return fail('Type the DNS server\'s address only, without a port (DNS always uses port 53).');
  return validateDnsNameStrict(text, 'The DNS server name');
}

/** An IPv4 or IPv6 address, for configuration that takes addresses only (BIND's allow-update). */
export function validateIpAddress(raw: string, what: string): Validation<string> {
  const text = raw.trim();
  if (text === '') return fail(`${what} cannot be empty.`);
  if (isIP(text)) return ok(text.toLowerCase());
  if (validateDnsNameStrict(text, what).ok) {
    return fail(`${text} is a name, but ${lower(what)} must be an IP address such as 10.0.0.21: nslookup ${text} shows it.`);
  }
  const bad = describeBadCharacters(text, /[0-9a-fA-F.:]/);
  if (bad) return fail(`${what} must be an IP address such as 10.0.0.21, but this contains ${bad}. nslookup with the host's name shows its address.`);
  return fail(`"${text}" is not a valid IPv4 or IPv6 address (an IPv4 address is four numbers from 0 to 255, such as 10.0.0.21).`);
}

/** The TTLs we accept, in seconds: one minute to one week (longer ones are cut down by resolvers anyway). */
export const TTL_MIN = 60;
export const TTL_MAX = 604800;

/** A record's time to live, in whole seconds. */
export function validateTtl(raw: string): Validation<number> {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) {
    return fail(`Type the TTL as a number of seconds (3600 is one hour, 86400 one day); "${text}" is not a number of seconds.`);
  }
  const n = Number(text);
  if (n < TTL_MIN || n > TTL_MAX) {
    return fail(`The TTL must be from ${TTL_MIN} seconds (one minute) to ${TTL_MAX} (one week); ${n} is out of that range. 3600 is usual.`);
  }
  return ok(n);
}

/** A TTL as PowerShell's -TimeToLive takes it: hh:mm:ss, or d.hh:mm:ss from one day. */
export function ttlTimeSpan(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const days = Math.floor(seconds / 86400);
  const time = `${two(Math.floor((seconds % 86400) / 3600))}:${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  return days > 0 ? `${days}.${time}` : time;
}

/** The DNS domain a host belongs to: its full name without the first label. */
export const domainOfHost = (fqdn: string): string => fqdn.slice(fqdn.indexOf('.') + 1);
