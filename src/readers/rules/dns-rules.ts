// Rules for the DNS questions: the client's domain, what the SRV lookup returned, the record's
// host and port, whether the KMS host publishes its record, and the KMS host's own name.

import type { Answers } from '../../../flows/lib/context.js';
import type { Reading, SrvRecord } from '../reading.js';
import { clientEventFact, CLIENT_EVENTS_NOT_HOST, eventsOf } from './other-machine.js';
import { choose, describe, fieldAnswer, notThis, refuse, refuseWithLead, type AnswerRule, type RuleResult } from './rule.js';

const srvReadings = (readings: readonly Reading[]) =>
  readings.filter((r) => ['nslookup-srv', 'resolve-dnsname-srv', 'collect'].includes(r.kind) && (r.facts.srvStatus || r.facts.srvName));

const recordText = (r: SrvRecord) => `${r.target}${r.port !== undefined ? ` port ${r.port}` : ''}`;

/** dns-srv.askDomain: the domain the SRV lookup was made in (collect: the machine's lookup domain). */
export const clientDomain: AnswerRule = (readings, answers) => {
  // A KMS host's collection names the host's domain, which need not be the client's.
  const r = readings.find((x) => x.facts.domain && ['collect', 'nslookup-srv', 'resolve-dnsname-srv'].includes(x.kind) && !(x.kind === 'collect' && x.facts.side === 'host'));
  if (!r) return notThis(readings, 'it names no DNS domain. Paste ipconfig /all\'s "Primary Dns Suffix", kms-doctor collect\'s JSON, or an SRV lookup of _vlmcs._tcp.<domain>.');
  const from = r.kind === 'collect' ? 'the domain the client looks in (collected)' : `the domain of ${r.facts.srvName}`;
  return fieldAnswer('domain', r.facts.domain!, answers, [`Domain ${r.facts.domain} (${from})`]);
};

/** A refusal when the lookup was made in another domain than the one being diagnosed. */
function otherDomain(r: Reading, answers: Answers): RuleResult | undefined {
  const asked = typeof answers.domain === 'string' ? answers.domain.toLowerCase() : undefined;
  if (!asked || !r.facts.domain || r.facts.domain === asked) return undefined;
  return refuse(`This is ${describe(r)}, which looks in ${r.facts.domain}; the question is about ${asked}. Run the lookup for _vlmcs._tcp.${asked}.`);
}

/** dns-srv.lookup: records, no record, or a DNS failure. */
export const srvLookup: AnswerRule = (readings, answers) => {
  const r = srvReadings(readings).find((x) => x.facts.srvStatus);
  if (!r) return notThis(readings, 'paste the output of nslookup -type=srv _vlmcs._tcp.<domain> (or Resolve-DnsName -Type SRV) run on the client.');
  const wrong = otherDomain(r, answers);
  if (wrong) return wrong;
  const name = r.facts.srvName ?? '_vlmcs._tcp';
  const { srvStatus, srvRecords = [] } = r.facts;
  if (srvStatus === 'found') return choose('RECORDS', [`${name}: ${srvRecords.length} record${srvRecords.length > 1 ? 's' : ''} (${srvRecords.map(recordText).join('; ')})`]);
  if (srvStatus === 'none') return choose('NONE', [`${name}: no such record`]);
  return choose('DNS_FAIL', [`${name}: the DNS server ${srvStatus === 'timeout' ? 'did not answer in time' : 'failed to answer'}`]);
};

function recordsOf(readings: readonly Reading[], answers: Answers): { records: SrvRecord[]; refusal?: RuleResult } {
  const r = srvReadings(readings).find((x) => (x.facts.srvRecords?.length ?? 0) > 0);
  if (!r) return { records: [], refusal: notThis(readings, 'it lists no SRV record. Paste the nslookup -type=srv output that shows the records.') };
  const wrong = otherDomain(r, answers);
  return wrong ? { records: [], refusal: wrong } : { records: r.facts.srvRecords! };
}

