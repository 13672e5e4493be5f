// Rules read from the client's events 12288 (request sent) and 12289 (answer received): what
// the newest request came to, and whether it names another host than the one being checked.

import type { Answers } from '../../../flows/lib/context.js';
import { timeKey } from '../event-params.js';
import type { EventFact, Reading } from '../reading.js';
import { eventsOf, hostEventFact, hostRequests, HOST_EVENTS_NOT_CLIENT } from './other-machine.js';
import { choose, hostText, notThis, refuseWithLead, sameHost, type AnswerRule, type RuleResult } from './rule.js';

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
  // The client's own lists: collect on the client (which may hold none), or events it logged.
  const lists = readings.filter((r) => (r.kind === 'event' && r.facts.side === 'client') || (r.kind === 'collect' && r.facts.side !== 'host'));
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

/**
 * The KMS host's events where the client's were asked for: never "the client sent nothing".
 * A 12290 proves the request arrived; its result is where it leads (`results` maps a result
 * code to the question's option; `otherFailure` is the option for any other failing result).
 */
function hostEventsInstead(readings: readonly Reading[], results: Readonly<Record<string, string>>, otherFailure: string | undefined): RuleResult | undefined {
  const requests = hostRequests(readings);
  const others = eventsOf(readings, 'host').filter((e) => e.id !== 12290);
  if (!requests && others.length === 0) return undefined;
  if (!requests) {
    const code = others.map((e) => (e.result && e.result !== SUCCESS ? e.result : undefined)).find(Boolean);
    const facts = others.slice(0, 2).map(hostEventFact);
    return refuseWithLead(`${HOST_EVENTS_NOT_CLIENT} They show: ${facts.join('; ')}. They say nothing of the client's requests: ${EXPECTED_EVENTS}`, {
      from: 'host', asked: 'client', facts, ...(code ? { code } : {}),
    });
  }
  const { code, facts, newest } = requests;
  const event = code ? results[code] ?? otherFailure : undefined;
  const leads = code
    ? `It says the request reached the KMS host (so DNS and the port worked), and the host answered ${code}.`
    : `It says the request reached the KMS host and the host answered without an error.`;
  const check = ` If that request was this client's${newest.clientName && !/^<.*>$/.test(newest.clientName) ? ` (${newest.clientName})` : ''}, that is where to go on; otherwise ${EXPECTED_EVENTS}`;
  return refuseWithLead(`${HOST_EVENTS_NOT_CLIENT} ${leads}${check}`, { from: 'host', asked: 'client', facts, ...(event ? { event } : {}), ...(code ? { code } : {}) });
}

/** kms-contact.events: DNS, no answer, clock, host key, count, or another result. */
export const clientEvents: AnswerRule = (readings) => {
  const { request, answer, listed } = newestExchange(readings);
  if (!listed) return hostEventsInstead(readings, RESULT_EVENTS, 'OTHER') ?? notThis(readings, EXPECTED_EVENTS);
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
  if (!listed) return hostEventsInstead(readings, { '0xC004F042': 'F042' }, 'CODE') ?? notThis(readings, EXPECTED_EVENTS);
  if (!request) return notThis(readings, EXPECTED_EVENTS);
  const facts = [requestFact(request), ...(answer ? [answerFact(answer)] : [])];
  const host = knownHost(answers);
  if (host && request.kmsHost && !sameHost(request.kmsHost.host, host)) return choose('OTHER_HOST', [...facts, `It asked ${request.kmsHost.host}, not ${host}`]);
  const code = failing(answer) ?? failing(request);
  if (code === '0xC004F042') return choose('F042', facts);
  if (!answer) return choose('NO_REPLY', [...facts, 'No event 12289 after it: no answer']);
  if (code) return choose('CODE', facts);
  return notThis(readings, 'the newest answer shows no error. Activate the client again and paste the new events.');
};
