// Rules for the questions slmgr /dlv, /dli, /ato (or collect's licence part) answer: the error
// code, the key's channel, the KMS host's own licence, which product a client activates.

import { CHANNEL_NAMES } from '../fact-lines.js';
import type { Channel, Reading } from '../reading.js';
import { choose, describe, fieldAnswer, notThis, refuse, type AnswerRule } from './rule.js';

/**
 * The outputs that show a licence, the installed one first: `slmgr /dlv all` also lists every
 * edition the machine could run, without a key; the one with a partial key is the one in use.
 */
const licenceReadings = (readings: readonly Reading[]) =>
  readings
    .filter((r) => ['slmgr-dlv', 'slmgr-dli', 'slmgr-ato', 'collect'].includes(r.kind))
    .sort((a, b) => Number(b.facts.partialKey !== undefined) - Number(a.facts.partialKey !== undefined));

/** Every error code the outputs show, in order: slmgr's error, the notification reason, failed requests. */
export function codesIn(readings: readonly Reading[]): string[] {
  const codes = readings.flatMap((r) => [
    r.code, r.facts.notificationReason,
    ...(r.facts.events ?? []).map((e) => (e.result !== '0x00000000' ? e.result : undefined)),
  ]);
  return [...new Set(codes.filter((c): c is string => c !== undefined))];
}

/** triage.askCode: the code slmgr printed (or the notification reason), through the errorCode field. */
export const errorCode: AnswerRule = (readings, answers) => {
  const [code] = codesIn(readings);
  if (!code) return notThis(readings, 'it shows no error code. Paste the "Error: 0x…" line of slmgr /ato, or slmgr /dlv with its "Notification Reason:" line.');
  return fieldAnswer('errorCode', code, answers, [`Error code ${code} (${describe(readings.find((r) => codesIn([r]).includes(code))!)})`]);
};

/** A rule choosing by the licence channel; channels without an option here are refused. */
export function channelRule(events: Partial<Record<Channel | 'no-key', string>>): AnswerRule {
  return (readings) => {
    const outputs = licenceReadings(readings);
    const withChannel = outputs.find((r) => r.facts.channel !== undefined);
    if (!withChannel) {
      if (events['no-key'] && outputs.some((r) => r.facts.productNotFound)) return choose(events['no-key'], ['slmgr: "Error: product not found." (no product key installed)']);
      return notThis(readings, 'the question needs the Description line of slmgr /dlv (or ProductKeyChannel of the PowerShell query) on this machine.');
    }
    const { channel, channelText } = withChannel.facts;
    const event = events[channel!];
    const fact = `Channel ${channelText}: ${CHANNEL_NAMES[channel!]}`;
    if (!event) return refuse(`This is ${describe(withChannel)}: its channel is ${channelText} (${CHANNEL_NAMES[channel!]}), which none of the answers here fits. Choose what applies, or check that it came from the right machine.`);
    return choose(event, [fact]);
  };
}

/** kms-host.hostStatus: a host key (VOLUME_KMS…) licensed or not, or no host key at all. */
export const hostStatus: AnswerRule = (readings) => {
  const r = licenceReadings(readings).find((x) => x.facts.channel !== undefined);
  if (!r) return notThis(readings, 'paste the output of slmgr /dlv on the KMS host (its Description and License Status lines).');
  if (r.kind === 'collect' && r.facts.side === 'client') return notThis([r], 'on the KMS host run kms-doctor collect --host-side (or slmgr /dlv) and paste that.');
  const { channel, channelText, licenseStatus, licenseStatusText } = r.facts;
  if (channel !== 'kms-host') return choose('NO_KEY', [`Channel ${channelText}: no KMS host key installed`]);
  if (licenseStatus === 'licensed') return choose('LICENSED', [`Channel ${channelText}, License Status: ${licenseStatusText ?? 'Licensed'}`]);
  if (licenseStatus === undefined) return refuse(`This is ${describe(r)} with a KMS host key (${channelText}), but kms-doctor cannot read its License Status line. Choose by that line.`);
  return choose('UNACTIVATED', [`Channel ${channelText}, License Status: ${licenseStatusText}`]);
};

/** kms-count.askProduct: what the client activates, by its product name or the count its request needs. */
export const clientProduct: AnswerRule = (readings) => {
  const licence = licenceReadings(readings).filter((r) => r.facts.productName);
  const client = licence.find((r) => r.facts.side !== 'host');
  if (client) {
    const name = client.facts.productName!;
    if (/office/i.test(name)) return choose('OFFICE', [`Name: ${name}`]);
    if (/server/i.test(name)) return choose('SERVER', [`Name: ${name}`]);
    if (/windows/i.test(name)) return choose('CLIENT', [`Name: ${name}`]);
  }
  const request = readings.flatMap((r) => r.facts.events ?? []).find((e) => e.id === 12288 && e.neededCount !== undefined);
  if (request?.neededCount === 25) return choose('CLIENT', ['Event 12288: the client needs a count of 25 (a Windows client)']);
  if (licence.length > 0 && !client) return notThis(readings, 'that is the KMS host itself. Paste slmgr /dlv from the client that was refused.');
  return notThis(readings, 'paste slmgr /dlv from the client: its Name line says what it activates.');
};

/** product-key.whichEdition: only the evaluation case can be read; the other choices need the technician. */
export const evaluationEdition: AnswerRule = (readings) => {
  const r = licenceReadings(readings).find((x) => x.facts.productName || x.facts.channel);
  if (!r) return notThis(readings, 'paste slmgr /dlv from this machine: its Name line names the edition.');
  const { productName, channel, channelText } = r.facts;
  if (channel === 'eval' || /eval/i.test(productName ?? '')) return choose('EVAL', [`Name: ${productName ?? '?'}${channelText ? `, channel ${channelText}` : ''} (an evaluation edition)`]);
  return refuse(`This is ${describe(r)} of ${productName ?? 'a full edition'}, not an evaluation edition; which of the other answers fits depends on the key you have. Choose below.`);
};

/** A rule choosing by the first code shown that has an option here. */
export function codeChoice(events: Readonly<Record<string, string>>, expected: string): AnswerRule {
  return (readings) => {
    const codes = codesIn(readings);
    const code = codes.find((c) => events[c] !== undefined);
    if (code) return choose(events[code]!, [`Error code ${code}`]);
    if (codes.length > 0) return notThis(readings, `it shows ${codes.join(', ')}, none of the codes this question is about; ${expected}`);
    return notThis(readings, expected);
  };
}

/** product-key.start: no key installed, or the code of the key problem. */
export const keyProblem: AnswerRule = (readings, answers) => {
  if (licenceReadings(readings).some((r) => r.facts.productNotFound)) return choose('NONE', ['slmgr: "Error: product not found." (no product key installed)']);
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
  return (readings) => {
    const outcome = atoOutcome(readings);
    if (!outcome) return notThis(readings, 'paste what slmgr /ato printed: "Product activated successfully." or an "Error: 0x…" line.');
    if ('activated' in outcome) return choose(activated, ['slmgr /ato: "Product activated successfully."']);
    const event = failed(outcome.code);
    if (!event) return refuse(`slmgr /ato failed with ${outcome.code}. That alone does not say which answer fits: choose below.`);
    return choose(event, [`slmgr /ato failed with ${outcome.code}`]);
  };
}