/** dns-srv.recordHost: the one host the records name (several: the technician picks). */
export const srvRecordHost: AnswerRule = (readings, answers) => {
  const { records, refusal } = recordsOf(readings, answers);
  if (refusal) return refusal;
  const targets = [...new Set(records.map((r) => r.target.toLowerCase()))];
  if (targets.length > 1) return refuse(`The lookup lists ${targets.length} hosts (${targets.join(', ')}). Type the one that should be the KMS host today.`);
  return fieldAnswer('kmsHostFqdn', records[0]!.target, answers, [`The record names ${records[0]!.target}`]);
};

/** dns-srv.recordPort: the port of the record for the host already named (or of the only record). */
export const srvRecordPort: AnswerRule = (readings, answers) => {
  const { records, refusal } = recordsOf(readings, answers);
  if (refusal) return refusal;
  const host = typeof answers.kmsHost === 'string' ? answers.kmsHost.toLowerCase() : undefined;
  const record = records.find((r) => host !== undefined && r.target.toLowerCase() === host) ?? (records.length === 1 ? records[0] : undefined);
  if (!record) return refuse(`The lookup lists ${records.length} records, none for ${host ?? 'the host named'}: type the port of the record you mean.`);
  if (record.port === undefined) return refuse(`The record for ${record.target} shows no port line; type the port.`);
  return fieldAnswer('port', String(record.port), answers, [`The record for ${record.target} gives port ${record.port}`]);
};

/** dns-srv.publishing: publishing turned off, or what the host's newest 12293/12294 says. */
export const kmsPublishing: AnswerRule = (readings, answers) => {
  const off = readings.find((r) => r.facts.dnsPublishing === false);
  if (off) return choose('OFF', [`${describe(off)}: DNS publishing is disabled`]);
  const event = readings.flatMap((r) => r.facts.events ?? []).find((e) => e.id === 12293 || e.id === 12294);
  if (!event) {
    const on = readings.find((r) => r.facts.dnsPublishing === true);
    if (on) return refuse(`This is ${describe(on)}: DNS publishing is enabled there. Look at the host's events 12293/12294 to see whether publishing worked.`);
    const client = eventsOf(readings, 'client');
    if (client.length > 0) {
      const facts = client.slice(0, 2).map(clientEventFact);
      const code = client.map((e) => (e.result && e.result !== '0x00000000' ? e.result : undefined)).find(Boolean);
      return refuseWithLead(`${CLIENT_EVENTS_NOT_HOST} They show: ${facts.join('; ')}. They do not say whether the host publishes its record: paste the KMS host's events 12293/12294 (its Application log), or its slmgr /dli.`, {
        from: 'client', asked: 'host', facts, ...(code ? { code } : {}),
      });
    }
    return notThis(readings, 'paste the KMS host\'s events 12293/12294 (Application log), or its slmgr /dli.');
  }
  if (event.id === 12293) {
    if (event.result === '0x80072338') return choose('DENIED', [`Event 12293: publishing${event.domain ? ` to ${event.domain}` : ''} failed with 0x80072338`]);
    return choose('FAILED', [`Event 12293: publishing${event.domain ? ` to ${event.domain}` : ''} failed${event.result ? ` with ${event.result}` : ''}`]);
  }
  const asked = typeof answers.domain === 'string' ? answers.domain.toLowerCase() : undefined;
  if (event.domain && asked && event.domain !== asked) return choose('OTHER_DOMAIN', [`Event 12294: published to ${event.domain}, not to ${asked}`]);
  return refuse(`Event 12294 says the host published its record${event.domain ? ` to ${event.domain}` : ''}. If the client still finds none, choose "create the record by hand" or point the client at the host.`);
};

/** dns-srv.askHost and srv-create.askHost: the KMS host's full name, from its own collected JSON. */
export const kmsHostFqdn: AnswerRule = (readings, answers) => {
  const host = readings.find((r) => r.kind === 'collect' && r.facts.side === 'host' && r.facts.computerName);
  if (!host) return notThis(readings, 'run kms-doctor collect --host-side on the KMS host and paste its JSON: it names the host.');
  const domain = host.facts.machineDomain && host.facts.machineDomain.includes('.') ? host.facts.machineDomain : host.facts.domain;
  const fqdn = `${host.facts.computerName}${domain ? `.${domain}` : ''}`.toLowerCase();
  return fieldAnswer('kmsHostFqdn', fqdn, answers, [`The KMS host is ${fqdn}`]);
};
