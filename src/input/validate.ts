// Validators for the values a technician types. Nothing typed reaches a command unless it
// passed one of these, so each accepts only characters that are safe on a command line,
// and each refusal says exactly what is wrong, in at most two lines.

import { isIPv4, isIPv6 } from 'node:net';
import { composeWithQuote, quote, refuseCharacters } from './bad-characters.js';
import { NAME_INPUT, dnsForm, lower } from './dns-form.js';
import { fail, ok, type Validation } from './validation.js';

export { fail, ok, type Validation } from './validation.js';

/** How a DNS-name refusal is worded where fields put it differently. */
export interface DnsNameWording {
  badCharacters(what: string, bad: string): string;
  address(quoted: string, what: string): string;
}

const PLAIN_WORDING: DnsNameWording = {
  badCharacters: (what, bad) => `${what} has only letters, digits, hyphens and dots; this one contains ${bad}.`,
  address: (quoted) => `${quoted} looks like an IP address, not a DNS name.`,
};

/**
 * An RFC 1123 DNS name: dot-separated labels of letters, digits and inner hyphens, lower-cased,
 * without the trailing dot, non-ASCII labels in punycode. `what` names it in messages ("The zone").
 */
export function validateDnsName(raw: string, what = 'A DNS name', wording = PLAIN_WORDING): Validation<string> {
  const text = raw.trim().replace(/\.$/, '').toLowerCase();
  if (text === '') return fail(`${what} cannot be empty.`);
  const bad = refuseCharacters(text, NAME_INPUT, (names) => wording.badCharacters(what, names));
  if (bad) return fail(bad);
  const dns = dnsForm(text, what);
  if (!dns.ok) return dns;
  const name = dns.value;
  if (name.length > 253) return fail(`${what} is at most 253 characters long; this one has ${name.length}.`);
  for (const label of name.split('.')) {
    if (label === '') return fail(`${what} cannot have two dots in a row or start with a dot.`);
    if (label.length > 63) return fail(composeWithQuote(label, (q) => `Each part of ${lower(what)} between dots is at most 63 characters; ${q} is longer.`));
    if (label.startsWith('-') || label.endsWith('-')) return fail(composeWithQuote(label, (q) => `A part of ${lower(what)} cannot start or end with a hyphen (${q}).`));
  }
  if (/^[0-9.]+$/.test(name)) return fail(composeWithQuote(name, (q) => wording.address(q, what)));
  return dns;
}

/** A whole number within [min, max]; `what` names it in messages ("The port"). */
export function validateInteger(raw: string, min: number, max: number, what: string): Validation<number> {
  const text = raw.trim();
  if (!/^-?\d+$/.test(text)) return fail(composeWithQuote(text, (q) => `${what} must be a whole number from ${min} to ${max}; ${q} is not.`));
  const n = Number(text);
  if (n < min || n > max) return fail(`${what} must be from ${min} to ${max}; ${text.length > 12 ? quote(text, 12) : n} is out of range.`);
  return ok(n);
}

/** A KMS host as typed: name or address, with an optional port. */
export interface HostAnswer {
  host: string;
  port?: number;
}

/**
 * The refusal of an IPv6 address with a zone (`fe80::1%eth0`, `[fe80::1%25]:1688`): "%" reaches
 * cmd, which expands `%name%` and, in a .cmd file, `%2`; and the zone names an interface of
 * this computer, which means nothing on the client the command runs on.
 */
export function zoneRefusal(text: string): Validation<never> | undefined {
  const zoned = /^\[?([0-9a-f:.]+)%[^\]]*\]?(?::\d+)?$/i.exec(text);
  if (!zoned || !isIPv6(zoned[1]!)) return undefined;
  return fail(composeWithQuote(zoned[1]!.toLowerCase(), (q) => `Leave the zone out of the address (the part from "%"): type ${q}.`));
}

/** A host name (RFC 1123), an IPv4 or IPv6 address; optionally `:port` (`[v6]:port`). No IPv6 zone. */
export function validateHost(raw: string): Validation<HostAnswer> {
  const text = raw.trim();
  if (text === '') return fail('The KMS host cannot be empty: type its name (kms01.corp.contoso.com) or address.');
  const zone = zoneRefusal(text);
  if (zone) return zone;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    const inside = bracketed[1]!;
    if (inside.includes('%') || !isIPv6(inside)) return fail(composeWithQuote(inside, (q) => `${q} inside brackets is not an IPv6 address.`));
    return withPort(inside.toLowerCase(), bracketed[2]);
  }
  if (isIPv6(text) && !text.includes('%')) return ok({ host: text.toLowerCase() });
  const colon = text.lastIndexOf(':');
  const [hostPart, portPart] = colon >= 0 ? [text.slice(0, colon), text.slice(colon + 1)] : [text, undefined];
  if (isIPv4(hostPart)) return withPort(hostPart, portPart);
  const name = validateDnsName(hostPart, 'A host name');
  if (!name.ok) return name;
  const host = withPort(name.value, portPart);
  return host.ok ? ok(host.value, name.note) : host;
}

function withPort(host: string, portText: string | undefined): Validation<HostAnswer> {
  if (portText === undefined) return ok({ host });
  const port = validateInteger(portText, 1, 65535, 'The port after the colon');
  return port.ok ? ok({ host, port: port.value }) : port;
}

/** How slmgr /skms wants a host and port: IPv6 addresses go in brackets. */
export function hostPort(host: string, port: number): string {
  return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
