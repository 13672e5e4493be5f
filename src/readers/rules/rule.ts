// The shape of an answer rule and the helpers every rule uses: saying what a pasted output is,
// refusing output that does not fit the question, and passing read values through the
// field's own validator, so nothing read from a paste reaches an answer unchecked.

import type { Answers } from '../../../flows/lib/context.js';
import { fieldSpec } from '../../input/fields.js';
import type { HostPort, Machine, Reading } from '../reading.js';

/**
 * Where output that does not answer a question still points: it comes from another machine than
 * the question asks about (the KMS host's events at a question about the client's), or from
 * another product (Office's KMS host licence at a question about Windows's). It is never taken
 * as the answer by itself: the technician takes it, or answers otherwise.
 */
export interface Lead {
  /** The machine the output comes from, when it says so. */
  from?: Machine;
  /** The machine the question asks about. */
  asked?: Machine;
  /** What the output does show, one fact a line. */
  facts: string[];
  /** The option of the question it points to. */
  event?: string;
  /** The text for the question's field it points to (the field's validator accepts it). */
  value?: string;
  /** A code it shows, to look up instead. */
  code?: string;
}

/** What a rule made of the output: the answer to send, or why the output does not answer (and where it points). */
export type RuleResult =
  | { ok: true; event?: string; values?: Answers; facts: string[]; /** The text the values were read from (it passed the field's validator). */ text?: string }
  | { ok: false; message: string; lead?: Lead };

/** A rule: the readings pasted (parts already separated) and the answers so far in, a result out. */
export type AnswerRule = (readings: readonly Reading[], answers: Answers) => RuleResult;

/** An answer by option event. */
export const choose = (event: string, facts: string[]): RuleResult => ({ ok: true, event, facts });

/** No answer, with what the output is and what was expected instead. */
export const refuse = (message: string): RuleResult => ({ ok: false, message });

/** No answer, with where the output points instead. */
export const refuseWithLead = (message: string, lead: Lead): RuleResult => ({ ok: false, message, lead });

/** What a machine is called in messages. */
export const MACHINE_NAMES: Readonly<Record<Machine, string>> = { client: 'the client', host: 'the KMS host' };

/** The values a field's validator makes of `raw`, or the refusal naming what was read. */
export function fieldAnswer(field: string, raw: string, answers: Answers, facts: string[]): RuleResult {
  const v = fieldSpec(field).validate(raw, answers);
  if (!v.ok) return refuse(`kms-doctor read "${raw}" from the output, but it is not a usable answer: ${v.message}`);
  return { ok: true, values: v.value, facts, text: raw };
}

/** "kms01.corp.contoso.com:1688", or the name alone without a port. */
export const hostText = (h: HostPort): string => (h.port === undefined ? h.host : `${h.host}:${h.port}`);

function sideText(r: Reading): string {
  const f = r.facts;
  if (f.application === 'office') return f.side === 'host' ? ' of an Office KMS host licence' : ' of an Office licence';
  if (f.side === 'host') return ' from a KMS host';
  if (f.side === 'client') return ' from a KMS client';
  if (f.channel === 'mak') return ' from a machine activated with a MAK';
  if (f.channel === 'retail' || f.channel === 'oem') return ' from a machine with its own retail or OEM key';
  return '';
}

/** What one output is, in a few words ("slmgr /dli from a KMS client"). */
export function describe(r: Reading): string {
  const f = r.facts;
  switch (r.kind) {
    case 'slmgr-dlv': return `slmgr /dlv${sideText(r)}`;
    case 'slmgr-dli': return `slmgr /dli${sideText(r)}`;
    case 'slmgr-xpr': return 'slmgr /xpr';
    case 'slmgr-ato': return f.activated ? 'slmgr /ato (activated)' : r.code ? `slmgr /ato failing with ${r.code}` : 'slmgr /ato';
    case 'nslookup-srv': return `an nslookup SRV lookup${f.srvName ? ` of ${f.srvName}` : ''}`;
    case 'resolve-dnsname-srv': return `a Resolve-DnsName SRV lookup${f.srvName ? ` of ${f.srvName}` : ''}`;
    case 'test-netconnection': return `Test-NetConnection${f.tcp?.host ? ` to ${f.tcp.host}` : ''}${f.tcp?.port ? ` port ${f.tcp.port}` : ''}`;
    case 'w32tm-stripchart': return `w32tm /stripchart${f.ntpTarget ? ` of ${f.ntpTarget}` : ''}`;
    case 'w32tm-status': return 'w32tm /query /status';
    case 'event': return eventsText(r);
    case 'error-details': return `an error's text from Event Viewer ("Error details": ${(f.codes ?? []).join(', then ')})`;
    case 'collect': return `kms-doctor collect's JSON${f.computerName ? ` of ${f.computerName}` : ''}${sideText(r)}`;
    default: return 'text kms-doctor does not recognise';
  }
}

// "the KMS host's events 12290" (logged there), "the client's event 12288".
function eventsText(r: Reading): string {
  const ids = [...new Set(r.facts.events?.map((e) => e.id))];
  const noun = `event${ids.length > 1 || (r.facts.events?.length ?? 0) > 1 ? 's' : ''} ${ids.join(', ')}`;
  return r.facts.side ? `${MACHINE_NAMES[r.facts.side]}'s ${noun}` : noun;
}

/** What several outputs are, joined ("slmgr /dli from a KMS client and w32tm /query /status"). */
export function describeAll(readings: readonly Reading[]): string {
  const names = [...new Set(readings.map(describe))];
  return names.length <= 1 ? names[0] ?? 'nothing' : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The refusal "This is <what it is>; <what was expected>." */
export const notThis = (readings: readonly Reading[], expected: string): RuleResult =>
  refuse(`This is ${describeAll(readings)}; ${expected}`);

/** True when two names (or addresses) plainly mean the same host: equal, or one the short name of the other. */
export function sameHost(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/, '');
  const y = b.toLowerCase().replace(/\.$/, '');
  if (x === y) return true;
  const short = (s: string) => s.split('.')[0]!;
  return (!x.includes('.') || !y.includes('.')) && short(x) === short(y) && !/^\d+$/.test(short(x));
}
