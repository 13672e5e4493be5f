// Reading a clock difference between a KMS client and its KMS host, in whatever form the
// technician has it: a pasted `w32tm /stripchart` block, an offset typed by hand, or the two
// UTC times read on each machine. Everything here is pure; the fields and flows build on it.
//
// Sign convention: a difference is the client's clock minus the host's, so a positive value
// means the client is ahead. w32tm prints the opposite (its offset is what the client would
// add to its own clock to match the target), so its offsets are negated when read.

import { composeWithQuote } from './bad-characters.js';
import { fail, ok, type Validation } from './validation.js';
import { findDateTimes, parseUtcTime, timeDifference, type ReadTime } from './utc-time.js';

export { parseUtcTime, timeDifference, type ReadTime } from './utc-time.js';

/** KMS refuses a request whose time is more than this far from the host's (UTC). */
export const SKEW_LIMIT_SECONDS = 4 * 3600;

/** Which clock is ahead, when the reading says so. */
export type SkewDirection = 'ahead' | 'behind' | 'apart';

/** A measured difference between the client's and the host's clocks. */
export interface ClockReading {
  /** Client minus host, in seconds; positive = client ahead (absolute when `direction` is 'apart'). */
  seconds: number;
  direction: SkewDirection;
  /** Where it came from, for the technician ("median of 3 w32tm samples"). */
  source: string;
}


const reading = (seconds: number, signed: boolean, source: string): ClockReading => ({
  seconds: signed ? seconds : Math.abs(seconds),
  direction: !signed ? 'apart' : seconds > 0 ? 'ahead' : seconds < 0 ? 'behind' : 'apart',
  source,
});

// ---------------------------------------------------------------------------------------
// w32tm /stripchart

/** One sample line: `14:22:58, +00.1439319s` (/dataonly) or `14:34:59, d:+00.0002322s o:+600.0106644s [...]`. */
const SAMPLE = /\b\d{1,2}:\d{2}:\d{2},\s*(?:d:\s*[+-]?\d+(?:[.,]\d+)?s\s+o:\s*)?([+-]\d+(?:[.,]\d+)?)s/g;
const SAMPLE_ERROR = /\b\d{1,2}:\d{2}:\d{2},\s*error:\s*(0x[0-9A-Fa-f]{8})/g;

/** What a pasted stripchart block holds: the sample offsets (as w32tm prints them) and any errors. */
export interface Stripchart {
  offsets: number[];
  errors: string[];
}

/** Finds the samples in pasted `w32tm /stripchart` output (line breaks may have become spaces). */
export function parseStripchart(text: string): Stripchart {
  const offsets = [...text.matchAll(SAMPLE)].map((m) => Number(m[1]!.replace(',', '.')));
  const errors = [...text.matchAll(SAMPLE_ERROR)].map((m) => m[1]!.toUpperCase().replace('0X', '0x'));
  return { offsets, errors };
}

/** The median: one slow answer cannot move it, and with three samples it is the middle one. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ---------------------------------------------------------------------------------------
// Offsets typed by hand

const UNITS: Record<string, number> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
};
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const PART = new RegExp(String.raw`(${NUMBER})\s*([a-z]+)?`, 'gy');

/**
 * An offset in seconds: `600`, `-3.5s`, `+4h`, `5h 12min`, `90 min`, `1 day`, or `H:MM[:SS]`
 * (`2:30:00`). The sign is kept as typed; `signed` says whether there was one.
 */
export function parseOffset(raw: string): Validation<{ seconds: number; signed: boolean }> {
  const text = raw.trim().toLowerCase().replace(/\s+and\s+/g, ' ');
  const sign = /^[+-]/.exec(text)?.[0];
  const body = (sign ? text.slice(1) : text).trim();
  if (body === '') return fail('Type the offset, for example 600, -3.5s, +4h or 5h 12min.');
  const factor = sign === '-' ? -1 : 1;

  const colon = /^(\d+):([0-5]\d)(?::([0-5]\d(?:[.,]\d+)?))?$/.exec(body);
  if (colon) {
    const seconds = Number(colon[1]) * 3600 + Number(colon[2]) * 60 + Number((colon[3] ?? '0').replace(',', '.'));
    return ok({ seconds: factor * seconds, signed: sign !== undefined });
  }

  let total = 0;
  let parts = 0;
  let unitless = false;
  let rest = body;
  while (rest.length > 0) {
    PART.lastIndex = 0;
    const m = PART.exec(rest);
    if (!m) return fail(offsetHelp(raw));
    const [whole, number, unit] = m;
    if (unit !== undefined && UNITS[unit] === undefined) {
      return fail(composeWithQuote(unit, (q) => `${q} is not a unit kms-doctor knows: use s, min, h or days (for example 5h 12min).`));
    }
    if (unit === undefined) unitless = true;
    total += Number(number!.replace(',', '.')) * (unit === undefined ? 1 : UNITS[unit]!);
    parts += 1;
    rest = rest.slice(whole.length).replace(/^[\s,]+/, '');
  }
  if (unitless && parts > 1) return fail(composeWithQuote(raw.trim(), (q) => `In ${q} a number has no unit: write 5h 12min, not 5 12.`));
  return ok({ seconds: factor * total, signed: sign !== undefined });
}

const offsetHelp = (raw: string) =>
  composeWithQuote(raw.trim(), (q) => `${q} is not an offset (600, -3.5s, +4h, 5h 12min) or w32tm /stripchart output.`);

const CLOCK_TOKEN = new RegExp(String.raw`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]m)?(?:\s*(?:z|utc|gmt)\b)?`, 'gi');

