// readOutput: what a technician pasted (or a file holds), read. The paste is cleaned and cut
// into one chunk per output; every reader scores each chunk and the best one reads it. Pure:
// no I/O, no clock, linear in the size of the text.

import { collectedCode, collectedFacts, isCollected } from './collect.js';
import { combine, type ChunkReading } from './combine.js';
import { readCimList } from './cim-list.js';
import { readEvents } from './events.js';
import { readNslookup } from './nslookup.js';
import type { EventFact, Facts, Reading, ReadingKind } from './reading.js';
import { readResolveDnsName } from './resolve-dnsname.js';
import { readSlmgr } from './slmgr.js';
import { splitChunks, type Chunk } from './split.js';
import { readTestNetConnection } from './test-netconnection.js';
import { toLines } from './text-lines.js';
import { codeIn } from './values.js';
import { readStripchart, readW32tmStatus } from './w32tm.js';

interface Candidate {
  kind: ReadingKind;
  facts: Facts;
  score: number;
  code?: string;
  actionOnly?: boolean;
}

/** The code an event list shows: the newest failed request (Windows lists newest first). */
export function eventsCode(events: readonly EventFact[] | undefined): string | undefined {
  const failed = events?.find((e) => e.result && e.result !== '0x00000000' && e.id !== 12289 && e.id !== 12294);
  return failed?.result;
}

/** Reads one chunk with whichever reader recognises it best. */
function readChunk(chunk: Chunk): ChunkReading {
  const { lines, command } = chunk;
  const slmgr = readSlmgr(lines, command);
  const events = readEvents(lines, command);
  const cim = readCimList(lines);
  // On a tie the earlier reader wins: slmgr first, the looser event reader late.
  const candidates: Candidate[] = [
    slmgr,
    { kind: 'nslookup-srv', ...readNslookup(lines, command) },
    { kind: 'resolve-dnsname-srv', ...readResolveDnsName(lines, command) },
    { kind: 'test-netconnection', ...readTestNetConnection(lines, command) },
    { kind: 'w32tm-stripchart', ...readStripchart(lines, command) },
    { kind: 'w32tm-status', ...readW32tmStatus(lines, command) },
    cim.score > 0 ? { ...cim, ...(cim.facts.notificationReason ? { code: cim.facts.notificationReason } : {}) } : cim,
    { kind: 'event', ...events, ...(eventsCode(events.facts.events) ? { code: eventsCode(events.facts.events) } : {}) },
  ];
  let best = candidates[0]!;
  for (const c of candidates) if (c.score > best.score) best = c;
  if (best.score === 0 || best.kind === 'unknown' && !best.actionOnly) {
    const code = codeIn(lines.slice(0, 50).join('\n'));
    return { kind: 'unknown', facts: {}, ...(code ? { code } : {}) };
  }
  if (best.kind === 'event' && best.facts.events?.some((e) => e.id === 12288 || e.id === 12289)) best.facts.side = 'client';
  else if (best.kind === 'event') best.facts.side = 'host';
  return {
    kind: best.kind,
    facts: best.facts,
    ...(best.code ? { code: best.code } : {}),
    ...(best === slmgr ? { slmgr: true, actionOnly: slmgr.actionOnly } : {}),
  };
}

/** Every collected JSON document in the text (one, an array of them, or several in a row). */
function readCollected(text: string): Reading[] | undefined {
  if (!/kmsdoctorcollect/i.test(text)) return undefined;
  const values: unknown[] = [];
  const whole = parseJson(text.trim());
  if (whole !== undefined) values.push(...(Array.isArray(whole) ? whole : [whole]));
  else for (const doc of topLevelObjects(text)) values.push(parseJson(doc));
  const readings = values.filter(isCollected).map((v): Reading => {
    const facts = collectedFacts(v);
    const code = collectedCode(facts);
    return { kind: 'collect', facts, ...(code ? { code } : {}) };
  });
  return readings.length > 0 ? readings : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** The text of each top-level {…} in the text, found in one pass (strings respected). */
function topLevelObjects(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"' && depth > 0) inString = true;
    else if (c === '{') { if (depth++ === 0) start = i; }
    else if (c === '}' && depth > 0 && --depth === 0) found.push(text.slice(start, i + 1));
  }
  return found;
}

/** Reads a paste: one output, or several at once (then the reading has parts). */
export function readOutputUnguarded(text: string): Reading {
  const collected = readCollected(text);
  if (collected) return collected.length === 1 ? collected[0]! : combine(collected);
  return combine(splitChunks(toLines(text)).map(readChunk));
}

/**
 * Reads a paste. Readers are written never to throw (property tests check it); should one
 * still fail on some input, the paste reads as unknown rather than ending the wizard.
 */
export function readOutput(text: string): Reading {
  try {
    return readOutputUnguarded(text);
  } catch {
    return { kind: 'unknown', facts: {} };
  }
}
