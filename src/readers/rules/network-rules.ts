// Rules for reaching the KMS host: which host the client uses, the port test, the port and count
// on the host itself, and whether cloned clients share one machine ID (CMID).

import type { Answers } from '../../../flows/lib/context.js';
import type { Reading } from '../reading.js';
import { newestExchange } from './event-rules.js';
import { officeNotWindows } from './licence-rules.js';
import { choose, describe, fieldAnswer, hostText, notThis, refuse, refuseWithLead, sameHost, type AnswerRule, type RuleResult } from './rule.js';

const isPlaceholder = (host: string) => /[<>*\s]/.test(host);

/** The client's KMS settings query (data/commands: client-kms-info), as the messages name it. */
const CLIENT_KMS_INFO = 'Get-CimInstance SoftwareLicensingService | Format-List ClientMachineID, KeyManagementServiceMachine, …';

/**
 * Why a client's slmgr /dlv names no host or CMID: until the client is activated, slmgr prints
 * "Please use slmgr.vbs /ato to activate and update KMS client information in order to update
 * values." instead of its KMS client information.
 */
function unactivatedNote(readings: readonly Reading[]): string {
  return readings.some((r) => r.facts.kmsInfoPending)
    ? ' This slmgr /dlv says "Please use slmgr.vbs /ato to activate and update KMS client information in order to update values.": an unactivated client shows no KMS client information there.'
    : '';
}

/** port-1688.askHost, clock-skew.askHost: the host set by hand, else found in DNS, else the newest request's. */
export const clientKmsHost: AnswerRule = (readings, answers) => {
  for (const r of readings) {
    if (r.facts.side === 'host') continue;
    const { kmsHostRegistered: set, kmsHostDiscovered: found } = r.facts;
    const host = set ?? found;
    if (host && !isPlaceholder(host.host)) {
      return fieldAnswer('kmsHost', hostText(host), answers, [`${describe(r)}: ${set ? 'set by hand' : 'found through DNS'}: ${hostText(host)}`]);
    }
  }
  const asked = newestExchange(readings).request?.kmsHost;
  if (asked && !isPlaceholder(asked.host)) return fieldAnswer('kmsHost', hostText(asked), answers, [`Event 12288: the client asked ${hostText(asked)}`]);
  return notThis(readings, `it names no KMS host this client uses.${unactivatedNote(readings)} On the client, paste what ${CLIENT_KMS_INFO} prints (KeyManagementServiceMachine: the host set by hand; DiscoveredKeyManagementServiceMachineName: the one found through DNS), or its newest event 12288 (the third value is the host it asked).`);
};

const tcpReadings = (readings: readonly Reading[]) => readings.filter((r) => r.facts.tcp && (r.kind === 'test-netconnection' || r.kind === 'collect'));

/** port-1688.testPort: TcpTestSucceeded True, False, or the name did not resolve. */
export const tcpTest: AnswerRule = (readings, answers) => {
  const r = tcpReadings(readings).find((x) => x.facts.tcp!.succeeded !== undefined || x.facts.tcp!.nameResolved === false);
  if (!r) return notThis(readings, 'paste what Test-NetConnection <kms-host> -Port 1688 printed on the client (its TcpTestSucceeded line).');
  const tcp = r.facts.tcp!;
  const asked = typeof answers.kmsHost === 'string' ? answers.kmsHost : undefined;
  if (asked && tcp.host && !sameHost(tcp.host, asked) && !(tcp.address && sameHost(tcp.address, asked))) {
    return refuse(`This is ${describe(r)}; the question is about ${asked}. Run Test-NetConnection ${asked} -Port ${answers.port ?? 1688}.`);
  }
  if (typeof answers.port === 'number' && tcp.port !== undefined && tcp.port !== answers.port) {
    return refuse(`This tests port ${tcp.port}; the question is about port ${answers.port}. Run the test with -Port ${answers.port}.`);
  }
  const target = `${tcp.host ?? tcp.address ?? 'the host'}${tcp.port ? ` port ${tcp.port}` : ''}`;
  if (tcp.nameResolved === false) return choose('NO_NAME', [`${tcp.host ?? 'The name'} does not resolve`]);
  return choose(tcp.succeeded ? 'OPEN' : 'CLOSED', [`TcpTestSucceeded : ${tcp.succeeded ? 'True' : 'False'} (${target})`]);
};