/** Two times of day without dates ("14:22:58 19:35:10"), client first. */
function twoTimesOfDay(text: string): Validation<ClockReading> | undefined {
  const tokens = [...text.matchAll(CLOCK_TOKEN)].map((m) => m[0]);
  if (tokens.length !== 2) return undefined;
  const rest = text.replace(CLOCK_TOKEN, '').replace(/\band\b|[\s,;/]|then/gi, '');
  if (rest !== '') return undefined;
  const [a, b] = tokens.map(parseUtcTime);
  if (!a!.ok) return a as Validation<never>;
  if (!b!.ok) return b as Validation<never>;
  return ok(reading(timeDifference(a!.value, b!.value), true, 'the two UTC times'));
}

/** Both UTC times in one answer (client first), when the text holds exactly two. */
function twoTimes(text: string): Validation<ClockReading> | undefined {
  const found = findDateTimes(text);
  if (found.length === 0) return twoTimesOfDay(text);
  if (found.length !== 2) {
    return fail(found.length === 1
      ? 'That is one time. Type both UTC times, the client\'s first: 2026-11-23 14:22:58Z 2026-11-23 19:35:10Z.'
      : `That holds ${found.length} times; type two: the client's UTC time first, then the KMS host's.`);
  }
  const [a, b] = found;
  if (!a!.ok) return a as Validation<never>;
  if (!b!.ok) return b as Validation<never>;
  return ok(reading(timeDifference(a!.value, b!.value), true, 'the two UTC times'));
}

// ---------------------------------------------------------------------------------------
// Any of the three

/** Longer than this is no clock difference but a typing slip (and a number too big to print plainly). */
const MAX_READING_SECONDS = 100 * 365 * 86400;

/** Reads a clock difference from stripchart output, two UTC times, or an offset. */
export function readClockDifference(raw: string): Validation<ClockReading> {
  const r = readAnyForm(raw);
  if (r.ok && !(Math.abs(r.value.seconds) < MAX_READING_SECONDS)) {
    return fail('That is a difference of over 100 years, so something was mistyped: type the offset, e.g. 5h 12min.');
  }
  return r;
}

function readAnyForm(raw: string): Validation<ClockReading> {
  const text = raw.trim();
  if (text === '') return fail('Paste the w32tm /stripchart output, or type the offset (600, -3.5s, +4h) or the two UTC times.');
  const chart = parseStripchart(text);
  if (chart.offsets.length > 0) {
    const n = chart.offsets.length;
    // w32tm's offset is host minus client; ours is client minus host.
    return ok(reading(-median(chart.offsets), true, n === 1 ? 'one w32tm sample' : `the median of ${n} w32tm samples`));
  }
  if (chart.errors.length > 0 || /error:\s*0x/i.test(text)) {
    const code = chart.errors[0] ?? /0x[0-9a-f]{8}/i.exec(text)?.[0] ?? 'an error';
    return fail(`w32tm got no time from the host (${code}${/800705B4/i.test(code) ? ': no answer on UDP 123' : ''}). Type the two UTC times instead, client first.`);
  }
  if (/^tracking\b|collecting \d+ samples|the current time is/i.test(text)) {
    return fail('That w32tm output has no samples yet: paste the lines after "The current time is …", or type the offset.');
  }
  const times = twoTimes(text);
  if (times) return times;
  const offset = parseOffset(text);
  if (!offset.ok) return offset;
  // A typed sign says nothing reliable: "the client is 5 hours behind" is naturally typed -5h,
  // which w32tm's convention reads the other way round. Only the size is kept; the flow asks
  // which clock is wrong instead of guessing from the sign.
  return ok(reading(offset.value.seconds, false, 'the offset typed'));
}

// ---------------------------------------------------------------------------------------
// Saying it

/** A duration in the largest units that matter: `0.1 s`, `42 s`, `10 min`, `5 h 12 min`, `3 days 2 h`. */
export function formatDuration(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs < 10) return `${Math.round(abs * 10) / 10} s`;
  const s = Math.round(abs);
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const sec = s % 60;
    return `${Math.floor(s / 60)} min${sec ? ` ${sec} s` : ''}`;
  }
  const totalMin = Math.round(s / 60);
  if (totalMin < 48 * 60) {
    const min = totalMin % 60;
    return `${Math.floor(totalMin / 60)} h${min ? ` ${min} min` : ''}`;
  }
  const totalHours = Math.round(s / 3600);
  const hours = totalHours % 24;
  return `${Math.floor(totalHours / 24)} days${hours ? ` ${hours} h` : ''}`;
}

/** "The client is 5 h 12 min ahead of the KMS host" (no final full stop). */
export function describeSkew(r: ClockReading): string {
  const amount = formatDuration(r.seconds);
  if (r.direction === 'ahead') return `The client is ${amount} ahead of the KMS host`;
  if (r.direction === 'behind') return `The client is ${amount} behind the KMS host`;
  return `The client's and the KMS host's clocks are ${amount} apart`;
}

/** True when the difference is more than KMS allows. */
export const beyondLimit = (seconds: number): boolean => Math.abs(seconds) > SKEW_LIMIT_SECONDS;

/** The template values a reading sets (names shared by the clock fields and the clock flow). */
export function skewAnswers(r: ClockReading) {
  return {
    clockOffset: formatDuration(r.seconds),
    skewSeconds: Math.round(r.seconds * 10) / 10,
    skewDirection: r.direction,
    skewText: describeSkew(r),
    skewSource: r.source,
  };
}

/** The reading of two separately typed times. */
export const readingFromTimes = (client: ReadTime, host: ReadTime): ClockReading =>
  reading(timeDifference(client, host), true, 'the two UTC times');
