// Rules read from the client's events 12288 (request sent) and 12289 (answer received): what
// the newest request came to, and whether it names another host than the one being checked.

import type { Answers } from '../../../flows/lib/context.js';
import { timeKey } from '../event-params.js';
import type { EventFact, Reading } from '../reading.js';
import { choose, hostText, notThis, sameHost, type AnswerRule } from './rule.js';

const DNS_CODES = new Set(['0x8007232B', '0x8007232A', '0x8007007B', '0x80072338']);
const RESULT_EVENTS: Readonly<Record<string, string>> = { '0xC004F06C': 'CLOCK', '0xC004F042': 'HOST_KEY', '0xC004F038': 'COUNT' };
const SUCCESS = '0x00000000';

/** The client's newest request, and the answer logged after it (if any). */
export interface Exchange {
  request?: EventFact;
  answer?: EventFact;
  /** Whether the outputs held the client's event list at all (collect's may be empty). */
  listed: boolean;
}

/** The newest 12288 and the 12289 that answers it, newest first as Windows lists them. */
export function newestExchange(readings: readonly Reading[]): Exchange {
  const lists = readings.filter((r) => r.kind === 'event' || (r.kind === 'collect' && r.facts.side !== 'host'));
  const events = lists.flatMap((r) => r.facts.events ?? []).filter((e) => e.id === 12288 || e.id === 12289);
  const byTime = (id: number) => {
    const of = events.filter((e) => e.id === id);
    const timed = of.filter((e) => timeKey(e) !== undefined).sort((a, b) => timeKey(b)!.localeCompare(timeKey(a)!));
    return timed[0] ?? of[0];
  };
  const request = byTime(12288);
  const reply = byTime(12289);
  // Without times, a 12289 anywhere in the list counts as the answer.
  const answered = reply && (!request || !timeKey(request) || !timeKey(reply) || timeKey(reply)! >= timeKey(request)!);
  return { ...(request ? { request } : {}), ...(answered ? { answer: reply } : {}), listed: lists.length > 0 };
}

const failing = (e: EventFact | undefined) => (e?.result && e.result !== SUCCESS ? e.result : undefined);

const requestFact = (e: EventFact) =>
  `Event 12288${e.clientTime ? ` (${e.clientTime})` : ''}: result ${e.result ?? '?'}${e.kmsHost ? `, asked ${hostText(e.kmsHost)}` : ''}`;
const answerFact = (e: EventFact) =>
  `Event 12289${e.clientTime ? ` (${e.clientTime})` : ''}: result ${e.result ?? '?'}${e.activated !== undefined ? `, activated ${e.activated ? 'yes' : 'no'}` : ''}${e.count !== undefined ? `, host count ${e.count}` : ''}`;

const EXPECTED_EVENTS = 'paste the client\'s events 12288 and 12289 (Get-WinEvent … Id=12288,12289 | Format-List, or Event Viewer\'s text).';

/** kms-contact.events: DNS, no answer, clock, host key, count, or another result. */
export const clientEvents: AnswerRule = (readings) => {
  const { request, answer, listed } = newestExchange(readings);
  if (!listed) return notThis(readings, EXPECTED_EVENTS);
  if (!request) return choose('DNS', ['No event 12288: the client sent no request (it found no KMS host)']);
  const facts = [requestFact(request), ...(answer ? [answerFact(answer)] : [])];
  const code = failing(answer) ?? failing(request);
  if (failing(request) && DNS_CODES.has(failing(request)!)) return choose('DNS', facts);
  if (code && RESULT_EVENTS[code]) return choose(RESULT_EVENTS[code]!, facts);
  if (!answer) return choose('NO_ANSWER', [...facts, 'No event 12289 after it: the host never answered']);
  if (code) return choose('OTHER', facts);
  return notThis(readings, `the newest answer says the host ${answer.activated ? 'activated' : 'answered'} this client without an error. Choose what you see now, or activate again and paste the new events.`);
};

const knownHost = (answers: Answers) => (typeof answers.kmsHost === 'string' ? answers.kmsHost : undefined);

/** port-1688.portOpen: another host named, no reply, 0xC004F042, or another result. */
export const clientEventsPortOpen: AnswerRule = (readings, answers) => {
  const { request, answer, listed } = newestExchange(readings);
  if (!listed || !request) return notThis(readings, EXPECTED_EVENTS);
  const facts = [requestFact(request), ...(answer ? [answerFact(answer)] : [])];
  const host = knownHost(answers);
  if (host && request.kmsHost && !sameHost(request.kmsHost.host, host)) return choose('OTHER_HOST', [...facts, `It asked ${request.kmsHost.host}, not ${host}`]);
  const code = failing(answer) ?? failing(request);
  if (code === '0xC004F042') return choose('F042', facts);
  if (!answer) return choose('NO_REPLY', [...facts, 'No event 12289 after it: no answer']);
  if (code) return choose('CODE', facts);
  return notThis(readings, 'the newest answer shows no error. Activate the client again and paste the new events.');
};
