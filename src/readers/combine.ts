// Putting the readings of one paste together: slmgr action lines (/skms, /ipk) join the slmgr
// output they came with, consecutive event chunks become one list of events, empty chunks
// (a comment line, a stray prompt) drop out, and several outputs become one reading with parts.

import type { EventFact, Facts, Reading } from './reading.js';

/** A chunk's reading, with what merging needs to know. */
export interface ChunkReading extends Reading {
  /** Only slmgr action lines: belongs with the slmgr output next to it. */
  actionOnly?: boolean;
  /** slmgr family (its actions included), for merging actions into it. */
  slmgr?: boolean;
}

const isEmpty = (r: Reading) => r.kind === 'unknown' && r.code === undefined && Object.keys(r.facts).length === 0;

function mergeInto(target: ChunkReading, extra: Reading, extraFirst: boolean): ChunkReading {
  const facts = extraFirst ? { ...extra.facts, ...target.facts } : { ...target.facts, ...extra.facts };
  const code = target.code ?? extra.code;
  return { ...target, facts, ...(code ? { code } : {}) };
}

/** Facts of several outputs: the first output's value of a fact wins; lists are joined. */
export function mergeFacts(readings: readonly Reading[]): Facts {
  const merged: Facts = {};
  const events: EventFact[] = [];
  const records: NonNullable<Facts['srvRecords']> = [];
  for (const { facts } of readings) {
    for (const [key, value] of Object.entries(facts) as [keyof Facts, Facts[keyof Facts]][]) {
      if (key === 'events') events.push(...(value as EventFact[]));
      else if (key === 'srvRecords') records.push(...(value as NonNullable<Facts['srvRecords']>));
      else if (merged[key] === undefined) (merged as Record<string, unknown>)[key] = value;
    }
  }
  if (events.length > 0) merged.events = events;
  if (records.length > 0) merged.srvRecords = records;
  return merged;
}

/** The readings of a paste's chunks as one reading. */
export function combine(chunks: readonly ChunkReading[]): Reading {
  let parts: ChunkReading[] = chunks.filter((r) => !isEmpty(r));
  parts = attachActions(parts);
  parts = joinEvents(parts);
  const clean = oneMachine(parts.map(({ actionOnly: _a, slmgr: _s, ...r }) => r as Reading));
  if (clean.length === 0) return { kind: 'unknown', facts: {} };
  if (clean.length === 1) return clean[0]!;
  const first = clean.find((r) => r.kind !== 'unknown') ?? clean[0]!;
  const code = clean.find((r) => r.code)?.code;
  // The licence in use (the one with a key) speaks first: slmgr /dlv all also lists every
  // edition the machine could run, unlicensed and without one.
  const inUseFirst = [...clean].sort((a, b) => Number(b.facts.partialKey !== undefined) - Number(a.facts.partialKey !== undefined));
  return { kind: first.kind, facts: mergeFacts(inUseFirst), ...(code ? { code } : {}), parts: clean };
}

const isLicence = (r: Reading) => r.kind === 'slmgr-dlv' || r.kind === 'slmgr-dli';

/**
 * The editions `slmgr /dlv all` lists beside the licence in use (no key, Unlicensed) come from
 * the same machine as that licence: they take its side, when every licence in use agrees on one.
 */
function oneMachine(parts: Reading[]): Reading[] {
  const sides = new Set(parts.filter((r) => isLicence(r) && r.facts.side).map((r) => r.facts.side));
  if (sides.size !== 1) return parts;
  const [side] = [...sides];
  return parts.map((r) => (isLicence(r) && !r.facts.side && r.facts.partialKey === undefined ? { ...r, facts: { ...r.facts, side } } : r));
}

function attachActions(parts: ChunkReading[]): ChunkReading[] {
  const out: ChunkReading[] = [];
  let pending: ChunkReading[] = [];
  for (const part of parts) {
    if (part.actionOnly) { pending.push(part); continue; }
    if (part.slmgr && part.kind !== 'unknown') {
      let merged = part;
      for (const action of pending) merged = mergeInto(merged, action, true);
      pending = [];
      out.push(merged);
      continue;
    }
    out.push(...pending, part);
    pending = [];
  }
  // Actions at the end belong to the slmgr output before them, if there is one.
  const last = out[out.length - 1];
  if (pending.length > 0 && last?.slmgr && last.kind !== 'unknown') {
    let merged = last;
    for (const action of pending) merged = mergeInto(merged, action, false);
    out[out.length - 1] = merged;
  } else out.push(...pending);
  return out;
}

function joinEvents(parts: ChunkReading[]): ChunkReading[] {
  const out: ChunkReading[] = [];
  let run: ChunkReading[] = [];
  // A run of event chunks is merged once, so a long run costs no more than its length.
  const flush = () => {
    if (run.length === 1) out.push(run[0]!);
    else if (run.length > 1) out.push({ ...run.reduce((a, b) => mergeInto(a, b, false)), facts: mergeFacts(run) });
    run = [];
  };
  for (const part of parts) {
    // Events of one machine join; the other machine's events are an output of their own.
    if (part.kind === 'event' && (run.length === 0 || run[0]!.facts.side === part.facts.side)) run.push(part);
    else if (part.kind === 'event') { flush(); run.push(part); }
    else { flush(); out.push(part); }
  }
  flush();
  return out;
}
