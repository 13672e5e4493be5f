// The appendix of the source document: its five common procedures, reachable from the start
// screen. Methods 4 and 5 are empty in the source; they are written from facts.md §3.3–3.4.
// Methods 1 and 2 are activation paths (a key, then online or phone activation) built by
// lib/activation.ts, like the code flows that end in "activate again" or "change to a MAK".

import { activationStates, makKey } from './lib/activation.js';
import { handoff, input, lookUpCodeState, question, resolution } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { NOT_CHECKED } from './lib/not-checked.js';
import { codeFirst } from './lib/read-first.js';
import { flowSetup } from './lib/setup.js';

/** Method 1: change the product key to a MAK. */
const method1 = activationStates({
  prefix: 'm1',
  subject: 'this machine',
  title: 'Change the product key to a MAK',
  cause: 'Without a KMS host, a volume-licensed machine activates with a MAK (Multiple Activation Key): Microsoft activates it directly, and it stops looking for a KMS host.',
  key: makKey('Install the MAK (it replaces the current key)'),
  verify: [{ ref: 'dlv-mak-licensed' }, { ref: 'xpr-permanent' }],
});

/** Method 2: configure a KMS host (facts.md §3.7). */
const method2 = activationStates({
  prefix: 'm2',
  subject: 'the KMS host',
  title: 'Set up the KMS host',
  where: 'kms-host',
  cause: 'A KMS host needs its host key (CSVLK), activated.',
  key: {
    title: 'Type the KMS host key (CSVLK)',
    body: ['From the Volume Licensing Service Center. Take the host key for the newest Windows the host must activate; it goes on the host only, never on clients.'],
    help: {
      commands: [{ ref: 'slmgr-dlv-host' }],
      lookFor: 'VLSC: License, Relationship Summary, your License ID, Product Keys, the "KMS" keys. A Windows client host only activates Windows clients; a Windows Server host activates both.',
    },
    purpose: 'Install the KMS host key (CSVLK)',
  },
  look: 'On the KMS host, look at its key and licence now.',
  after: {
    steps: [
      { text: 'Restart its Software Protection service…', commands: [{ ref: 'restart-sppsvc-host' }] },
      { text: '…so it publishes itself in DNS: event 12294 (12293: it failed). Clients activate from a count of 25 (5 for servers).', commands: [{ ref: 'events-host-dns' }] },
    ],
  },
  // Clients activate once 25 Windows PCs (or 5 Windows Servers) have asked: the count shows it.
  verify: [{ ref: 'host-count-rising' }],
});

/**
 * Method 2 starts by preparing the server (its role and the firewall rule for port 1688), a
 * screen of its own that leads on to the host key; activating it follows (method2 above).
 */
const m2Prepare = {
  meta: resolution({
    lead: 'What this does',
    title: 'Prepare the KMS host',
    cause: 'Clients with a KMS client setup key need a KMS host: a server with the KMS host key (CSVLK), activated with Microsoft, reachable on TCP 1688 and published in DNS. First the server itself.',
    steps: [
      { text: 'On the KMS host, look first: is the Volume Activation Services role installed?', commands: [{ ref: 'get-volume-activation-role' }] },
      { text: 'If not, install it (elevated). A Windows client host skips this.', commands: [{ ref: 'install-volume-activation-role' }] },
      { text: 'Look at the firewall rule for port 1688: it exists, but is off…', commands: [{ ref: 'firewall-kms-rule' }] },
      { text: '…turn it on (elevated).', commands: [{ ref: 'firewall-kms-rule-enable' }] },
    ],
    verify: [{ ref: 'host-firewall-rule-on' }],
    next: { label: 'Type the host key', event: 'KEY' },
  }),
  on: { KEY: method2.first },
};

