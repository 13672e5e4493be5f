// readOutput: what a technician pasted (or a file holds), read. The paste is cleaned and cut
// into one chunk per output; every reader scores each chunk and the best one reads it. Pure:
// no I/O, no clock, linear in the size of the text.

import { readCimActivate } from './cim-activate.js';
import { readCollected } from './collect-json.js';
import { combine, type ChunkReading } from './combine.js';
import { readCimList } from './cim-list.js';
import { readErrorDetails } from './error-details.js';
import { eventMachine } from './event-params.js';
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

/** The code an event list shows: the newest failed result (Windows lists newest first). */
export function eventsCode(events: readonly EventFact[] | undefined): string | undefined {
  const failed = events?.find((e) => e.result && e.result !== '0x00000000');
  return failed?.result;
}

// What each reader needs to see at least once before it can score at all: one cheap test of the
// chunk spares the others' work on chunks that are plainly not theirs (a paste may hold
// thousands of chunks). Each is wider than what its reader scores on.
const HINTS = {
  nslookup: /SRV|internet address|IPv6 address|^\s*(?:server|serveur)\s*:|^\*\*\*|request|can't find|nicht finden|primary name server|responsible mail|_vlmcs/im,
  resolve: /NameTarget|IP[46]?Address|PrimaryServer|Resolve-?DnsName|DNS_|ERROR_TIMEOUT|FullyQualifiedErrorId|DNS name does not exist|timeout period/i,
  tnc: /TcpTestSucceeded|RemotePort|RemoteAddress|PingSucceeded|NameResolutionSucceeded|WARNING: (?:Name resolution|TCP connect)|test-netconnection|\btnc\b/i,
  stripchart: /\d:\d\d:\d\d,|:123\]|stripchart/i,
  status: /Leap Indicator|Stratum|ReferenceId|Sync Time|Source|Quelle|Poll Interval|Local CMOS Clock|Free-running|w32tm/i,
  events: /Event ?ID|Ereignis|id\s*:|TimeCreated|0x[0-9a-f]{1,8}\s*,|Info\s*:|activation (?:request|response)|Publishing the Key|Log Name|Protokollname|<Event|get-winevent|wevtutil/i,
  cim: /LicenseStatus|ClientMachineID|KeyManagementService|PartialProductKey|ProductKeyChannel|GracePeriodRemaining|RequiredClientCount|NotificationReason/i,
  details: /^\s*Error details\b/im,
} as const;

const nothing = (): { facts: Facts; score: number } => ({ facts: {}, score: 0 });

/**
 * An event copied with its header and an "Error details" text: the inner code is the event's
 * result (on a KMS host's 12290, the host's own answer), the outer one its wrapping.
 */
function withDetails(events: readonly EventFact[], codes: readonly string[] | undefined): EventFact[] {
  if (!codes || codes.length === 0) return [...events];
  return events.map((e) => (e.result === undefined || codes.includes(e.result) ? { ...e, result: codes[0]!, codes: [...codes] } : e));
}

/**
 * Events as readings of the machine that logged them: a client's 12288/12289 and a KMS host's
 * 12290/12293/12294 pasted together are two outputs, each from its own machine.
 */
function byMachine(events: readonly EventFact[], code: string | undefined): ChunkReading[] {
  const machines = [...new Set(events.map((e) => eventMachine(e.id)))];
  return machines.map((side) => {
    const own = events.filter((e) => eventMachine(e.id) === side);
    const ownCode = machines.length === 1 ? code : eventsCode(own);
    return { kind: 'event', facts: { events: own, side }, ...(ownCode ? { code: ownCode } : {}) };
  });
}

/** Reads one chunk with whichever reader recognises it best (a chunk of events from both machines gives two). */
function readChunk(chunk: Chunk): ChunkReading[] {
  const { lines, command } = chunk;
  const text = command ? `${command}\n${lines.join('\n')}` : lines.join('\n');
  const may = (hint: RegExp) => hint.test(text);
  const slmgr = readSlmgr(lines, command);
  const events = may(HINTS.events) ? readEvents(lines, command) : nothing();
  const details = may(HINTS.details) ? readErrorDetails(lines) : nothing();
  const cim = may(HINTS.cim) ? readCimList(lines) : { kind: 'unknown' as const, ...nothing() };
  const eventCode = eventsCode(events.facts.events);
  // On a tie the earlier reader wins: slmgr first, the looser event reader late.
  const candidates: Candidate[] = [
    slmgr,
    { kind: 'nslookup-srv', ...(may(HINTS.nslookup) ? readNslookup(lines, command) : nothing()) },
    { kind: 'resolve-dnsname-srv', ...(may(HINTS.resolve) ? readResolveDnsName(lines, command) : nothing()) },
    { kind: 'test-netconnection', ...(may(HINTS.tnc) ? readTestNetConnection(lines, command) : nothing()) },
    { kind: 'w32tm-stripchart', ...(may(HINTS.stripchart) ? readStripchart(lines, command) : nothing()) },
    { kind: 'w32tm-status', ...(may(HINTS.status) ? readW32tmStatus(lines, command) : nothing()) },
    cim.facts.notificationReason ? { ...cim, code: cim.facts.notificationReason } : cim,
    { kind: 'event', ...events, ...(eventCode ? { code: eventCode } : {}) },
    { kind: 'error-details', ...details },
    { kind: 'slmgr-ato', ...(command && /Activate/i.test(command) ? readCimActivate(lines, command) : nothing()) },
  ];
  let best = candidates[0]!;
  for (const c of candidates) if (c.score > best.score) best = c;
  if (best.score === 0 || (best.kind === 'unknown' && !best.actionOnly)) {
    const code = /0x|\d{7}/.test(text) ? codeIn(lines.slice(0, 50).join('\n')) : undefined;
    return [{ kind: 'unknown', facts: {}, ...(code ? { code } : {}) }];
  }
  if (best.kind === 'event') return byMachine(withDetails(best.facts.events ?? [], details.facts.codes), details.facts.codes?.[0] ?? best.code);
  return [{
    kind: best.kind,
    facts: best.facts,
    ...(best.code ? { code: best.code } : {}),
    ...(best === slmgr ? { slmgr: true, actionOnly: slmgr.actionOnly } : {}),
  }];
}

/** Reads a paste: one output, or several at once (then the reading has parts). */
export function readOutputUnguarded(text: string): Reading {
  const { readings, rest } = readCollected(text);
  const others = rest.trim() === '' ? [] : splitChunks(toLines(rest)).flatMap(readChunk);
  return combine([...readings, ...others]);
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
