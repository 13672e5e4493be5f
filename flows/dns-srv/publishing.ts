// The publishing branch of the dns-srv flow: there is a KMS host but no record, so is the
// host publishing its record, and does DNS let it? 0x80072338 (DNS refused the update of a
// record another host created) starts at permissionServer. The ends: turn publishing on, let
// DNS accept the update, publish in the clients' domain, or give the new host rights on the
// record; a record made by hand continues in srv-create.

import { derive, input, question, resolution } from '../lib/builders.js';

/** srv-create continues at its port question with the zone and host typed here. */
export const zoneFromDomain = derive((context) => ({ zone: String(context.answers.domain) }));

/** The "now do X" of the ends that say the record may be created by hand (srv-create, answers kept). */
export const CREATE_BY_HAND = { label: 'Create the record by hand, with this zone and host', event: 'CREATE' };

/** The KMS host's name, its publishing and the record's permission, with their ends. */
export const publishingBranch = {
  askHost: {
    meta: input({
      title: 'What is the KMS host\'s full DNS name?',
      body: ['Its name with its domain, such as kms01.corp.contoso.com.'],
      field: 'kmsHostFqdn',
      help: {
        commands: [{ ref: 'kms-host-fqdn' }, { ref: 'ipconfig-all', where: 'kms-host' }],
        lookFor: 'On the KMS host, the first command prints its full name. In ipconfig /all, "Host Name" followed by "Primary Dns Suffix" gives the same.',
      },
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
      ],
      help: {
        commands: [{ ref: 'slmgr-dli-host' }],
        lookFor: '"DisableDnsPublishing    REG_DWORD    0x1" means off; "0x0", or "ERROR: The system was unable to find the specified registry key or value.", means on (the default). 12294: "Publishing the Key Management Service (KMS) to DNS in the \'…\' domain is successful." 12293: publishing failed, with an "Info:" code.',
      },
      reads: 'kms-publishing',
    }),
    on: {
      OFF: 'publishingOff',
      DENIED: 'permissionServer',
      FAILED: 'publishFailed',
      OTHER_DOMAIN: 'otherZone',
      CREATE: { target: 'toCreateKnown', actions: zoneFromDomain },
      DIRECT: 'tryDirect',
    },
  },
  permissionServer: {
    meta: question({
      title: 'Which DNS server holds the KMS record\'s zone?',
      body: ['Event 12293 with 0x80072338: DNS refused this host\'s update of the _VLMCS record. The KMS host that created the record first owns it; a new host may not change it.'],
      options: [
        { label: 'Windows DNS (Active Directory)', event: 'WINDOWS' },
        { label: 'BIND or another DNS server: create the record by hand', event: 'OTHER' },
      ],
      help: {
        commands: [{ ref: 'ipconfig-all', where: 'kms-host' }],
        lookFor: 'The "DNS Servers" line on the KMS host gives the DNS server\'s address. Domain controllers run Windows DNS; a Linux server usually runs BIND. Ask your DNS team if unsure.',
      },
    }),
    on: { WINDOWS: 'permissionFix', OTHER: 'toCreate' },
  },

  publishingOff: {
    meta: resolution({
      title: 'Turn DNS publishing back on',
      cause: 'DNS publishing is off on {kmsHost} (DisableDnsPublishing = 1), so it never writes its SRV record and clients in {domain} cannot find it.',
      steps: [
        'Ask first whether it was turned off on purpose: then the record is kept by hand, and the fix is to create it (the next step, "Create the record by hand").',
        'Otherwise, on the KMS host in an elevated prompt: turn publishing on, then restart the Software Protection service so it publishes now.',
        'Read the host\'s events again: 12294 means the record was written.',
        'On the client, look the record up again, then activate.',
      ],
      commands: [
        { ref: 'reg-dns-publishing' }, { ref: 'events-host-dns' }, { ref: 'slmgr-sdns' }, { ref: 'restart-sppsvc-host' },
        { ref: 'nslookup-srv', where: 'client' }, { ref: 'slmgr-ato' },
      ],
      verify: [{ ref: 'host-published' }, { ref: 'srv-found' }, { ref: 'flush-ato-success' }],
      next: CREATE_BY_HAND,
    }),
    on: { CREATE: { target: 'toCreateKnown', actions: zoneFromDomain } },
  },
  publishFailed: {
    meta: resolution({
      title: 'Let DNS accept the KMS host\'s record',
      cause: '{kmsHost} tries to publish its SRV record, but DNS refuses it or does not answer (event 12293). Usually the zone takes no dynamic updates, or the host cannot reach its DNS server.',
      steps: [
        'Read the "Info:" code of event 12293 (kms-doctor explain <code> describes it). 0x8007232A means the host\'s DNS server failed: check the host\'s DNS settings and that its DNS server answers.',
        'Windows DNS: in DNS Manager, the zone\'s Properties > General > Dynamic updates must be "Secure only" (or "Nonsecure and secure").',
        'BIND or another DNS server: allow updates from the KMS host\'s address only, or create the record by hand. The next step, "Create the record by hand", does either with {kmsHostFqdn} and {domain} filled in.',
        'Restart the Software Protection service on the host and look for event 12294.',
      ],
      commands: [
        { ref: 'events-host-dns' }, { ref: 'ipconfig-all', where: 'kms-host' },
        { ref: 'nslookup-soa', where: 'kms-host', purpose: 'Check that the host\'s DNS server answers for the domain' },
        { ref: 'restart-sppsvc-host' },
      ],
      verify: [{ ref: 'host-published' }, { ref: 'srv-found' }, { ref: 'flush-ato-success' }],
      next: CREATE_BY_HAND,
    }),
    on: { CREATE: { target: 'toCreateKnown', actions: zoneFromDomain } },
  },
  otherZone: {
    type: 'final',
    meta: resolution({
      title: 'Publish the record where the clients look',
      cause: '{kmsHost} publishes its record in its own domain, {kmsHostDomain}, but this client looks in {domain}, where there is none.',
      steps: [
        'Check: the first lookup lists {kmsHost} in {kmsHostDomain}; the second, for {domain}, finds nothing.',
        'For every client in {domain}: on the host, elevated, set DnsDomainPublishList to both domains, restart the Software Protection service and look for event 12294 naming {domain}. The zone {domain} must accept the host\'s updates.',
        'For this client alone, or meanwhile: tell it to look in {kmsHostDomain} (slmgr /skms-domain), then activate.',
      ],
      commands: [
        { ref: 'nslookup-srv-host-domain' }, { ref: 'nslookup-srv', where: 'client' }, { ref: 'reg-publish-list' }, { ref: 'events-host-dns' },
        { ref: 'reg-publish-list-set' }, { ref: 'restart-sppsvc-host' }, { ref: 'slmgr-skms-domain-host' }, { ref: 'slmgr-ato' },
      ],
      verify: [{ ref: 'host-published' }, { ref: 'srv-found' }, { ref: 'flush-ato-success' }],
    }),
  },
  permissionFix: {
    type: 'final',
    meta: resolution({
      title: 'Let the new KMS host update the _VLMCS record',
      cause: 'The first KMS host that created the _VLMCS record owns it. DNS refuses the same update from a new host (event 12293, 0x80072338) because its computer account has no rights on that record.',
      steps: [
        'On the KMS host, read the publishing events: 12293 failed, 12294 worked.',
        'On the DNS server, open DNS Manager > Forward Lookup Zones > the zone > _tcp. Right-click _VLMCS > Properties > Security.',
        'Click Add, then Object Types, tick Computers, type the new KMS host\'s name and allow it Full Control. OK.',
        'Restart the Software Protection service on the KMS host: it publishes when it starts.',
        'Read the events again: a new 12294 means the record was written, and the lookup lists the host.',
      ],
      commands: [
        { ref: 'events-host-dns' },
        { ref: 'nslookup-srv-suffix', where: 'kms-host', purpose: 'List the _vlmcs records of the host\'s own domain' },
        { ref: 'restart-sppsvc-host' },
      ],
      verify: [{ ref: 'host-published' }, { ref: 'srv-found' }, { ref: 'flush-ato-success' }],
    }),
  },
} as const;
