// Values that look the same in every language: GUIDs, codes, numbers, host names with ports,
// partial product keys. Readers find these by their shape when a label is not English.

import { findCodes } from '../codes/normalize.js';
import type { Application, HostPort } from './reading.js';

/** The ApplicationID of Windows itself in SoftwareLicensingProduct (not a CMID). */
export const WINDOWS_APPLICATION_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';

/** Office's application IDs begin "0ff1ce" (Office 2013 and later: 0ff1ce15-a989-479d-af46-f275c6370663). */
export const isOfficeApplicationId = (guid: string): boolean => /^0ff1ce/i.test(guid.trim());

/** Whose licence an Application ID names; undefined for a value that is no GUID. */
export function applicationOf(value: string): Application | undefined {
  const guid = guidValue(value);
  if (!guid) return undefined;
  return guid === WINDOWS_APPLICATION_ID ? 'windows' : isOfficeApplicationId(guid) ? 'office' : 'other';
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const GUID_ALONE = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?\.?$/i;

/** Every GUID in a text, lower case, in order. */
export const guidsIn = (text: string): string[] => [...text.matchAll(GUID)].map((m) => m[0].toLowerCase());

/** The GUID a value consists of, lower case; undefined when it is anything else. */
export function guidValue(value: string): string | undefined {
  return GUID_ALONE.exec(value.trim())?.[1]?.toLowerCase();
}

/** A whole number written alone (an optional sign, digits); undefined otherwise. */
export function intValue(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^[+-]?\d{1,15}$/.exec(value.trim());
  return m ? Number(m[0]) : undefined;
}

/** The first whole number in a value ("243720 minute(s) (169 day(s))" gives 243720). */
export function leadingInt(value: string): number | undefined {
  const m = /^\s*(\d{1,15})(?!\d)/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** The first error code in a text, canonical; a code standing after "Error" comes first. */
export function codeIn(text: string): string | undefined {
  const found = findCodes(text.length > 2000 ? text.slice(0, 2000) : text);
  return (found.find((f) => f.labelled) ?? found.find((f) => f.form === 'hex') ?? found[0])?.code;
}

/** The error code standing after an "Error" label at the start of a line ("Error: 0xC004F074 …"). */
export function labelledCodeIn(line: string): string | undefined {
  // Windows puts the code right after its label; looking further only costs time on huge lines.
  const head = line.slice(0, 256);
  return /0x|\d{7}/.test(head) ? findCodes(head).find((f) => f.labelled)?.code : undefined;
}

/** A 0x-code or 0x00000000 written alone as a value ("0xC004F00F." as slmgr prints it). */
export function hexValue(value: string): string | undefined {
  const m = /^(0x[0-9a-f]{8})\.?$/i.exec(value.trim());
  return m ? `0x${m[1]!.slice(2).toUpperCase()}` : undefined;
}

// Characters a host name, an address or a redacted placeholder ("<KMS Host FQDN>") may hold.
const HOST_TEXT = /^[^\s,;]+(?: [^\s,;:]+){0,4}$/;

/**
 * A host as output writes it: `name`, `name:port`, `[v6]:port` or `v4:port`. Placeholders
 * ("<KMS Host FQDN>:1688") are kept as printed; the answer rules validate before using them.
 */
export function hostPortValue(value: string): HostPort | undefined {
  const text = value.trim().replace(/\.$/, '');
  if (text === '' || text.length > 300) return undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed) return withPort(bracketed[1]!, bracketed[2]);
  // An IPv6 address without brackets has several colons: no port to split off.
  if ((text.match(/:/g) ?? []).length > 1) return HOST_TEXT.test(text) ? { host: text } : undefined;
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(text)!;
  if (!HOST_TEXT.test(m[1]!)) return undefined;
  return withPort(m[1]!, m[2]);
}

function withPort(host: string, port: string | undefined): HostPort {
  const n = port === undefined ? undefined : Number(port);
  return n !== undefined && n >= 1 && n <= 65535 ? { host, port: n } : { host };
}

/** A DNS name or an address with a port, strictly ("kms01.corp.contoso.com:1688"). */
export const isNameWithPort = (value: string): boolean => /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,252}:\d{1,5}$/.test(value.trim());

/** A plain DNS name (letters, digits, hyphens, underscores and dots). */
export const isDnsName = (value: string): boolean =>
  /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63}){0,126}\.?$/.test(value) && value.length <= 254;

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^(?=[^:]*:[^:]*:)[0-9A-Fa-f:.]{2,45}(?:%\w{1,20})?$/;

/** An IPv4 address, or something shaped like an IPv6 address. */
export const isAddress = (value: string): boolean => IPV4.test(value) || IPV6.test(value);

/** The five characters of a partial product key (the alphabet of product keys, plus N). */
export const isPartialKey = (value: string): boolean => /^[BCDFGHJKMNPQRTVWXY2346789]{5}$/.test(value.trim());

/** "True"/"False" as PowerShell prints booleans (the same in every language). */
export function boolValue(value: string | undefined): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
}

/** Keeps the first value of a list, dropping repeats by their JSON form. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string = (i) => JSON.stringify(i)): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
