// Rules for the questions an error code answers: the code itself, which of a question's codes
// it is, and what an /ato attempt came to. A code the KMS host's event 12290 shows is the
// answer the host gave one client: it is offered (with the client named), never taken as this
// machine's own code.

import { eventMachine } from '../event-params.js';
import type { EventFact, Reading } from '../reading.js';
import { hostEventFact } from './other-machine.js';
import { choose, describe, fieldAnswer, notThis, refuse, refuseWithLead, type AnswerRule, type RuleResult } from './rule.js';

/** One code the outputs show, with the output it is in and, for a KMS host's event, that event. */
interface CodeSeen {
  code: string;
  reading: Reading;
  hostEvent?: EventFact;
}

const SUCCESS = '0x00000000';

/** Every code the outputs show, in order: slmgr's error, the codes an error text names, the notification reason, failed requests. */
function codesSeen(readings: readonly Reading[]): CodeSeen[] {
  const seen: CodeSeen[] = [];
  const add = (code: string | undefined, reading: Reading, hostEvent?: EventFact) => {
    if (code && !seen.some((s) => s.code === code)) seen.push({ code, reading, ...(hostEvent ? { hostEvent } : {}) });
  };
  for (const r of readings) {
    // An event list's own code is one of its events' results: those say whose it is.
    if (r.kind !== 'event') add(r.code, r);
    for (const c of r.facts.codes ?? []) add(c, r);
    add(r.facts.notificationReason, r);
    for (const e of r.facts.events ?? []) {
      const hostEvent = eventMachine(e.id) === 'host' ? e : undefined;
      for (const c of [e.result, ...(e.codes ?? [])]) if (c && c !== SUCCESS) add(c, r, hostEvent);
    }
  }
  return seen;
}

/** Every error code the outputs show, in order: slmgr's error, the notification reason, failed requests. */
export const codesIn = (readings: readonly Reading[]): string[] => codesSeen(readings).map((s) => s.code);

/** The codes the outputs show as their own machine's (not the answers a KMS host's 12290 records for its clients). */
export const ownCodes = (readings: readonly Reading[]): string[] => codesSeen(readings).filter((s) => !s.hostEvent).map((s) => s.code);

const hostCodeMessage = (s: CodeSeen, then: string) =>
  `This is ${describe(s.reading)}: ${hostEventFact(s.hostEvent!)}. That is the answer the KMS host gave that client, logged on the host, not a code this machine logged itself. ${then}`;

/** triage.askCode: the code slmgr printed (or the notification reason), through the errorCode field. */
export const errorCode: AnswerRule = (readings, answers) => {
  const seen = codesSeen(readings);
  const own = seen.find((s) => !s.hostEvent);
  if (own) return fieldAnswer('errorCode', own.code, answers, [`Error code ${own.code} (${describe(own.reading)})`]);
  const host = seen[0];
  if (!host) return notThis(readings, 'it shows no error code. Paste the "Error: 0x…" line of slmgr /ato, or slmgr /dlv with its "Notification Reason:" line.');
  const field = fieldAnswer('errorCode', host.code, answers, []);
  return refuseWithLead(hostCodeMessage(host, `If that client is the one you are fixing, ${host.code} is where to go on.`), {
    from: 'host', facts: [hostEventFact(host.hostEvent!)], code: host.code, ...(field.ok ? { value: host.code } : {}),
  });
};

/** A rule choosing by the first code shown that has an option here. */
export function codeChoice(events: Readonly<Record<string, string>>, expected: string): AnswerRule {
  return (readings) => {
    const seen = codesSeen(readings);
    const own = seen.find((s) => !s.hostEvent && events[s.code] !== undefined);
    if (own) return choose(events[own.code]!, [`Error code ${own.code}`]);
    const host = seen.find((s) => s.hostEvent && events[s.code] !== undefined);
    if (host) {
      return refuseWithLead(hostCodeMessage(host, `If that client is this machine, ${host.code} is the answer here.`), {
        from: 'host', facts: [hostEventFact(host.hostEvent!)], event: events[host.code]!, code: host.code,
      });
    }
    const codes = seen.map((s) => s.code);
    if (codes.length > 0) return notThis(readings, `it shows ${codes.join(', ')}, none of the codes this question is about; ${expected}`);
    return notThis(readings, expected);
  };
}

/** product-key.start: no key installed, or the code of the key problem. */
export const keyProblem: AnswerRule = (readings, answers) => {
  if (readings.some((r) => r.kind.startsWith('slmgr-') && r.facts.productNotFound)) {
    return choose('NONE', ['slmgr: "Error: product not found." (no product key installed)']);
  }
  return codeChoice({
    '0xC004F050': 'INVALID', '0xC004F014': 'NONE', '0xC004F213': 'NONE', '0xC004F051': 'BLOCKED', '0xC004F069': 'EDITION',
    '0xC004F066': 'EDITION', '0xC004F210': 'EDITION', '0xC004F034': 'EDITION', '0xC004F212': 'EDITION', '0xC004F061': 'UPGRADE',
  }, 'paste the error slmgr /ipk or /ato printed.')(readings, answers);
};

/** What an /ato attempt came to: activated, the code it failed with, or nothing said. */
function atoOutcome(readings: readonly Reading[]): { activated: true } | { code: string } | undefined {
  const ato = readings.filter((r) => r.kind === 'slmgr-ato');
  if (ato.some((r) => r.facts.activated)) return { activated: true };
  const code = ato.find((r) => r.code)?.code;
  return code ? { code } : undefined;
}

/** A rule for "activate now: what does slmgr /ato print?" questions. */
export function atoRule(activated: string, failed: (code: string) => string | undefined): AnswerRule {
  return (readings): RuleResult => {
    const outcome = atoOutcome(readings);
    if (!outcome) return notThis(readings, 'paste what slmgr /ato printed: "Product activated successfully." or an "Error: 0x…" line.');
    if ('activated' in outcome) return choose(activated, ['slmgr /ato: "Product activated successfully."']);
    const event = failed(outcome.code);
    if (!event) return refuse(`slmgr /ato failed with ${outcome.code}. That alone does not say which answer fits: choose below.`);
    return choose(event, [`slmgr /ato failed with ${outcome.code}`]);
  };
}
