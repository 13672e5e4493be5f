// Validators for the values a technician types. Nothing typed reaches a command unless it
// passed one of these, so each accepts only characters that are safe on a command line,
// and each refusal says exactly what is wrong.

import { isIPv4, isIPv6 } from 'node:net';
import { describeBadCharacters } from './bad-characters.js';

/** The outcome of validating one typed value. */
export type Validation<T> =
  | { ok: true; value: T }
  | { ok: false; message: string };

/** An accepted value. */
export const ok = <T>(value: T): Validation<T> => ({ ok: true, value });
/** A refusal, with what is wrong. */
export const fail = <T>(message: string): Validation<T> => ({ ok: false, message });

/** An RFC 1123 DNS name: dot-separated labels of letters, digits and inner hyphens. */
export function validateDnsName(raw: string, what = 'A DNS name'): Validation<string> {
  const text = raw.trim().replace(/\.$/, '').toLowerCase();
  if (text === '') return fail(`${what} cannot be empty.`);
  const bad = describeBadCharacters(text, /[a-z0-9.-]/);
  if (bad) return fail(`${what} has only letters, digits, hyphens and dots; this one contains ${bad}.`);
  if (text.length > 253) return fail(`${what} is at most 253 characters long; this one has ${text.length}.`);
  for (const label of text.split('.')) {
    if (label === '') return fail(`${what} cannot have two dots in a row or start with a dot.`);
    if (label.length > 63) return fail(`Each part of ${what.toLowerCase()} is at most 63 characters; "${label.slice(0, 20)}…" is longer.`);
    if (label.startsWith('-') || label.endsWith('-')) return fail(`A part of ${what.toLowerCase()} cannot start or end with a hyphen ("${label}").`);
  }
  if (/^[0-9.]+$/.test(text)) return fail(`${text} looks like an IP address, not a DNS name.`);
  return ok(text);
}

/** A whole number within [min, max]; `what` names it in messages ("The port"). */
export function validateInteger(raw: string, min: number, max: number, what: string): Validation<number> {
  const text = raw.trim();
  if (!/^-?\d+$/.test(text)) return fail(`${what} must be a whole number from ${min} to ${max}; "${text}" is not.`);
  const n = Number(text);
  if (n < min || n > max) return fail(`${what} must be from ${min} to ${max}; ${n} is out of range.`);
  return ok(n);
}

/** A KMS host as typed: name or address, with an optional port. */
export interface HostAnswer {
  host: string;
  port?: number;
}

/** A host name (RFC 1123), an IPv4 or IPv6 address; optionally `:port` (`[v6]:port`). */
export function validateHost(raw: string): Validation<HostAnswer> {
  const text = raw.trim();
  if (text === '') return fail('The KMS host cannot be empty: type its name (kms01.corp.contoso.com) or address.');
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    if (!isIPv6(bracketed[1]!)) return fail(`"${bracketed[1]}" inside brackets is not an IPv6 address.`);
    return withPort(bracketed[1]!.toLowerCase(), bracketed[2]);
  }
  if (isIPv6(text)) return ok({ host: text.toLowerCase() });
  const colon = text.lastIndexOf(':');
  const [hostPart, portPart] = colon >= 0 ? [text.slice(0, colon), text.slice(colon + 1)] : [text, undefined];
  if (isIPv4(hostPart)) return withPort(hostPart, portPart);
  const name = validateDnsName(hostPart, 'A host name');
  if (!name.ok) return name;
  return withPort(name.value, portPart);
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
