// Rules for the clock questions: the w32tm /stripchart measurement, the offset it gives, the
// UTC times two collected machines recorded, and where a machine takes its time from.

import type { ClockSample, Reading } from '../reading.js';
import { choose, describe, fieldAnswer, notThis, refuse, sameHost, type AnswerRule } from './rule.js';

const charts = (readings: readonly Reading[]) => readings.filter((r) => r.kind === 'w32tm-stripchart' && r.facts.clockSamples);

/** A stripchart of another machine than the KMS host being checked: refused with what to run. */
function wrongTarget(r: Reading, kmsHost: unknown): string | undefined {
  const target = r.facts.ntpTarget;
  if (typeof kmsHost !== 'string' || !target || sameHost(target, kmsHost)) return undefined;
  return `This is ${describe(r)}, not of the KMS host ${kmsHost}. Run w32tm /stripchart /computer:${kmsHost} /samples:3 /dataonly on the client.`;
}

/** clock-skew.measure: samples with offsets, or errors only. */
export const stripchart: AnswerRule = (readings, answers) => {
  const r = charts(readings)[0];
  if (!r) return notThis(readings, 'paste what w32tm /stripchart printed on the client.');
  const wrong = wrongTarget(r, answers.kmsHost);
  if (wrong) return refuse(wrong);
  const samples = r.facts.clockSamples!;
  const measured = samples.filter((s) => s.offsetSeconds !== undefined);
  if (measured.length > 0) return choose('SAMPLES', [`${measured.length} sample${measured.length > 1 ? 's' : ''}, e.g. ${sampleLine(measured[0]!)}`]);
  return choose('ERROR', [`w32tm got no time: ${samples[0]!.time}, error ${samples[0]!.error}`]);
};

// The form the clockOffset field reads: "14:22:58, +00.1439319s".
const sampleLine = (s: ClockSample) => `${s.time}, ${s.offsetSeconds! >= 0 ? '+' : ''}${s.offsetSeconds}s`;

const collected = (readings: readonly Reading[], side: 'client' | 'host') =>
  readings.find((r) => r.kind === 'collect' && r.facts.side === side && r.facts.utcTime);

/** clock-skew.askOffset: the stripchart samples, or the UTC times of a client's and a host's collection. */
export const clockOffset: AnswerRule = (readings, answers) => {
  const r = charts(readings).find((x) => x.facts.clockSamples!.some((s) => s.offsetSeconds !== undefined));
  if (r) {
    const wrong = wrongTarget(r, answers.kmsHost);
    if (wrong) return refuse(wrong);
    const lines = r.facts.clockSamples!.filter((s) => s.offsetSeconds !== undefined).map(sampleLine);
    return fieldAnswer('clockOffset', lines.join('\n'), answers, [`w32tm samples: ${lines.join('; ')}`]);
  }
  const client = collected(readings, 'client');
  const host = collected(readings, 'host');
  if (client && host) {
    return fieldAnswer('clockOffset', `${client.facts.utcTime} ${host.facts.utcTime}`, answers, [
      `Collected on ${client.facts.computerName ?? 'the client'} at ${client.facts.utcTime} and on ${host.facts.computerName ?? 'the host'} at ${host.facts.utcTime} (UTC; the time between the two collections counts too)`,
    ]);
  }
  return notThis(readings, 'paste the sample lines of w32tm /stripchart, or the collected JSON of both the client and the KMS host.');
};

/** clock-skew.askClientTime / askHostTime: the UTC time a collection recorded on that side. */
export function collectedUtc(side: 'client' | 'host'): AnswerRule {
  return (readings, answers) => {
    const r = collected(readings, side);
    if (!r) return notThis(readings, `paste kms-doctor collect${side === 'host' ? ' --host-side' : ''}'s JSON from the ${side === 'host' ? 'KMS host' : 'client'}, or type the time (Get-Date).ToUniversalTime() shows.`);
    return fieldAnswer(side === 'host' ? 'hostUtc' : 'clientUtc', r.facts.utcTime!, answers, [`${describe(r)}: UTC time ${r.facts.utcTime}`]);
  };
}

/** mak.clockSource: a time server, or the machine's own clock. */
export const timeSource: AnswerRule = (readings) => {
  const r = readings.find((x) => x.facts.timeSource);
  if (!r) return notThis(readings, 'paste what w32tm /query /status printed (its "Source:" line).');
  const source = r.facts.timeSource!;
  if (/Local CMOS Clock|Free-running System Clock/i.test(source)) return choose('LOCAL', [`Source: ${source} (no time server)`]);
  return choose('SERVER', [`Source: ${source}`]);
};
