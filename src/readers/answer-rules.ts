// The wizard's questions that pasted output can answer, by rule id. A step names its rule in
// its meta (`reads: 'srv-lookup'`); pasting output at that step runs the rule on what was read,
// and either answers (the option event, or field values that passed the field's validator) or
// says what the output is and what the question needs instead.

import type { Answers } from '../../flows/lib/context.js';
import { outputsOf, type Machine, type Reading } from './reading.js';
import { clockOffset, collectedUtc, stripchart, timeSource } from './rules/clock-rules.js';
import { clientDomain, kmsHostFqdn, kmsPublishing, srvLookup, srvRecordHost, srvRecordPort } from './rules/dns-rules.js';
import { clientEvents, clientEventsPortOpen } from './rules/event-rules.js';
import { atoRule, codeChoice, errorCode, keyProblem } from './rules/code-rules.js';
import { channelRule, clientProduct, evaluationEdition, evaluationKind, hostStatus } from './rules/licence-rules.js';
import { clientKmsHost, cmidCompare, hostListeningPort, kmsCount, tcpTest } from './rules/network-rules.js';
import { describeAll, MACHINE_NAMES, refuse, refuseWithLead, type AnswerRule, type RuleResult } from './rules/rule.js';

export type { AnswerRule, RuleResult } from './rules/rule.js';

const UNREACHED = new Set(['0xC004F074', '0xC004F00F']);

/** Every rule, by the id steps name in `reads`. */
export const ANSWER_RULES: Readonly<Record<string, AnswerRule>> = {
  // Licence (slmgr /dlv, /dli, /ato; collect)
  'error-code': errorCode,
  'channel': channelRule({ 'kms-client': 'KMS_CLIENT', 'kms-host': 'KMS_HOST', mak: 'MAK', retail: 'RETAIL', oem: 'RETAIL', eval: 'EVAL', 'no-key': 'NO_KEY' }),
  'channel-kms-client': channelRule({ 'kms-client': 'KMS_CLIENT', retail: 'WRONG_KEY', oem: 'WRONG_KEY', mak: 'WRONG_KEY' }),
  'channel-hardware': channelRule({ 'kms-client': 'KMS_CLIENT', mak: 'MAK', 'kms-host': 'KMS_HOST', retail: 'RETAIL', oem: 'RETAIL' }),
  'channel-grace': channelRule({ mak: 'MAK', 'kms-client': 'KMS_CLIENT', retail: 'RETAIL', oem: 'RETAIL' }),
  'key-kind': channelRule({ 'kms-client': 'KMS', mak: 'MAK', retail: 'RETAIL', oem: 'RETAIL', 'kms-host': 'HOST' }),
  'key-problem': keyProblem,
  'evaluation-edition': evaluationEdition,
  'evaluation-kind': evaluationKind,
  'host-status': hostStatus,
  'client-product': clientProduct,
  'grace-code': codeChoice(
    { '0xC004F009': 'F009', '0xC004F065': 'F065', '0xC004F064': 'F064', '0x8004FE21': 'FE21', '0xC004F200': 'F200' },
    'paste the error slmgr /ato printed, or slmgr /dlv with its Notification Reason.',
  ),
  'store-code': codeChoice(
    { '0xC004E015': 'E015', '0xC004E002': 'E002', '0xC004F012': 'F012', '0xC004E003': 'E003', '0x8007000D': 'D000' },
    'paste the error slmgr printed.',
  ),
  'bios-code': codeChoice({ '0xC004F035': 'F035', '0xC004F063': 'F063' }, 'paste the error slmgr printed.'),
  'ato-hardware': atoRule('ACTIVATED', (code) => (UNREACHED.has(code) ? 'UNREACHED' : 'OTHER')),
  'ato-grace': atoRule('ACTIVATED', () => 'ERROR'),
  'ato-direct': atoRule('WORKS', () => undefined),
  // DNS
  'client-domain': clientDomain,
  'srv-lookup': srvLookup,
  'srv-record-host': srvRecordHost,
  'srv-record-port': srvRecordPort,
  'kms-publishing': kmsPublishing,
  'kms-host-fqdn': kmsHostFqdn,
  // Reaching the host, its port and count
  'client-kms-host': clientKmsHost,
  'tcp-test': tcpTest,
  'host-listening-port': hostListeningPort('listenPort'),
  'host-port': hostListeningPort('port'),
  'kms-count': kmsCount,
  'cmid-compare': cmidCompare,
  'client-events': clientEvents,
  'client-events-port': clientEventsPortOpen,
  // Clocks
  'stripchart': stripchart,
  'clock-offset': clockOffset,
  'client-utc': collectedUtc('client'),
  'host-utc': collectedUtc('host'),
  'time-source': timeSource,
};

