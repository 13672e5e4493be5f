// Rules for the questions slmgr /dlv, /dli, /ato (or collect's licence part) answer: the key's
// channel, the KMS host's own licence, which product a client activates. Windows's questions
// read Windows's licence only: `slmgr /dlv all` on a KMS host may also list Office's KMS host
// licence (Application ID 0ff1ce…), with its own channel, status and count.

import { CHANNEL_NAMES } from '../fact-lines.js';
import type { Channel, Reading } from '../reading.js';
import { choose, describe, notThis, refuse, refuseWithLead, type AnswerRule } from './rule.js';

/**
 * The outputs that show a licence, the installed one first: `slmgr /dlv all` also lists every
 * edition the machine could run, without a key; the one with a partial key is the one in use.
 */
const licenceReadings = (readings: readonly Reading[]) =>
  readings
    .filter((r) => ['slmgr-dlv', 'slmgr-dli', 'slmgr-ato', 'collect'].includes(r.kind))
    .sort((a, b) => Number(b.facts.partialKey !== undefined) - Number(a.facts.partialKey !== undefined));

const isOffice = (r: Reading) => r.facts.application === 'office';

/** The licence outputs that are Windows's (or do not say otherwise), and Office's apart. */
export function windowsLicences(readings: readonly Reading[]): { windows: Reading[]; office: Reading[] } {
  const all = licenceReadings(readings);
  return { windows: all.filter((r) => !isOffice(r)), office: all.filter(isOffice) };
}

/** The refusal for Office's licence where Windows's was asked for. */
export const officeNotWindows = (office: Reading, instead: string): string =>
  `This is ${describe(office)} (Name: ${office.facts.productName ?? '?'}${office.facts.channelText ? `, ${office.facts.channelText}` : ''}): Office's licence, not Windows's. ${instead}`;

const OFFICE_INSTEAD = 'The question is about Windows\'s own licence: paste slmgr /dlv without "all" (it shows Windows only).';

/** A rule choosing by the licence channel; channels without an option here are refused. */
export function channelRule(events: Partial<Record<Channel | 'no-key', string>>): AnswerRule {
  return (readings) => {
    const { windows: outputs, office } = windowsLicences(readings);
    if (!outputs.some((r) => r.facts.channel !== undefined) && office[0]) return refuse(officeNotWindows(office[0], OFFICE_INSTEAD));
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

/**
 * kms-host.hostStatus: Windows's host key (VOLUME_KMS…) licensed or not, or no host key at all.
 * A licence with a client's key comes from a KMS client, or from a host without its key: which,
 * only the technician knows, so it points to "no host key" without answering.
 */
export const hostStatus: AnswerRule = (readings) => {
  const { windows, office } = windowsLicences(readings);
  const r = windows.find((x) => x.facts.channel !== undefined);
  const officeHost = office.find((x) => x.facts.channel === 'kms-host');
  if (!r) {
    if (office[0]) return refuse(officeNotWindows(officeHost ?? office[0], 'The question is about the KMS host key of Windows: paste slmgr /dlv on the KMS host without "all" (it shows Windows\'s licence only).'));
    return notThis(readings, 'paste the output of slmgr /dlv on the KMS host (its Description and License Status lines).');
  }
  if (r.kind === 'collect' && r.facts.side === 'client') return notThis([r], 'on the KMS host run kms-doctor collect --host-side (or slmgr /dlv) and paste that.');
  const { channel, channelText, licenseStatus, licenseStatusText } = r.facts;
  if (channel !== 'kms-host') {
    const fact = `Channel ${channelText}: ${CHANNEL_NAMES[channel!]}, not a KMS host key`;
    return refuseWithLead(`This is ${describe(r)}: its channel is ${channelText} (${CHANNEL_NAMES[channel!]}), so it comes from a machine without a KMS host key. If you ran it on the KMS host, the host has no host key installed; if it comes from a client, paste slmgr /dlv from the KMS host instead.`, {
      ...(r.facts.side ? { from: r.facts.side } : {}), asked: 'host', facts: [fact], event: 'NO_KEY',
    });
  }
  const also = officeHost ? [`Also listed: Office's KMS host licence (${officeHost.facts.productName ?? '?'}), which does not count here`] : [];
  if (licenseStatus === 'licensed') return choose('LICENSED', [`Channel ${channelText}, License Status: ${licenseStatusText ?? 'Licensed'}`, ...also]);
  if (licenseStatus === undefined) return refuse(`This is ${describe(r)} with a KMS host key (${channelText}), but kms-doctor cannot read its License Status line. Choose by that line.`);
  return choose('UNACTIVATED', [`Channel ${channelText}, License Status: ${licenseStatusText ?? licenseStatus}`, ...also]);
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
  const r = windowsLicences(readings).windows.find((x) => x.facts.productName || x.facts.channel);
  if (!r) return notThis(readings, 'paste slmgr /dlv from this machine: its Name line names the edition.');
  const { productName, channel, channelText } = r.facts;
  if (channel === 'eval' || /eval/i.test(productName ?? '')) return choose('EVAL', [`Name: ${productName ?? '?'}${channelText ? `, channel ${channelText}` : ''} (an evaluation edition)`]);
  return refuse(`This is ${describe(r)} of ${productName ?? 'a full edition'}, not an evaluation edition; which of the other answers fits depends on the key you have. Choose below.`);
};

/** evaluation-kind: Windows Server's evaluation (it converts in place) or a Windows client's (it is reinstalled). */
export const evaluationKind: AnswerRule = (readings) => {
  const r = windowsLicences(readings).windows.find((x) => x.facts.productName);
  if (!r) return notThis(readings, 'paste slmgr /dlv from this machine: its Name line names the edition.');
  const name = r.facts.productName!;
  if (r.facts.channel !== 'eval' && !/eval/i.test(name)) return refuse(`This is ${describe(r)} of ${name}, not an evaluation edition. Choose below, or go back.`);
  if (/server/i.test(name)) return choose('SERVER', [`Name: ${name} (a Windows Server evaluation)`]);
  return choose('CLIENT', [`Name: ${name} (a Windows client evaluation)`]);
};
