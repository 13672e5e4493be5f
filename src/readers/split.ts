// Cutting a paste that holds several outputs into one chunk per output: at each prompt or
// command line, at each cscript banner, and where a line plainly starts another output (a
// "Server:" line after slmgr output, a second "Name:" after a whole slmgr /dli).

import { commandOf, isBanner, isCopyright } from './text-lines.js';

/** The lines of one output and the command that printed it, when the paste shows it. */
export interface Chunk {
  lines: string[];
  command?: string;
}

type Family = 'slmgr' | 'nslookup' | 'resolve' | 'tnc' | 'stripchart' | 'status' | 'event' | 'cim';

// Lines that start an output of a family. Events are not cut apart: the event reader takes
// any number of them from one chunk.
const STARTS: readonly [Family, RegExp][] = [
  ['slmgr', /^(?:Software licensing service version:|Name:\s|Activating .+\.\.\.$)/i],
  ['nslookup', /^Server:\s/i],
  ['resolve', /^Name\s+Type\s+TTL\b/],
  ['tnc', /^ComputerName\s*:/],
  ['stripchart', /^Tracking\s.*:123\]/],
  ['status', /^Leap Indicator:/i],
  ['event', /^(?:Log Name:|TimeCreated\s*:|Event\[\d+\])/i],
];

// Lines that only say which family a chunk is, without starting a new output.
const BELONGS: readonly [Family, RegExp][] = [
  ['slmgr', /^(?:Description|Partial Product Key|License Status|Error):|\bVOLUME_[A-Z_]+ channel\b|successfully\.$/i],
  ['nslookup', /SRV service location|svr hostname|can't find/i],
  ['resolve', /NameTarget|Resolve-DnsName/],
  ['tnc', /^(?:RemoteAddress|RemotePort|TcpTestSucceeded)\s*:/],
  ['stripchart', /^\d{1,2}:\d{2}:\d{2},\s*(?:[+-]|d:|error)/],
  ['status', /^(?:Stratum|ReferenceId|Root Dispersion|Poll Interval):/i],
  ['event', /^Event ID:|^0x[0-9A-Fa-f]{8}\s*,/i],
  ['cim', /^(?:LicenseStatus|ClientMachineID|PartialProductKey|KeyManagementService\w+)\s+:/],
];

/** One regex for a whole table: each line is tested once, not once per family. */
function anyOf(table: readonly [Family, RegExp][]): (line: string) => Family | undefined {
  const all = new RegExp(table.map(([, re]) => `(${re.source})`).join('|'), 'i');
  return (line) => {
    const m = all.exec(line);
    if (!m) return undefined;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    return table[group - 1]?.[0];
  };
}

const startOf = anyOf(STARTS);
const belongsTo = anyOf(BELONGS);

/**
 * No paste holds this many outputs; past it the rest stays one chunk, so that a pathological
 * paste (a line that starts an output, repeated 100 000 times) still reads in linear time
 * without a reading per line.
 */
export const MAX_CHUNKS = 2000;

/** The outputs in a paste, in order. */
export function splitChunks(lines: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { lines: [] };
  let filled = false;
  let family: Family | undefined;
  const startsSeen = new Set<string>();
  const close = () => {
    if (filled || current.command) chunks.push(current);
  };
  const begin = (command?: string) => {
    if (chunks.length >= MAX_CHUNKS - 1) return;
    close();
    current = command ? { lines: [], command } : { lines: [] };
    filled = false;
    family = undefined;
    startsSeen.clear();
  };

  for (const line of lines) {
    if (isBanner(line)) { begin(); continue; }
    if (isCopyright(line)) continue;
    const command = commandOf(line);
    if (command) { begin(command.command); continue; }
    const trimmed = line.trim();
    const start = startOf(trimmed);
    if (start) {
      // The same first word again ("Name:" of a second slmgr /dli) starts a second output.
      const marker = `${start}:${trimmed.split(/[:\s]/)[0]!.toLowerCase()}`;
      const repeat = start !== 'event' && startsSeen.has(marker);
      if (filled && family !== undefined && (family !== start || repeat)) begin();
      startsSeen.add(marker);
      family ??= start;
    } else {
      family ??= belongsTo(trimmed);
    }
    current.lines.push(line);
    if (trimmed !== '') filled = true;
  }
  close();
  return chunks;
}
