// Reads the activation events as a technician copies them: Event Viewer's "Copy details as
// text", Get-WinEvent | Format-List, Get-WinEvent's table, wevtutil's text and the XML view.
// Several events pasted at once give one reading with every event, newest first as Windows
// lists them.

import type { EventFact, Facts } from './reading.js';
import { ACTIVATION_EVENT_IDS, idOfParams, isParamsLine, resultValue, splitParams, withParams } from './event-params.js';
import { splitLabel } from './text-lines.js';
import { intValue } from './values.js';

/** What the event reader made of a chunk. */
export interface EventReading {
  facts: Facts;
  score: number;
}

// Event Viewer and Get-WinEvent's English messages (facts.md §3.5), and 8198's relatives.
const MESSAGES: readonly [RegExp, number][] = [
  [/The client has sent an activation request to the key management service machine/i, 12288],
  [/The client has processed an activation response from the key management service machine/i, 12289],
  [/An activation request has been processed/i, 12290],
  [/Publishing the Key Mana?ge?ment Service \(KMS\) to DNS in the .* domain failed/i, 12293],
  [/Publishing the Key Mana?ge?ment Service \(KMS\) to DNS in the .* domain is successful/i, 12294],
];
const ID_LABEL = /(?:^|[\s-])id$|^event ?id$|^eventid$|^ereignis-id$|^id de l'événement$|^id del evento$/;
const BLOCK_START = /^(log name|protokollname|nom du journal|timecreated|event\[\d+\])$/;
const TIME_LABEL = /^(date|datum|timecreated|time created)$/;
const QUOTED_DOMAIN = /['"`«„“‘]([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)['"`»“”’]/;

class EventCollector {
  readonly events: EventFact[] = [];
  score = 0;
  private current: Partial<EventFact> & { params?: string[] } = {};

  private hasContent(): boolean {
    return this.current.id !== undefined || this.current.params !== undefined;
  }

  flush(): void {
    const { id, params = [], time, domain } = this.current;
    const known = id ?? idOfParams(params);
    if (known !== undefined && ACTIVATION_EVENT_IDS.has(known)) {
      this.events.push(withParams({ id: known, params, ...(time ? { time } : {}), ...(domain ? { domain } : {}) }));
    }
    this.current = {};
  }

  line(raw: string): void {
    const line = raw.trim();
    if (line === '') return;
    if (/^Event\[\d+\]/i.test(line) || /<Event[\s>]/.test(line)) { if (this.hasContent()) this.flush(); this.current = {}; }
    const xmlId = /<EventID[^>]*>(\d+)<\/EventID>/i.exec(line);
    if (xmlId) this.setId(Number(xmlId[1]));
    const pair = splitLabel(raw);
    if (pair && BLOCK_START.test(pair.label) && this.hasContent()) this.flush();
    if (pair && TIME_LABEL.test(pair.label) && pair.value) this.current.time ??= pair.value;
    if (pair && ID_LABEL.test(pair.label)) {
      const id = intValue(pair.value);
      if (id !== undefined && ACTIVATION_EVENT_IDS.has(id)) this.setId(id);
    }
    for (const [re, id] of MESSAGES) if (re.test(line)) { this.setId(id); break; }
    if (/DNS|KMS/.test(line)) {
      const domain = QUOTED_DOMAIN.exec(line)?.[1];
      if (domain) this.current.domain ??= domain.toLowerCase();
    }
    const info = /(?:^|\s)Info\s*:\s*(0x[0-9A-Fa-f]{1,8})\b/i.exec(line) ?? /^(?:<Data[^>]*>)?(0x[0-9A-Fa-f]{1,8})(?:<\/Data>)?\.?$/.exec(line);
    if (isParamsLine(line)) this.setParams(splitParams(line));
    else if (info && resultValue(info[1])) this.setParams([resultValue(info[1])!]);
  }

  private setId(id: number): void {
    if (this.current.id !== undefined && this.current.id !== id) this.flush();
    if (this.current.id === undefined) this.score += 3;
    this.current.id = id;
  }

  private setParams(params: string[]): void {
    if (this.current.params) this.flush();
    this.current.params = params;
    this.score += 2;
  }
}

/**
 * Events listed by Get-WinEvent's default table. Its Message column is cut short, so only the
 * ID and the time are there; the Id column is right-aligned, so rows are read by pattern.
 */
function fromTable(lines: readonly string[]): EventFact[] {
  const header = lines.findIndex((l) => /^\s*TimeCreated\s+Id\s+\S/.test(l));
  if (header < 0) return [];
  const events: EventFact[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line.trim() === '' || /^\s*-{2,}/.test(line)) continue;
    const row = /^\s*(.+?)\s+(\d{4,5})\s+\S/.exec(line);
    if (!row) break;
    const id = Number(row[2]);
    if (ACTIVATION_EVENT_IDS.has(id)) events.push({ id, params: [], time: row[1]!.trim() });
  }
  return events;
}

/** Reads activation events. */
export function readEvents(lines: readonly string[], command?: string): EventReading {
  const table = fromTable(lines);
  const commandScore = command && /get-winevent|wevtutil/i.test(command) ? 2 : 0;
  if (table.length > 0) return { facts: { events: table }, score: commandScore + 3 * table.length };
  const collector = new EventCollector();
  for (const raw of lines) collector.line(raw);
  collector.flush();
  const events = collector.events;
  return { facts: events.length > 0 ? { events } : {}, score: events.length > 0 ? collector.score + commandScore : 0 };
}
