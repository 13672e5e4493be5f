// Creating the KMS SRV record by hand: the zone, the KMS host's full name, its port and the
// TTL, then the kind of DNS server, and exactly what to type or paste there (DNS Manager,
// dnscmd / PowerShell, a BIND zone-file line, nsupdate, or the values for any other DNS
// server), with the lookup that proves it worked.
// The dns-srv flow hands off here at askPort when it already knows the zone and the host.

import { input, question, resolution } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { NOT_CHECKED, pasteable } from './lib/not-checked.js';
import { flowSetup } from './lib/setup.js';

/** The step that looks the new record up from a client, with its command. */
const CHECK = {
  text: 'From a client, look it up: the answer must show "svr hostname = {kmsHostFqdn}" and "port = {port}".',
  commands: [{ ref: 'nslookup-srv-zone', where: 'client' as const }],
};
/** slmgr /cdns only matters when the record is kept by hand, so its step says so. */
const BY_HAND = {
  text: 'Keeping the record by hand? Turn publishing off on the KMS host (elevated), or it tries to change the record (event 12293). For the host to publish by itself, leave it on.',
  commands: [{ ref: 'slmgr-cdns' }],
};

const machine = () => flowSetup.createMachine({
  id: 'srv-create',
  context: contextFromInput,
  initial: 'askZone',
  states: {
    askZone: {
      meta: input({
        title: 'In which DNS zone should the record go?',
        body: ['The DNS domain of the clients that must find the KMS host. The record will be _vlmcs._tcp in that zone.'],
        field: 'zone',
        help: {
          commands: [{ ref: 'ipconfig-all' }],
          lookFor: 'On a client: "Primary Dns Suffix . . . . . . . : corp.contoso.com" (for a PC outside the domain, the "Connection-specific DNS Suffix"). In DNS Manager the zone is listed under Forward Lookup Zones.',
        },
      }),
      on: { ANSWER: { target: 'askHost', actions: 'saveAnswer' } },
    },
    askHost: {
      meta: input({
        title: 'What is the KMS host\'s full DNS name?',
        body: ['An SRV record points at a name, never at an address: e.g. kms01.corp.contoso.com.'],
        field: 'kmsHostFqdn',
        help: pasteable({
          commands: [{ ref: 'kms-host-fqdn' }, { ref: 'nslookup-kms-host' }],
          lookFor: 'On the KMS host, the first command prints its full name. nslookup with that name must give the host\'s address; "Non-existent domain" means its address (A) record has to be created first.',
        }),
        reads: 'kms-host-fqdn',
      }),
      on: { ANSWER: { target: 'askPort', actions: 'saveAnswer' } },
    },
    askPort: {
      meta: input({
        title: 'Which port does the KMS host listen on?',
        body: ['The record: _vlmcs._tcp.{zone} pointing at {kmsHostFqdn}. Press Enter for the default port, 1688.'],
        field: 'port',
        default: '1688',
        help: pasteable({
          commands: [{ ref: 'slmgr-dli-host' }],
          lookFor: 'On the KMS host, the "Listening on Port" line of slmgr /dli (KeyManagementServiceListeningPort in PowerShell).',
        }),
        reads: 'host-port',
      }),
      on: { ANSWER: { target: 'askTtl', actions: 'saveAnswer' } },
    },
    askTtl: {
      meta: input({
        title: 'How long may DNS servers cache the record (TTL)?',
        body: ['In seconds. Press Enter for 3600 (one hour), the usual value.'],
        field: 'ttl',
        default: '3600',
        help: {
          commands: [{ ref: 'nslookup-soa-zone' }],
          lookFor: 'The zone\'s own "default TTL = 3600 (1 hour)" line is a safe choice. A shorter TTL lets a later change reach clients sooner.',
        },
      }),
      on: { ANSWER: { target: 'serverKind', actions: 'saveAnswer' } },
    },
    serverKind: {
      meta: question({
        title: 'Which kind of DNS server holds {zone}?',
        commands: [{ ref: 'nslookup-soa-zone' }],
        options: [
          { label: 'Windows DNS (DNS Manager, often on a domain controller)', event: 'WINDOWS' },
          { label: 'BIND (named, on Linux or Unix)', event: 'BIND' },
          { label: 'Another DNS server or DNS service', event: 'OTHER' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'nslookup-soa-zone' }],
          lookFor: 'The "primary name server" line names the server that holds {zone}. A domain controller runs Windows DNS; a Linux server usually runs BIND (named). Ask your DNS team if unsure.',
        },
      }),
      // Not known: the values any DNS server takes, for whoever runs it.
      on: { WINDOWS: 'windowsDns', BIND: 'bindHow', OTHER: 'otherDns', NOT_CHECKED: 'otherDns' },
    },
    bindHow: {
      meta: question({
        title: 'How is the zone {zone} kept on the BIND server?',
        body: ['Look at the zone "{zone}" block of named.conf (the command shows the whole configuration).'],
        commands: [{ ref: 'bind-show-config' }],
        options: [
          { label: 'A zone file edited by hand (no allow-update or update-policy)', event: 'FILE' },
          { label: 'It takes dynamic updates (allow-update or update-policy)', event: 'DYNAMIC' },
          { label: 'Let the KMS host publish and renew the record itself', event: 'HOST' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'bind-show-config' }],
          lookFor: 'The block starts with zone "{zone}" and names its zone file on a "file" line. An "allow-update" or "update-policy" line in it means the zone takes dynamic updates; without one, the file is the only source.',
        },
      }),
      // Not known: an edit in the wrong place is lost, so give the values to whoever runs BIND.
      on: { FILE: 'bindFile', DYNAMIC: 'bindDynamic', HOST: 'askKmsIp', NOT_CHECKED: 'otherDns' },
    },
    askKmsIp: {
      meta: input({
        title: 'What is the KMS host\'s IP address?',
        probe: 'resolve-host',
        body: ['BIND will accept updates of {zone} from this address only.'],
        field: 'kmsHostIp',
        help: {
          commands: [{ ref: 'nslookup-kms-host' }],
          lookFor: 'The "Address:" line under "Name: {kmsHost}" (the first Address line is the DNS server\'s own). IPAddress in Resolve-DnsName.',
        },
      }),
      on: { ANSWER: { target: 'bindHostPublishes', actions: 'saveAnswer' } },
    },

    windowsDns: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Create the SRV record on the Windows DNS server',
        cause: 'Clients find the KMS host through the SRV record _vlmcs._tcp.{zone}, and the host does not (or may not) publish it there. Create it by hand, pointing at {kmsHostFqdn} on port {port}.',
        steps: [
          { text: 'On the DNS server, see what is there now. Delete an old host\'s record rather than leave it beside the new one.', commands: [{ ref: 'dns-get-vlmcs-zone' }] },
          'In DNS Manager: Forward Lookup Zones > {zone} > right-click > Other New Records > Service Location (SRV) > Create Record. Service _VLMCS, Protocol _TCP, Priority 0, Weight 0, Port number {port}, Host offering this service {kmsHostFqdn}. OK, then Done.',
          { text: 'Or run this, elevated, on the DNS server: the same record, with a TTL of {ttl} seconds.', commands: [{ ref: 'dnscmd-add-vlmcs' }] },
          CHECK,
          {
            text: 'Keeping the record by hand? Turn publishing off on the KMS host (elevated). If the host should keep publishing, give its computer account Full Control on this record (Properties > Security), or it logs event 12293.',
            commands: [{ ref: 'slmgr-cdns' }],
          },
        ],
        verify: [{ ref: 'srv-found-zone' }, { ref: 'flush-ato-success' }],
      }),
    },
    bindFile: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Add the SRV record to the zone file of {zone}',
        cause: 'Clients find the KMS host through _vlmcs._tcp.{zone}, and a BIND zone kept as a file takes no updates from the KMS host. Add the record as one line; named serves it once the zone is reloaded.',
        steps: [
          { text: 'Open the zone file (the zone\'s "file" line in named.conf names it) and paste this line at its end.', commands: [{ ref: 'bind-zone-line-vlmcs' }] },
          'Raise the serial number of the SOA record at the top of the file by one (2024061501 becomes 2024061502), or secondary servers keep the old zone.',
          { text: 'Check the configuration and zones…', commands: [{ ref: 'bind-check-zones' }] },
          { text: '…then reload the zone.', commands: [{ ref: 'bind-reload-zone' }] },
          CHECK,
          BY_HAND,
        ],
        verify: [{ ref: 'srv-found-zone' }, { ref: 'flush-ato-success' }],
      }),
    },
    bindDynamic: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Add the record with nsupdate',
        cause: '{zone} takes dynamic updates: named keeps it in memory and a journal, so an edit of the zone file would be lost or refused. Send the record as an update.',
        steps: [
          {
            text: 'On the BIND server, run this (printf feeds nsupdate the update). -l uses named\'s local session key ("update-policy local;"); with a TSIG key, use -k and the key file.',
            commands: [{ ref: 'bind-nsupdate-vlmcs' }],
          },
          'No output: the update was accepted. "update failed: REFUSED": the zone does not allow it from there.',
          CHECK,
          BY_HAND,
        ],
        verify: [{ ref: 'srv-found-zone' }, { ref: 'flush-ato-success' }],
      }),
    },
    bindHostPublishes: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Allow the KMS host\'s updates',
        cause: 'A KMS host publishes its SRV record by dynamic update (renewed every 24 hours), which BIND refuses unless the zone allows it. Allow the host\'s address only: Microsoft\'s example, allow-update { any; };, lets any machine change the zone.',
        steps: [
          { text: 'In the zone "{zone}" block of named.conf, add this line (or add {kmsHostIp}; to its allow-update line).', commands: [{ ref: 'bind-allow-update-kms' }] },
          { text: 'Check the configuration…', commands: [{ ref: 'bind-check-zones' }] },
          { text: '…then load it.', commands: [{ ref: 'bind-reload-all' }] },
          { text: 'On the KMS host, make sure publishing is on (elevated)…', commands: [{ ref: 'slmgr-sdns' }] },
          { text: '…and restart its Software Protection service so it publishes now, with its own port and TTL.', commands: [{ ref: 'restart-sppsvc-host' }] },
          { text: 'Look for event 12294 on the host: the record is published. Then check it from a client (below).', commands: [{ ref: 'events-host-dns' }] },
        ],
        verify: [{ ref: 'host-published-zone' }, { ref: 'srv-found-zone' }, { ref: 'flush-ato-success' }],
      }),
    },
    otherDns: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Create the SRV record on your DNS server',
        cause: 'Clients find the KMS host through _vlmcs._tcp.{zone}, and the KMS host cannot publish it on this DNS server. Most DNS servers and services have a form for SRV records; these are the values to type.',
        steps: [
          'Name _vlmcs._tcp (in full, _vlmcs._tcp.{zone}); some forms ask for Service _vlmcs and Protocol _tcp instead. Type SRV.',
          'Priority 0, Weight 0, Port {port}, Target {kmsHostFqdn} (some forms want a dot at its end), TTL {ttl} seconds.',
          { text: 'A server that imports zone files takes this line as it is (not a command).', commands: [{ ref: 'bind-zone-line-vlmcs', purpose: 'Not a command: the record as a zone-file line, for servers that import them' }] },
          CHECK,
          BY_HAND,
        ],
        verify: [{ ref: 'srv-found-zone' }, { ref: 'flush-ato-success' }],
      }),
    },
  },
});

/** The SRV record creation flow (also on the start screen). */
export const srvCreateFlow = defineFlow({ id: 'srv-create', title: 'Create SRV record', machine });