const machine = () => flowSetup.createMachine({
  id: 'procedures',
  context: contextFromInput,
  initial: 'menu',
  states: {
    menu: {
      meta: question({
        title: 'Which procedure do you need?',
        options: [
          { label: 'Method 1: change the product key to a MAK', event: 'M1' },
          { label: 'Method 2: set up a KMS host', event: 'M2' },
          { label: 'Method 3: create the KMS SRV record in DNS by hand', event: 'M3' },
          { label: 'Method 4: assign a KMS host to a client by hand', event: 'M4' },
          { label: 'Method 5: publish the KMS host in several DNS domains', event: 'M5' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'No KMS host and none planned: method 1. Clients cannot find a host: check DNS with method 3, or point them at it with method 4. Clients in other DNS zones: method 5 (or 4 with a lookup domain).',
        },
      }),
      // Not known which: activating once prints the code that decides it.
      on: { M1: method1.first, M2: 'm2Prepare', M3: 'toSrv', M4: 'm4What', M5: 'm5Domains', NOT_CHECKED: 'codeFirst' },
    },
    codeFirst: codeFirst('toCode'),
    toCode: lookUpCodeState(),
    ...method1.states,
    m2Prepare,
    ...method2.states,
    toSrv: { type: 'final', meta: handoff('srv-create') },
    m4What: {
      meta: question({
        title: 'What should this client do?',
        options: [
          { label: 'Use one KMS host that I name', event: 'HOST' },
          { label: 'Look for KMS hosts in another DNS domain', event: 'DOMAIN' },
          { label: 'Forget a host set by hand and find one through DNS again', event: 'CLEAR' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'client-kms-info' }],
          lookFor: 'KeyManagementServiceMachine is a host set by hand with /skms, KeyManagementServiceLookupDomain a domain set with /skms-domain (slmgr /dlv shows them only once the client is activated). A client in another DNS zone than its KMS host needs the lookup domain or a named host.',
        },
      }),
      // Not known: finding the host through DNS, the way a client works by default.
      on: { HOST: 'm4Host', DOMAIN: 'm4Domain', CLEAR: 'm4Clear', NOT_CHECKED: 'm4Clear' },
    },
    m4Host: {
      meta: input({
        title: 'Which KMS host should this client use?',
        body: ['Its full name (kms01.corp.contoso.com) or address; add :port if it does not listen on 1688.'],
        field: 'kmsHost',
        help: {
          commands: [{ ref: 'nslookup-srv-suffix' }],
          lookFor: 'The "svr hostname" and "port" lines of the _vlmcs records name your KMS hosts. On the host itself, slmgr /dli shows "Listening on Port".',
        },
      }),
      on: { ANSWER: { target: 'm4Skms', actions: 'saveAnswer' } },
    },
    m4Skms: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Set this client\'s KMS host',
        cause: 'A KMS client normally finds its host through DNS. Naming one by hand (/skms) makes it use {kmsHostPort} and stop looking in DNS until the setting is cleared with /ckms.',
        steps: [
          { text: 'Look first: the name must resolve to the host\'s address…', commands: [{ ref: 'nslookup-kms-host', where: 'client' }] },
          { text: '…and the port must answer (TcpTestSucceeded : True).', commands: [{ ref: 'test-port' }] },
          { text: 'Note the licence status now.', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'Set the host (elevated).', commands: [{ ref: 'slmgr-skms' }] },
          { text: 'Activate now.', commands: [{ ref: 'slmgr-ato' }] },
          'If this works while DNS discovery did not, the SRV record is the problem (method 3). To undo it later: slmgr /ckms.',
        ],
        verify: [
          { text: 'On the client, read what the command that sets the host printed.', expect: '"Key Management Service machine name set to {kmsHostPort} successfully."' },
          { ref: 'ato-success' },
          { ref: 'kms-set-by-hand' },
        ],
      }),
    },
    m4Domain: {
      meta: input({
        title: 'In which DNS domain are the KMS host\'s records?',
        body: ['The client will look for _vlmcs._tcp records there instead of in its own domain.'],
        field: 'domain',
        help: {
          commands: [{ ref: 'nslookup-srv' }],
          lookFor: 'The domain the KMS host publishes into (its own DNS domain, e.g. the "Primary Dns Suffix" of ipconfig /all on the host). nslookup must list the host there.',
        },
      }),
      on: { ANSWER: { target: 'm4SkmsDomain', actions: 'saveAnswer' } },
    },
    m4SkmsDomain: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Look for KMS hosts in {domain}',
        cause: 'A client looks for KMS hosts in its own DNS domain. When its host publishes in another zone, /skms-domain tells it to look in {domain} instead.',
        steps: [
          { text: 'Look first: the lookup must list your KMS host under _vlmcs._tcp.{domain}.', commands: [{ ref: 'nslookup-srv', where: 'client' }] },
          { text: 'Note the licence status now.', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'Set the lookup domain (elevated)…', commands: [{ ref: 'slmgr-skms-domain' }] },
          { text: '…then activate.', commands: [{ ref: 'slmgr-ato' }] },
          {
            text: 'If slmgr warned "Warning: /skms setting overrides the /skms-domain setting.", a host set by hand wins: clear it, then activate again.',
            commands: [{ ref: 'slmgr-ckms', purpose: 'Only after that warning: clear the host set by hand' }],
          },
        ],
        verify: [{ ref: 'kms-lookup-domain' }, { ref: 'ato-success' }, { ref: 'dlv-kms-licensed' }],
      }),
    },
    m4Clear: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Find the KMS host through DNS',
        cause: 'A host set by hand with /skms stays in use, even after it is gone, until it is cleared. /ckms clears it; the client then finds a host through the SRV records in DNS again.',
        steps: [
          { text: 'Look first: KeyManagementServiceMachine is the host set by hand…', commands: [{ ref: 'client-kms-info' }] },
          { text: '…and the lookup shows what DNS offers instead.', commands: [{ ref: 'nslookup-srv-suffix' }] },
          { text: 'Clear it (elevated): "Key Management Service machine name cleared successfully."', commands: [{ ref: 'slmgr-ckms' }] },
          { text: 'Activate now. 0x8007232B means DNS has no record for the client: see method 3.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [
          { text: 'On the client, read what the command that clears the host printed.', expect: '"Key Management Service machine name cleared successfully."' },
          { ref: 'ato-success' },
          {
            text: 'On the client, see where its KMS host comes from now.',
            command: { ref: 'client-kms-info' },
            expect: 'KeyManagementServiceMachine is empty, and DiscoveredKeyManagementServiceMachineName names the host DNS offered',
          },
        ],
      }),
    },
    m5Domains: {
      meta: input({
        title: 'Which DNS domains should the KMS host publish into?',
        body: ['Every zone whose clients need it, the host\'s own domain included. Separate them with spaces, commas or semicolons.'],
        field: 'domainList',
        help: {
          commands: [{ ref: 'reg-query-publish-list' }, { ref: 'ipconfig-all', where: 'any' }],
          lookFor: 'On a client of each zone, the "Primary Dns Suffix" line of ipconfig /all is the domain it searches. On the host, reg query shows the list it has now; "ERROR: The system was unable to find the specified registry key or value." means it has none.',
        },
      }),
      on: { ANSWER: { target: 'm5Publish', actions: 'saveAnswer' } },
    },
    m5Publish: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Publish in several domains',
        cause: 'A KMS host publishes its SRV record in its own DNS domain only. The DnsDomainPublishList value (REG_MULTI_SZ) under ...\\SoftwareProtectionPlatform makes it publish in each domain listed, once the Software Protection service restarts.',
        steps: [
          { text: 'On the KMS host, look first: the list it has now…', commands: [{ ref: 'reg-query-publish-list' }] },
          { text: '…and its last publishing events.', commands: [{ ref: 'events-host-dns' }] },
          { text: 'Add the domains (elevated PowerShell): it keeps every domain already in the list and adds only those missing.', commands: [{ ref: 'reg-publish-list-add' }] },
          { text: 'Restart the Software Protection service: the host then publishes in each domain.', commands: [{ ref: 'restart-sppsvc-host' }] },
          'One event 12294 per domain means it worked; 12293, that a zone refused the update (it must accept the host\'s dynamic updates; see 0x80072338). Several KMS hosts: add the same domains on each.',
        ],
        verify: [
          { ref: 'host-published-each' },
          {
            text: 'On a client in each of those domains, look the SRV record up.',
            command: { ref: 'nslookup-srv-suffix' },
            expect: '"svr hostname = …" naming the KMS host, and "port = …" its port',
          },
        ],
      }),
    },
  },
});

/** The appendix procedures (methods 1–5). */
export const proceduresFlow = defineFlow({ id: 'procedures', title: 'Procedures', machine });
