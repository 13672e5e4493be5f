// Reads w32tm: `/stripchart` (with offsets "d:… o:…" or `/dataonly`) and `/query /status`.
// Sample lines ("14:22:58, +00.1439319s") and the "name [address:123]" of the target are the
// same in every language; the status labels are English (with the German "Quelle" guessed).

import { median } from '../input/clock.js';
import type { ClockSample, Facts } from './reading.js';
import { splitLabel } from './text-lines.js';
import { hexValue, intValue, leadingInt } from './values.js';

/** What a w32tm reader made of a chunk. */
export interface TimeReading {
  facts: Facts;
  score: number;
}

const NUMBER = String.raw`[+-]?\d+(?:[.,]\d+)?`;
const SAMPLE = new RegExp(String.raw`^(\d{1,2}:\d{2}:\d{2}),\s*(?:d:\s*${NUMBER}s\s+o:\s*)?(${NUMBER})s\b`);
const SAMPLE_ERROR = /^(\d{1,2}:\d{2}:\d{2}),\s*\S+:\s*(0x[0-9A-Fa-f]{8})/;
const TARGET = /^\S.*?\s(\S+)\s+\[([^\]\s]+):123\]/;

const toNumber = (text: string): number => Number(text.replace(',', '.'));

/** Reads `w32tm /stripchart` output. */
export function readStripchart(lines: readonly string[], command?: string): TimeReading {
  const facts: Facts = {};
  const samples: ClockSample[] = [];
  let score = command && /w32tm.*stripchart/i.test(command) ? 2 : 0;
  const commandTarget = command && /\/computer:(\S+)/i.exec(command)?.[1];
  if (commandTarget) facts.ntpTarget = commandTarget;
  for (const raw of lines) {
    const line = raw.trim();
    const sample = SAMPLE.exec(line);
    if (sample) {
      samples.push({ time: sample[1]!, offsetSeconds: toNumber(sample[2]!) });
      score += 2;
      continue;
    }
    const failed = SAMPLE_ERROR.exec(line);
    if (failed) {
      samples.push({ time: failed[1]!, error: hexValue(failed[2]!) ?? failed[2]! });
      score += 2;
      continue;
    }
    const target = TARGET.exec(line);
    if (target && samples.length === 0) {
      facts.ntpTarget ??= target[1];
      score += 2;
    }
  }
  if (samples.length > 0) {
    facts.clockSamples = samples;
    const offsets = samples.flatMap((s) => (s.offsetSeconds === undefined ? [] : [s.offsetSeconds]));
    if (offsets.length > 0) facts.clockOffsetSeconds = median(offsets);
  }
  return { facts, score };
}

const STATUS_LABELS = /^(leap indicator|stratum|precision|root delay|root dispersion|referenceid|last successful sync time|source|poll interval|phase offset|clockrate|state machine|time source flags|server role|last sync error|time since last good sync time|quelle)$/;

/** Reads `w32tm /query /status` output. */
export function readW32tmStatus(lines: readonly string[], command?: string): TimeReading {
  const facts: Facts = {};
  let score = command && /w32tm.*\/status/i.test(command) ? 2 : 0;
  for (const raw of lines) {
    const pair = splitLabel(raw);
    if (!pair) continue;
    if (STATUS_LABELS.test(pair.label)) score += 1;
    if (pair.label === 'source' || pair.label === 'quelle') facts.timeSource ??= pair.value.replace(/,0x[0-9a-f]+$/i, '').trim();
    else if (pair.label === 'stratum') facts.stratum ??= intValue(pair.value) ?? leadingInt(pair.value);
    else if (pair.label === 'last successful sync time') facts.lastSync ??= pair.value;
  }
  // "Local CMOS Clock" and "Free-running System Clock" stay English in the Source line.
  if (!facts.timeSource) {
    const local = lines.find((l) => /Local CMOS Clock|Free-running System Clock/i.test(l));
    if (local) facts.timeSource = /Local CMOS Clock|Free-running System Clock/i.exec(local)![0];
  }
  return { facts, score };
}
