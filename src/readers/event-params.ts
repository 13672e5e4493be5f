// The values after "Info:" in the activation events, by position (facts.md §3.5). They are
// data, not text, so they read the same in every language; an event whose ID was not shown
// (Format-List TimeCreated, Message) is recognised by the shape of these values.

import type { EventFact, Machine } from './reading.js';
import { guidValue, hostPortValue, intValue, isDnsName } from './values.js';

/** The activation events kms-doctor reads. */
export const ACTIVATION_EVENT_IDS: ReadonlySet<number> = new Set([12288, 12289, 12290, 12293, 12294]);

/**
 * The machine that logs an activation event: 12288 and 12289 the client (its Application log,
 * Microsoft-Windows-Security-SPP); 12290 (the "Key Management Service" log), 12293 and 12294
 * the KMS host (facts.md §3.5).
 */
export const eventMachine = (id: number): Machine => (id === 12288 || id === 12289 ? 'client' : 'host');

/** The values of an "Info:" line, split at commas. */
export function splitParams(line: string): string[] {
  return line.replace(/<\/?Data[^>]*>/gi, '').split(/\s*,\s*/).map((p) => p.trim());
}

/** A line that is the values of an Info block: a result code (0x0 counts), a comma, more values. */
export const isParamsLine = (line: string): boolean => /^(?:<Data[^>]*>)?0x[0-9A-Fa-f]{1,8}\s*,\s*\S[^,]*,/.test(line.trim());

/** A result code as the events write it (0x0 or 0xC004F074), canonical with eight digits. */
export function resultValue(value: string | undefined): string | undefined {
  const m = value && /^0x([0-9A-Fa-f]{1,8})\.?$/.exec(value.trim());
  return m ? `0x${m[1]!.toUpperCase().padStart(8, '0')}` : undefined;
}

/** Which event values of this shape belong to, when its ID was not shown. */
export function idOfParams(params: readonly string[]): number | undefined {
  const [, second, third, fourth] = params;
  if (fourth !== undefined && guidValue(fourth)) {
    if (third !== undefined && /:\d{1,5}$/.test(third)) return 12288;
    if (intValue(second) !== undefined) return 12290;
  }
  if (params.length >= 5 && params.length <= 8 && /^[01]$/.test(third ?? '') && intValue(params[4]) !== undefined) return 12289;
  return undefined;
}

/** The event with what its values mean filled in. */
export function withParams(event: EventFact): EventFact {
  const p = event.params;
  const result = event.id === 12293 || event.id === 12294 ? p.map(resultValue).find(Boolean) : resultValue(p[0]);
  const e: EventFact = { ...event, ...(result ? { result } : {}) };
  const int = (i: number) => intValue(p[i]);
  const set = <K extends keyof EventFact>(key: K, value: EventFact[K] | undefined) => {
    if (value !== undefined && value !== '') e[key] = value;
  };
  switch (event.id) {
    case 12288:
      set('kmsHost', p[2] ? hostPortValue(p[2]) : undefined);
      set('cmid', p[3] ? guidValue(p[3]) : undefined);
      set('clientTime', p[4]);
      set('neededCount', int(9));
      break;
    case 12289:
      if (p[2] === '0' || p[2] === '1') e.activated = p[2] === '1';
      set('count', int(4));
      set('clientTime', p[7]);
      break;
    case 12290:
      set('neededCount', int(1));
      set('clientName', p[2]);
      set('cmid', p[3] ? guidValue(p[3]) : undefined);
      set('clientTime', p[4]);
      break;
    default: {
      // 12293/12294 name the domain (and 12293 the error) as their values when read as data.
      const domain = p.find((v) => v.includes('.') && isDnsName(v));
      if (domain) e.domain ??= domain.toLowerCase();
      break;
    }
  }
  return e;
}

/**
 * A sortable form of an event's time: the client time in its values (2010/09/29 17:52, the same
 * in every locale) first; undefined when there is none.
 */
export function timeKey(event: EventFact): string | undefined {
  const m = event.clientTime && /^(\d{4})\/(\d{1,2})\/(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(event.clientTime);
  if (!m) return undefined;
  const pad = (s: string | undefined) => (s ?? '0').padStart(2, '0');
  return `${m[1]}-${pad(m[2])}-${pad(m[3])} ${pad(m[4])}:${pad(m[5])}:${pad(m[6])}`;
}
