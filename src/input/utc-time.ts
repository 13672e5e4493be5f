// A UTC time as a technician reads it off one machine, mostly as
// (Get-Date).ToUniversalTime().ToString('u') prints it, and the difference of two such times.

import { composeWithQuote } from './bad-characters.js';
import { fail, ok, type Validation } from './validation.js';


/** A time read on one machine: seconds since the epoch (UTC), or since midnight when no date was given. */
export interface ReadTime {
  seconds: number;
  hasDate: boolean;
  /** As it will be shown: `2026-11-23 14:22:58Z`, or `14:22:58` without a date. */
  text: string;
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm)?`;
const ZONE = String.raw`(z|utc|gmt|[+-]\d{2}:?\d{2})?`;
const DATE_TIME = new RegExp(String.raw`(\d{4})-(\d{1,2})-(\d{1,2})(?:t|\s+)${TIME}\s*${ZONE}`, 'gi');
const TIME_ONLY = new RegExp(String.raw`^${TIME}\s*${ZONE}$`, 'i');
const OTHER_DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

const pad = (n: number) => String(n).padStart(2, '0');

function clockTime(h: string, m: string, s: string | undefined, ampm: string | undefined): Validation<number> {
  let hour = Number(h);
  const minute = Number(m);
  const second = Number(s ?? '0');
  if (ampm) {
    if (hour < 1 || hour > 12) return fail(`${h}:${m} ${ampm.toUpperCase()} is not a time of day.`);
    hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return fail(`${h}:${m}${s ? `:${s}` : ''} is not a time of day (24-hour clock, 00:00:00 to 23:59:59).`);
  return ok(hour * 3600 + minute * 60 + second);
}

function zoneSeconds(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60);
}

function fromMatch(m: RegExpMatchArray): Validation<ReadTime> {
  const [, y, mo, d, h, mi, s, ampm, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return fail(`${y}-${mo}-${d} is not a date (year-month-day).`);
  const t = clockTime(h!, mi!, s, ampm);
  if (!t.ok) return t;
  const seconds = date.getTime() / 1000 + t.value - zoneSeconds(zone);
  const utc = new Date(seconds * 1000).toISOString();
  return ok({ seconds, hasDate: true, text: `${utc.slice(0, 10)} ${utc.slice(11, 19)}Z` });
}

const TIME_FORMS = 'Type 2026-11-23 14:22:58Z or 14:22:58.';

/** One UTC time as the technician read it. */
export function parseUtcTime(raw: string): Validation<ReadTime> {
  const text = raw.trim();
  if (text === '') return fail(`The time cannot be empty. ${TIME_FORMS}`);
  DATE_TIME.lastIndex = 0;
  const full = DATE_TIME.exec(text);
  if (full && full[0].length === text.length) return fromMatch(full);
  const alone = TIME_ONLY.exec(text);
  if (alone) {
    const [, h, mi, s, ampm, zone] = alone;
    const t = clockTime(h!, mi!, s, ampm);
    if (!t.ok) return t;
    const seconds = (((t.value - zoneSeconds(zone)) % 86400) + 86400) % 86400;
    return ok({ seconds, hasDate: false, text: `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}` });
  }
  if (OTHER_DATE.test(text)) {
    return fail(composeWithQuote(OTHER_DATE.exec(text)![0], (q) => `Write the date as year-month-day (2026-11-23): ${q} can be read more than one way.`));
  }
  return fail(composeWithQuote(text, (q) => `${q} is not a time kms-doctor can read. ${TIME_FORMS}`));
}

/** Client minus host, in seconds. Without a date on both, times of day are compared the shorter way round midnight. */
export function timeDifference(client: ReadTime, host: ReadTime): number {
  if (client.hasDate && host.hasDate) return client.seconds - host.seconds;
  const day = (t: ReadTime) => ((t.seconds % 86400) + 86400) % 86400;
  let diff = day(client) - day(host);
  if (diff > 43200) diff -= 86400;
  if (diff < -43200) diff += 86400;
  return diff;
}

/** Every date-and-time in a text (e.g. two pasted on one line), each read as UTC. */
export function findDateTimes(text: string): Validation<ReadTime>[] {
  // A fresh regex: matchAll would start where the last exec on the shared one stopped.
  return [...text.matchAll(new RegExp(DATE_TIME.source, 'gi'))].map(fromMatch);
}
