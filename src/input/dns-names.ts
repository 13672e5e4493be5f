// Validators for the DNS values of the SRV record flows: zones, the record's target host, the
// DNS server, the KMS host's address and the TTL. What passes here is pasted into cmd,
// PowerShell, zone files and shell one-liners, so only letters, digits, hyphens, dots (and
// the characters of an IP address) get through. A refusal names every character that is
// wrong, because a technician who pasted "corp.contoso.com; del *" should see all of it.

import { isIP } from 'node:net';
import { fail, ok, validateDnsName, zoneRefusal, type DnsNameWording, type Validation } from './validate.js';
import { composeWithQuote, describeBadCharacters, quote, refuseCharacters } from './bad-characters.js';
import { lower } from './dns-form.js';
import { firstFitting } from './message-fit.js';

export { describeBadCharacters };

const STRICT_WORDING: DnsNameWording = {
  badCharacters: (what, bad) => `${what} may contain only letters, digits, hyphens and dots, but this contains ${bad}.`,
  address: (quoted, what) => `${quoted} is an IP address, but ${lower(what)} must be a name (corp.contoso.com).`,
};

/**
 * An RFC 1123 DNS name (dot-separated labels of letters, digits and inner hyphens), lower-cased,
 * without the trailing dot, non-ASCII labels in punycode. `what` names the value in messages
 * ("The zone"); typing the "_vlmcs._tcp." part too is refused with a word on why.
 */
export function validateDnsNameStrict(raw: string, what: string): Validation<string> {
  const text = raw.trim().toLowerCase();
  if (/^_vlmcs\._tcp\./.test(text)) {
    return fail(composeWithQuote(text.slice('_vlmcs._tcp.'.length), (q) => `Type ${lower(what)} only (${q}), without "_vlmcs._tcp.": kms-doctor adds that part itself.`));
  }
  return validateDnsName(raw, what, STRICT_WORDING);
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
    return fail('An SRV record must point at a host name, not an IP address (SRV targets cannot be addresses).');
  }
  const withPort = portSuffix.exec(text);
  if (withPort) return fail(composeWithQuote(`:${withPort[2]}`, (q) => `Type the name only, without ${q}: the port is asked separately.`));
  const name = validateDnsNameStrict(text, 'The KMS host name');
  if (!name.ok) return name;
  if (!name.value.includes('.')) {
    const example = name.value.length <= 16 ? `${name.value}.corp.contoso.com` : 'kms01.corp.contoso.com';
    return fail(composeWithQuote(name.value, (q) => `${q} is a short name. Type the full name with its domain (e.g. ${example}).`));
  }
  return name;
}

/** An IPv6 address with the zone ipconfig /all shows after it: `fe80::1%12`. */
const IPCONFIG_ZONE = /^([0-9a-f:.]+)%([a-z0-9_.-]{1,32})$/i;

/**
 * A DNS server as ipconfig /all lists it: an IPv4 or IPv6 address, or a server name. No port.
 * The zone of a link-local address is left out (it names an interface of the machine that
 * printed it, and "%" must not reach cmd), with a note.
 */
export function validateDnsServer(raw: string): Validation<string> {
  const text = raw.trim();
  if (text === '') return fail('The DNS server cannot be empty: type the first address of the "DNS Servers" line of ipconfig /all.');
  const zoned = IPCONFIG_ZONE.exec(text);
  if (zoned && isIP(zoned[1]!) === 6) return ok(zoned[1]!.toLowerCase(), `Left out the zone ${quote(`%${zoned[2]}`)}: the command takes the address alone.`);
  const zone = zoneRefusal(text);
  if (zone) return zone;
  if (isIP(text)) return ok(text.toLowerCase());
  if (portSuffix.test(text)) return fail('Type the DNS server\'s address only, without a port (DNS always uses port 53).');
  return validateDnsNameStrict(text, 'The DNS server name');
}

/** An IPv4 or IPv6 address, for configuration that takes addresses only (BIND's allow-update). No zone. */
export function validateIpAddress(raw: string, what: string): Validation<string> {
  const text = raw.trim();
  if (text === '') return fail(`${what} cannot be empty.`);
  const zone = zoneRefusal(text);
  if (zone) return zone;
  if (isIP(text)) return ok(text.toLowerCase());
  if (validateDnsNameStrict(text, what).ok) {
    return fail(composeWithQuote(text, (q) => `${q} is a name, but ${lower(what)} must be an IP address such as 10.0.0.21.`));
  }
  const bad = refuseCharacters(text, /[0-9a-fA-F.:]/, (names) => `${what} must be an IP address such as 10.0.0.21, but this contains ${names}.`);
  if (bad) return fail(bad);
  return fail(composeWithQuote(text, (q) => `${q} is not a valid IPv4 or IPv6 address (such as 10.0.0.21).`));
}

/** The TTLs we accept, in seconds: one minute to one week (longer ones are cut down by resolvers anyway). */
export const TTL_MIN = 60;
export const TTL_MAX = 604800;

/** A record's time to live, in whole seconds. */
export function validateTtl(raw: string): Validation<number> {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) {
    return fail(composeWithQuote(text, (q) => firstFitting(
      `Type the TTL as a number of seconds (3600 is one hour, 86400 one day); ${q} is not a number of seconds.`,
      `Type the TTL in seconds (3600 is one hour, 86400 one day); ${q} is not a number.`,
    )));
  }
  const n = Number(text);
  if (n < TTL_MIN || n > TTL_MAX) {
    return fail(`The TTL must be from ${TTL_MIN} seconds (one minute) to ${TTL_MAX} (one week); ${n} is out of that range.`);
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