const hostReadings = (readings: readonly Reading[]) => readings.filter((r) => r.facts.side === 'host');

/** The listening port on the host itself, through `field` (listenPort, or port for a new record). */
export function hostListeningPort(field: 'listenPort' | 'port'): AnswerRule {
  return (readings, answers) => {
    // One port serves Windows and Office: either licence's section shows it; Windows's first.
    const listed = hostReadings(readings).filter((x) => x.facts.listeningPort !== undefined);
    const r = listed.find((x) => x.facts.application !== 'office') ?? listed[0];
    if (!r) return notThis(readings, 'paste the output of slmgr /dlv on the KMS host ("Listening on Port").');
    return fieldAnswer(field, String(r.facts.listeningPort), answers, [`${describe(r)}: Listening on Port ${r.facts.listeningPort}`]);
  };
}

/** A count that points to the answer without being it: taken only by the technician. */
function countLead(raw: number, answers: Answers, message: string, fact: string, from: 'client' | 'host'): RuleResult {
  const field = fieldAnswer('kmsCount', String(raw), answers, [fact]);
  if (!field.ok) return field;
  return refuseWithLead(message, { from, asked: 'host', facts: [fact], value: String(raw) });
}

/**
 * kms-count.askCount: Windows's Current count on the host. Office's count (its own KMS host
 * licence) and the count a client's event 12289 recorded point to an answer, but are not it.
 */
export const kmsCount: AnswerRule = (readings, answers) => {
  const counted = hostReadings(readings).filter((x) => x.facts.currentCount !== undefined);
  const r = counted.find((x) => x.facts.application !== 'office');
  if (r) return fieldAnswer('kmsCount', String(r.facts.currentCount), answers, [`${describe(r)}: Current count ${r.facts.currentCount}`]);
  const office = counted[0];
  if (office) {
    const count = office.facts.currentCount!;
    return countLead(count, answers, officeNotWindows(office, `Current count ${count} is the count of Office clients; Windows keeps its own. If the refused client activates Office, ${count} is the count to use; for Windows, paste slmgr /dli on the KMS host.`), `Office's KMS host licence: Current count ${count}`, 'host');
  }
  const { answer } = newestExchange(readings);
  if (answer?.count !== undefined) {
    const fact = `Event 12289 on the client${answer.clientTime ? ` (${answer.clientTime})` : ''}: the KMS host reported a count of ${answer.count}`;
    return countLead(answer.count, answers, `This is ${describe(readings.find((x) => x.facts.events?.includes(answer)) ?? readings[0]!)}: the count the KMS host told the client then (${answer.count}), logged on the client, not the host's Current count now. Paste slmgr /dli on the KMS host for today's count, or take ${answer.count} if it is recent.`, fact, 'client');
  }
  return notThis(readings, 'paste the output of slmgr /dli on the KMS host ("Current count").');
};

/** kms-count.compareIds: the same CMID on different machines, or every machine its own. */
export const cmidCompare: AnswerRule = (readings) => {
  const seen = new Map<string, Set<string>>();
  const add = (cmid: string, machine: string) => seen.set(cmid, (seen.get(cmid) ?? new Set()).add(machine));
  readings.forEach((r, i) => {
    if (r.facts.cmid && r.facts.side !== 'host') add(r.facts.cmid, r.facts.computerName ?? `output ${i + 1}`);
    for (const e of r.facts.events ?? []) if (e.id === 12290 && e.cmid && e.clientName) add(e.cmid, e.clientName);
  });
  const shared = [...seen].find(([, machines]) => machines.size > 1);
  if (shared) return choose('SAME', [`CMID ${shared[0]} on ${[...shared[1]].join(', ')}`]);
  if (seen.size > 1) return choose('DIFFERENT', [`${seen.size} different CMIDs, one per machine`]);
  const only = [...seen.keys()][0];
  return notThis(readings, `${only ? `it shows one CMID (${only})` : 'it shows no CMID'}.${unactivatedNote(readings)} Paste the ClientMachineID that ${CLIENT_KMS_INFO} prints on two or three clients, their events 12288 (the fourth value), or the KMS host's events 12290, to compare them.`);
};
