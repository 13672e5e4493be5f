// The wizard's questions that pasted output can answer, by rule id. A step names its rule in
// its meta (`reads: 'srv-lookup'`); pasting output at that step runs the rule on what was read,
// and either answers (the option event, or field values that passed the field's validator) or
// says what the output is and what the question needs instead.

import type { Answers } from '../../flows/lib/context.js';
import { outputsOf, type Reading } from './reading.js';
import { clockOffset, collectedUtc, stripchart, timeSource } from './rules/clock-rules.js';
import { clientDomain, kmsHostFqdn, kmsPublishing, srvLookup, srvRecordHost, srvRecordPort } from './rules/dns-rules.js';
import { clientEvents, clientEventsPortOpen } from './rules/event-rules.js';
import {
  atoRule, channelRule, clientProduct, codeChoice, errorCode, evaluationEdition, hostStatus, keyProblem,
} from './rules/licence-rules.js';
import { clientKmsHost, cmidCompare, hostListeningPort, kmsCount, tcpTest } from './rules/network-rules.js';
import { refuse, type AnswerRule, type RuleResult } from './rules/rule.js';

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

/** True when a rule of that id exists. */
export const isRuleId = (id: string): boolean => Object.hasOwn(ANSWER_RULES, id);

/**
 * Runs a step's rule on what was pasted (a reading with parts counts as its parts). A rule
 * that fails on some odd reading says so instead of ending the wizard.
 */
export function answerFromOutput(ruleId: string, readings: Reading | readonly Reading[], answers: Answers): RuleResult {
  const rule = ANSWER_RULES[ruleId];
  if (!rule) return refuse(`kms-doctor has no reader for this question (${ruleId}).`);
  try {
    return rule(outputsOf(readings), answers);
  } catch {
    return refuse('kms-doctor could not read an answer from that output; answer the question yourself.');
  }
}
