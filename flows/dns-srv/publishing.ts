// The publishing branch of the dns-srv flow: there is a KMS host but no record, so is the
// host publishing its record, and does DNS let it? 0x80072338 (DNS refused the update of a
// record another host created) starts at permissionServer. The ends: turn publishing back on
// (unless it was turned off on purpose), let Windows DNS accept the update, or give the new host
// rights on the record; a host publishing in another domain goes on in other-zone.ts, and a
// record made by hand (or a BIND zone) continues in srv-create.

import { derive, input, question, resolution } from '../lib/builders.js';
import { NOT_CHECKED, pasteable } from '../lib/not-checked.js';

/** srv-create continues at its port question with the zone and host typed here. */
export const zoneFromDomain = derive((context) => ({ zone: String(context.answers.domain) }));


/** The KMS host's name, its publishing and the record's permission, with their ends. */
export const publishingBranch = {
  askHost: {
    meta: input({
      title: 'What is the KMS host\'s full DNS name?',
      body: ['Its name with its domain, such as kms01.corp.contoso.com.'],
      field: 'kmsHostFqdn',
      help: pasteable({
        commands: [{ ref: 'kms-host-fqdn' }, { ref: 'ipconfig-all', where: 'kms-host' }],
        lookFor: 'On the KMS host, the first command prints its full name. In ipconfig /all, "Host Name" followed by "Primary Dns Suffix" gives the same.',
      }),
      reads: 'kms-host-fqdn',
    }),
    on: { ANSWER: { target: 'publishing', actions: 'saveAnswer' } },
  },
  publishing: {
    meta: question({
      title: 'Is the KMS host publishing its record?',
      body: ['A KMS host writes its own SRV record in its DNS domain and renews it every 24 hours, unless publishing is off or DNS refuses it. Run these on the host.'],
      commands: [{ ref: 'reg-dns-publishing' }, { ref: 'events-host-dns' }],
      options: [
        { label: 'DisableDnsPublishing is 0x1: publishing is off', event: 'OFF' },
        { label: 'Event 12293 with "Info: 0x80072338"', event: 'DENIED' },
        { label: 'Event 12293 with another code', event: 'FAILED' },
        { label: 'Event 12294, but for another domain than {domain}', event: 'OTHER_DOMAIN' },
        { label: 'None of these: I will create the record by hand', event: 'CREATE' },
        { label: 'Skip DNS: point the client straight at the host', event: 'DIRECT' },
        NOT_CHECKED,
      ],
      help: pasteable({
        commands: [{ ref: 'slmgr-dli-host' }],
        lookFor: '"DisableDnsPublishing    REG_DWORD    0x1" means off; "0x0", or "ERROR: The system was unable to find the specified registry key or value.", means on (the default). 12294: "Publishing the Key Management Service (KMS) to DNS in the \'…\' domain is successful." 12293: publishing failed, with an "Info:" code.',
      }),
      reads: 'kms-publishing',
    }),
    on: {
      OFF: 'offOnPurpose',
      DENIED: 'permissionServer',
      FAILED: 'failedServer',
      OTHER_DOMAIN: 'otherZoneHow',
      CREATE: { target: 'toCreateKnown', actions: zoneFromDomain },
      DIRECT: 'tryDirect',
      // Not known (often: no way onto the host): the next check, from the client, is the host itself.
      NOT_CHECKED: 'tryDirect',
    },
  },
  offOnPurpose: {
    meta: question({
      title: 'Was publishing turned off on purpose?',
      body: ['Some sites keep the KMS record by hand and turn the host\'s own publishing off (slmgr /cdns). Then the record is to be created, not the publishing turned back on.'],
      options: [
        { label: 'Yes: the record is kept by hand', event: 'BY_HAND' },
        { label: 'No: turn publishing back on', event: 'TURN_ON' },
        NOT_CHECKED,
      ],
      help: { lookFor: 'Ask whoever looks after the KMS host or DNS. A record kept by hand is usually in their notes; a host that was set up with the defaults publishes by itself.' },
    }),
    // Not known: publishing is on by default, so turning it back on is the usual fix.
    on: { BY_HAND: { target: 'toCreateKnown', actions: zoneFromDomain }, TURN_ON: 'publishingOff', NOT_CHECKED: 'publishingOff' },
  },
  failedServer: {
    meta: question({
      title: 'Which DNS server holds {domain}?',
      body: ['Event 12293: DNS refused the host\'s update of its record, or did not answer. What to change depends on the DNS server.'],
      options: [
        { label: 'Windows DNS (Active Directory)', event: 'WINDOWS' },
        { label: 'BIND or another DNS server', event: 'OTHER' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'ipconfig-all', where: 'kms-host' }],
        lookFor: 'The "DNS Servers" line on the KMS host gives the DNS server\'s address. Domain controllers run Windows DNS; a Linux server usually runs BIND. Ask your DNS team if unsure.',
      },
    }),
    // BIND or another server: srv-create creates the record, or lets the host publish it.
    // Not known: the Windows DNS steps start with the event's code, which every server shares.
    on: { WINDOWS: 'publishFailed', OTHER: { target: 'toCreateKnown', actions: zoneFromDomain }, NOT_CHECKED: 'publishFailed' },
  },
  permissionServer: {
    meta: question({
      title: 'Which DNS server holds the KMS record\'s zone?',
      body: ['Event 12293 with 0x80072338: DNS refused this host\'s update of the _VLMCS record. The KMS host that created the record first owns it; a new host may not change it.'],
      options: [
        { label: 'Windows DNS (Active Directory)', event: 'WINDOWS' },
        { label: 'BIND or another DNS server: create the record by hand', event: 'OTHER' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'ipconfig-all', where: 'kms-host' }],
        lookFor: 'The "DNS Servers" line on the KMS host gives the DNS server\'s address. Domain controllers run Windows DNS; a Linux server usually runs BIND. Ask your DNS team if unsure.',
      },
    }),
    // Not known: srv-create asks which DNS server again, with its own way forward.
    on: { WINDOWS: 'permissionFix', OTHER: 'toCreate', NOT_CHECKED: 'toCreate' },
  },

  publishingOff: {
    type: 'final',
    meta: resolution({
      title: 'Turn DNS publishing back on',
      cause: 'Publishing is off on {kmsHost} (DisableDnsPublishing = 1): it writes no SRV record, so clients in {domain} find none.',
      steps: [
        { text: 'On the KMS host, see the setting (0x1: off)…', commands: [{ ref: 'reg-dns-publishing' }] },
        { text: '…turn publishing on (elevated)…', commands: [{ ref: 'slmgr-sdns' }] },
        { text: '…restart its Software Protection service…', commands: [{ ref: 'restart-sppsvc-host' }] },
        { text: '…and read its events: 12294 means it published.', commands: [{ ref: 'events-host-dns' }] },
        { text: 'On the client, look the record up again…', commands: [{ ref: 'nslookup-srv', where: 'client' }] },
        { text: '…then activate.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'host-published' }, { ref: 'srv-found' }, { ref: 'ato-success' }],
    }),
  },
  publishFailed: {
    type: 'final',
    meta: resolution({
      title: 'Let DNS take the host\'s record',
      cause: '{kmsHost} tries to publish its SRV record, but DNS refuses it or does not answer (event 12293). Usually the zone takes no dynamic updates, or the host cannot reach its DNS server.',
      steps: [
        { text: 'On the KMS host, read the "Info:" code of event 12293 (kms-doctor explain <code> describes it).', commands: [{ ref: 'events-host-dns' }] },
        { text: '0x8007232A: the host\'s DNS server failed. Check the host\'s DNS settings…', commands: [{ ref: 'ipconfig-all', where: 'kms-host' }] },
        { text: '…and that its DNS server answers for the domain.', commands: [{ ref: 'nslookup-soa', where: 'kms-host', purpose: 'Check that the host\'s DNS server answers for the domain' }] },
        'In DNS Manager, the zone\'s Properties > General > Dynamic updates must be "Secure only" (or "Nonsecure and secure"). On BIND or another server, allow updates from the host\'s address only.',
        { text: 'Restart the host\'s Software Protection service (elevated) and look for event 12294.', commands: [{ ref: 'restart-sppsvc-host' }] },
      ],
      verify: [{ ref: 'host-published' }, { ref: 'srv-found' }, { ref: 'flush-ato-success' }],
    }),
  },
  permissionFix: {
    type: 'final',
    meta: resolution({
      title: 'Let the new host update _VLMCS',
      cause: 'The first KMS host that created the _VLMCS record owns it. DNS refuses the same update from a new host (event 12293, 0x80072338): its computer account has no rights on that record.',
      steps: [
        { text: 'On the KMS host, read the publishing events: 12293 failed, 12294 worked.', commands: [{ ref: 'events-host-dns' }] },
        'On the DNS server, open DNS Manager > Forward Lookup Zones > the zone > _tcp. Right-click _VLMCS > Properties > Security.',
        'Click Add, then Object Types, tick Computers, type the new KMS host\'s name and allow it Full Control. OK.',
        { text: 'Restart the Software Protection service on the KMS host: it publishes when it starts.', commands: [{ ref: 'restart-sppsvc-host' }] },
        { text: 'Read the events again (a new 12294), and list the records of the host\'s own domain: the host is there.', commands: [{ ref: 'nslookup-srv-suffix', where: 'kms-host', purpose: 'List the _vlmcs records of the host\'s own domain' }] },
      ],
      verify: [{ ref: 'host-published' }, { ref: 'srv-found' }, { ref: 'flush-ato-success' }],
    }),
  },
} as const;
