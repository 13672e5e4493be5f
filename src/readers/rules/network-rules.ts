// Rules for reaching the KMS host: which host the client uses, the port test, the port and count
// on the host itself, and whether cloned clients share one machine ID (CMID).

import type { Reading } from '../reading.js';
import { newestExchange } from './event-rules.js';
import { choose, describe, fieldAnswer, hostText, notThis, refuse, sameHost, type AnswerRule } from './rule.js';

const isPlaceholder = (host: string) => /[<>*\s]/.test(host);

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
  return notThis(readings, 'it names no KMS host this client uses. Paste slmgr /dlv from the client ("Registered KMS machine name" or "KMS machine name from DNS"), or its event 12288.');
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
    const r = hostReadings(readings).find((x) => x.facts.listeningPort !== undefined);
    if (!r) return notThis(readings, 'paste the output of slmgr /dlv on the KMS host ("Listening on Port").');
    return fieldAnswer(field, String(r.facts.listeningPort), answers, [`${describe(r)}: Listening on Port ${r.facts.listeningPort}`]);
  };
}

/** kms-count.askCount: Current count on the host; else the count the host last told this client. */
export const kmsCount: AnswerRule = (readings, answers) => {
  const r = hostReadings(readings).find((x) => x.facts.currentCount !== undefined);
  if (r) return fieldAnswer('kmsCount', String(r.facts.currentCount), answers, [`${describe(r)}: Current count ${r.facts.currentCount}`]);
  const { answer } = newestExchange(readings);
  if (answer?.count !== undefined) {
    return fieldAnswer('kmsCount', String(answer.count), answers, [`Event 12289${answer.clientTime ? ` (${answer.clientTime})` : ''}: the host reported a count of ${answer.count}`]);
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
  return notThis(readings, `${only ? `it shows one CMID (${only})` : 'it shows no CMID'}. Paste slmgr /dlv from two or three clients, or the KMS host's events 12290, to compare them.`);
};
