// The dns-srv flow's branch for a KMS host that publishes in its own domain only (event 12294
// names another domain than the client's): publish in the client's domain too, for every client
// there, or point this one client at the host's domain.

import { question, resolution } from '../lib/builders.js';

/** The choice between fixing every client of the domain or this one, with both ends. */
export const otherZoneBranch = {
  otherZoneHow: {
    meta: question({
      title: 'Fix it for every client in {domain}, or this one?',
      body: ['{kmsHost} publishes its record in its own domain, {kmsHostDomain}; this client looks in {domain}.'],
      options: [
        { label: 'Every client in {domain}: the host publishes there too', event: 'ALL' },
        { label: 'This client alone, for now', event: 'THIS_ONE' },
      ],
      help: { lookFor: 'Publishing in {domain} too fixes every client there at once, but the zone must accept the KMS host\'s updates. Pointing one client at {kmsHostDomain} fixes only that one, and needs nothing on the host or in DNS.' },
    }),
    on: { ALL: 'otherZone', THIS_ONE: 'otherZoneClient' },
  },
  otherZone: {
    type: 'final',
    meta: resolution({
      title: 'Publish in {domain} too',
      cause: '{kmsHost} publishes its record only in its own domain, {kmsHostDomain}; clients in {domain} look in {domain}.',
      steps: [
        { text: 'On a client in {domain}, the lookup finds no record.', commands: [{ ref: 'nslookup-srv', where: 'client' }] },
        { text: 'On the KMS host, look at DnsDomainPublishList…', commands: [{ ref: 'reg-publish-list' }] },
        { text: '…set it to both domains (elevated)…', commands: [{ ref: 'reg-publish-list-set' }] },
        { text: '…restart the Software Protection service…', commands: [{ ref: 'restart-sppsvc-host' }] },
        { text: '…and look for event 12294 naming {domain}. If 12293 comes instead, the zone {domain} must accept the host\'s updates.', commands: [{ ref: 'events-host-dns' }] },
      ],
      verify: [{ ref: 'srv-found' }, { ref: 'flush-ato-success' }],
    }),
  },
  otherZoneClient: {
    type: 'final',
    meta: resolution({
      title: 'Look in {kmsHostDomain}',
      cause: '{kmsHost} publishes its record in {kmsHostDomain}, but this client looks in {domain}. Told to look in {kmsHostDomain}, it finds the host there.',
      steps: [
        { text: 'Check that the lookup in {kmsHostDomain} lists {kmsHost}.', commands: [{ ref: 'nslookup-srv-host-domain' }] },
        { text: 'On the client, tell it to look there (elevated)…', commands: [{ ref: 'slmgr-skms-domain-host' }] },
        { text: '…then activate.', commands: [{ ref: 'slmgr-ato' }] },
        'Other clients in {domain} still find nothing until the host publishes there too.',
      ],
      verify: [
        { text: 'On the client, see which domain it looks in for KMS hosts.', command: { ref: 'kms-lookup-domain' }, expect: 'KeyManagementServiceLookupDomain is {kmsHostDomain}' },
        { ref: 'ato-success' },
      ],
    }),
  },
} as const;
