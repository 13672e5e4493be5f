// What events from the other machine show, for a question they do not answer: the KMS host's
// 12290 at a question about the client's 12288/12289 proves the request arrived, names the
// client and gives the host's answer; the client's events at a question about the host's say
// what the client asked and was told. Nothing here answers a question: the rules turn it into a
// lead the technician takes or leaves.

import { eventMachine, timeKey } from '../event-params.js';
import type { EventFact, Machine, Reading } from '../reading.js';
import { hostText } from './rule.js';

const SUCCESS = '0x00000000';

/** The events of one machine in the outputs, newest first where their values give a time. */
export function eventsOf(readings: readonly Reading[], machine: Machine): EventFact[] {
  const events = readings.filter((r) => r.kind === 'event' || r.kind === 'collect').flatMap((r) => r.facts.events ?? []);
  const own = events.filter((e) => eventMachine(e.id) === machine);
  // A stable sort: events without a time keep the order Windows listed them in (newest first).
  return own.map((e, i) => ({ e, i })).sort((a, b) => {
    const ka = timeKey(a.e);
    const kb = timeKey(b.e);
    return ka && kb && ka !== kb ? kb.localeCompare(ka) : a.i - b.i;
  }).map(({ e }) => e);
}

const failing = (e: EventFact) => (e.result && e.result !== SUCCESS ? e.result : undefined);
const when = (e: EventFact) => (e.clientTime ?? e.time ? ` (${e.clientTime ?? e.time})` : '');
const named = (name: string | undefined) => (name && !/^<.*>$/.test(name) ? name : 'a client');

/** One line on a KMS host's event. */
export function hostEventFact(e: EventFact): string {
  if (e.id === 12290) {
    const answer = failing(e) ? `the host answered ${e.result}` : `the host answered ${e.result ?? 'with no result shown'}${e.result === SUCCESS ? ' (no error)' : ''}`;
    return `Event 12290 on the KMS host${when(e)}: a request from ${named(e.clientName)} arrived; ${answer}`;
  }
  if (e.id === 12293) return `Event 12293 on the KMS host${when(e)}: publishing its SRV record${e.domain ? ` to ${e.domain}` : ''} failed${e.result ? ` with ${e.result}` : ''}`;
  return `Event 12294 on the KMS host${when(e)}: it published its SRV record${e.domain ? ` to ${e.domain}` : ''}`;
}

/** One line on a client's event. */
export function clientEventFact(e: EventFact): string {
  if (e.id === 12288) return `Event 12288 on the client${when(e)}: it asked ${e.kmsHost ? hostText(e.kmsHost) : 'a KMS host'}, result ${e.result ?? '?'}`;
  return `Event 12289 on the client${when(e)}: the host answered, result ${e.result ?? '?'}${e.activated !== undefined ? `, activated ${e.activated ? 'yes' : 'no'}` : ''}${e.count !== undefined ? `, host count ${e.count}` : ''}`;
}

/** What the KMS host's request events (12290) show: the newest, and how many clients asked. */
export interface HostRequests {
  newest: EventFact;
  facts: string[];
  /** The newest request's failing result, if it failed. */
  code?: string;
}

/** The KMS host's 12290 events in the outputs, or undefined when there are none. */
export function hostRequests(readings: readonly Reading[]): HostRequests | undefined {
  const requests = eventsOf(readings, 'host').filter((e) => e.id === 12290);
  const newest = requests[0];
  if (!newest) return undefined;
  const clients = new Set(requests.map((e) => e.clientName).filter(Boolean));
  const facts = [hostEventFact(newest)];
  if (requests.length > 1) facts.push(`${requests.length} requests from ${clients.size || 'unnamed'} client${clients.size === 1 ? '' : 's'} in all; the newest is above`);
  const code = failing(newest);
  return { newest, facts, ...(code ? { code } : {}) };
}

/** The opening of a message about the KMS host's events given where the client's were asked for. */
export const HOST_EVENTS_NOT_CLIENT =
  'These are the KMS host\'s events, not the client\'s: 12290 is logged on the KMS host (its "Key Management Service" log), 12293 and 12294 too; the client logs 12288 and 12289 in its own Application log.';

/** The opening of a message about the client's events given where the KMS host's were asked for. */
export const CLIENT_EVENTS_NOT_HOST =
  'These are the client\'s events, not the KMS host\'s: 12288 and 12289 are logged on the client; the KMS host logs 12290, 12293 and 12294.';
