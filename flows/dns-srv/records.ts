// The records branch of the dns-srv flow: the lookup of _vlmcs._tcp.{domain}, and when it
// returns records, whether they name today's KMS host on the port it listens on. A stale
// record ends here, in two screens: remove the old record, then make sure the current host has
// one. A right record that still fails goes on to the client side (client-side.ts), no record
// to no-host.ts, a failing DNS server to dns-config.ts, a lookup not read to checklists.ts.
// Each branch lives in its own file, its questions first and then the ends they reach.

import { input, question, resolution } from '../lib/builders.js';
import { NOT_CHECKED, pasteable } from '../lib/not-checked.js';
import { zoneFromDomain } from './publishing.js';

/** The lookup and the records it returns, with the end for a stale record. */
export const recordsBranch = {
  lookup: {
    meta: question({
      title: 'What does DNS return for _vlmcs._tcp.{domain}?',
      probe: 'dns-srv',
      body: ['Run this on the client: it asks DNS for the SRV record that names the KMS host.'],
      commands: [{ ref: 'nslookup-srv', where: 'client' }],
      options: [
        { label: 'One or more records, each with "svr hostname" and "port"', event: 'RECORDS' },
        { label: 'No record: "Non-existent domain" or "can\'t find"', event: 'NONE' },
        { label: '"DNS request timed out" or "Server failed"', event: 'DNS_FAIL' },
        NOT_CHECKED,
      ],
      help: pasteable({
        commands: [{ ref: 'nslookup-srv' }],
        lookFor: 'A record reads "_vlmcs._tcp.{domain}  SRV service location:" then "priority = 0", "weight = 0", "port = 1688", "svr hostname = kms01.{domain}" (Resolve-DnsName: NameTarget and Port). "can\'t find _vlmcs._tcp.{domain}: Non-existent domain" means no record. "DNS request timed out." means the DNS server did not answer.',
      }),
      reads: 'srv-lookup',
    }),
    // Not read: the DNS checks in order, each with what a good answer looks like.
    on: { RECORDS: 'recordHost', NONE: 'hasHost', DNS_FAIL: 'dnsServers', NOT_CHECKED: 'checkDns' },
  },

  // Records found: do they name the right, living host and port?
  recordHost: {
    meta: input({
      title: 'Which host does the record name?',
      body: ['Type the name on the "svr hostname" line. With several records, take the one that should be the KMS host today.'],
      field: 'kmsHostFqdn',
      help: pasteable({
        commands: [{ ref: 'nslookup-srv' }],
        lookFor: '"svr hostname   = kms01.corp.contoso.com" (NameTarget in Resolve-DnsName). An "internet address" line after it is the host\'s address, not its name.',
      }),
      reads: 'srv-record-host',
    }),
    on: { ANSWER: { target: 'recordPort', actions: 'saveAnswer' } },
  },
  recordPort: {
    meta: input({
      title: 'Which port does that record give?',
      body: ['The "port" line of the same record. KMS hosts listen on 1688 unless someone changed it.'],
      field: 'port',
      default: '1688',
      help: pasteable({
        commands: [{ ref: 'nslookup-srv' }],
        lookFor: '"port           = 1688" in the record for {kmsHost} (Port in Resolve-DnsName).',
      }),
      reads: 'srv-record-port',
    }),
    on: { ANSWER: { target: 'recordRight', actions: 'saveAnswer' } },
  },
  recordRight: {
    meta: question({
      title: 'Is {kmsHost} the KMS host today, listening on port {port}?',
      probe: 'resolve-host',
      body: ['A record stays in DNS after its host is retired or renamed. Check that the name still leads to the KMS host, and which port that host listens on.'],
      commands: [{ ref: 'nslookup-kms-host', where: 'client' }, { ref: 'slmgr-dli-host' }],
      options: [
        { label: 'Yes: the right host, on the right port', event: 'RIGHT' },
        { label: 'No: an old or gone host, or a port it does not listen on', event: 'STALE' },
        { label: 'Right, but activation still says "DNS name does not exist"', event: 'STILL_FAILS' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'nslookup-kms-host' }, { ref: 'slmgr-dli-host' }],
        lookFor: 'nslookup {kmsHost} must give the address of the machine that runs KMS now ("Non-existent domain": the host is gone). On that machine, slmgr /dli shows "Listening on Port" (KeyManagementServiceListeningPort in PowerShell): it must be {port}.',
      },
    }),
    // Not known: the port test on {kmsHost} shows whether a working KMS host answers there.
    on: { RIGHT: 'toPort', STALE: 'staleRecord', STILL_FAILS: 'suffixCheck', NOT_CHECKED: 'toPort' },
  },

  staleRecord: {
    meta: resolution({
      title: 'Remove the old SRV record',
      cause: 'The _vlmcs record in {domain} sends clients to {kmsHost} on port {port}, no longer a working KMS host. Clients that pick it get no answer.',
      steps: [
        { text: 'On the Windows DNS server, list the _vlmcs records of {domain}: RecordData shows priority, weight, port and host.', commands: [{ ref: 'dns-get-vlmcs' }] },
        { text: 'Delete the old one (elevated), or in DNS Manager: {domain} > _tcp > its _VLMCS record > Delete. On BIND, remove its line from the zone file.', commands: [{ ref: 'dns-remove-vlmcs' }] },
        { text: 'If the old host still runs, turn its publishing off there, or it writes the record back within 24 hours.', commands: [{ ref: 'slmgr-cdns', purpose: 'On the old host, if it still runs: stop it publishing' }] },
      ],
      verify: [
        {
          text: 'On the client, look the SRV records up again.',
          command: { ref: 'nslookup-srv', where: 'client' },
          expect: 'No "svr hostname = {kmsHost}" line any more',
        },
      ],
      next: { label: 'The current host\'s record', event: 'CURRENT' },
    }),
    on: { CURRENT: 'currentRecord' },
  },
  currentRecord: {
    meta: resolution({
      title: 'Publish the current host\'s record',
      cause: 'With the old record gone, clients find only the KMS hosts that publish. The current host publishes its record when its Software Protection service starts.',
      steps: [
        { text: 'On the current KMS host, restart the Software Protection service (elevated). Or create its record by hand: the next step.', commands: [{ ref: 'restart-sppsvc-host' }] },
        { text: 'On the client, forget the cached answers…', commands: [{ ref: 'ipconfig-flushdns' }] },
        { text: '…and activate again.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [
        {
          text: 'On the client, look the SRV records up in {domain} again.',
          command: { ref: 'nslookup-srv', where: 'client' },
          expect: 'Only current KMS hosts are listed, no "svr hostname = {kmsHost}"',
        },
        { ref: 'ato-success' },
        { ref: 'dlv-kms-licensed' },
      ],
      next: { label: 'Create the current host\'s record', event: 'CREATE' },
    }),
    // The record named the old host: srv-create asks for the current one, in the same zone.
    on: { CREATE: { target: 'toCreateHost', actions: zoneFromDomain } },
  },
} as const;