/**
 * The machine each question asks about, by rule id; a rule not named here asks about "this
 * machine", whichever it is. Output that says it comes from the other machine never answers
 * these questions by itself (see answerFromOutput).
 */
export const RULE_MACHINES: Readonly<Record<string, Machine>> = {
  'channel-kms-client': 'client', 'client-product': 'client', 'client-domain': 'client', 'srv-lookup': 'client',
  'srv-record-host': 'client', 'srv-record-port': 'client', 'client-kms-host': 'client', 'tcp-test': 'client',
  'client-events': 'client', 'client-events-port': 'client', 'stripchart': 'client', 'client-utc': 'client',
  'host-status': 'host', 'kms-publishing': 'host', 'kms-host-fqdn': 'host', 'host-listening-port': 'host', 'host-port': 'host',
  'kms-count': 'host', 'host-utc': 'host',
};

/** True when a rule of that id exists. */
export const isRuleId = (id: string): boolean => Object.hasOwn(ANSWER_RULES, id);

const otherThan = (asked: Machine) => (r: Reading) => r.facts.side !== undefined && r.facts.side !== asked;

/**
 * A rule's answer read from the other machine's output only: what it would answer, offered as a
 * lead with where the output comes from, never given as the answer.
 */
function fromOtherMachine(result: RuleResult & { ok: true }, others: readonly Reading[], asked: Machine): RuleResult {
  const from = others[0]!.facts.side!;
  const message = `This is ${describeAll(others)}: output of ${MACHINE_NAMES[from]}, and the question is about ${MACHINE_NAMES[asked]}. `
    + `It shows: ${result.facts.join('; ')}. If it does come from the machine asked about, that is the answer; otherwise run the command on ${MACHINE_NAMES[asked]} and paste that.`;
  return refuseWithLead(message, {
    from, asked, facts: result.facts, ...(result.event ? { event: result.event } : {}), ...(result.text !== undefined ? { value: result.text } : {}),
  });
}

/**
 * Runs a step's rule on what was pasted (a reading with parts counts as its parts). Output of
 * the machine the question asks about (or of no known machine) is read first; output of the
 * other machine alone at most points to an answer. A rule that fails on some odd reading says
 * so instead of ending the wizard.
 */
export function answerFromOutput(ruleId: string, readings: Reading | readonly Reading[], answers: Answers): RuleResult {
  const rule = ANSWER_RULES[ruleId];
  if (!rule) return refuse(`kms-doctor has no reader for this question (${ruleId}).`);
  try {
    const all = outputsOf(readings);
    const asked = RULE_MACHINES[ruleId];
    const others = asked ? all.filter(otherThan(asked)) : [];
    if (!asked || others.length === 0) return rule(all, answers);
    const own = rule(all.filter((r) => !others.includes(r)), answers);
    if (own.ok) return own;
    const result = rule(all, answers);
    return result.ok ? fromOtherMachine(result, others, asked) : result;
  } catch {
    return refuse('kms-doctor could not read an answer from that output; answer the question yourself.');
  }
}
