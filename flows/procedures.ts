// The appendix of the source document: its five common procedures, reachable from the start
// screen. Methods 4 and 5 are empty in the source; they are written from facts.md §3.3–3.4.
// Methods 1 and 2 are activation paths (a key, then online or phone activation) built by
// lib/activation.ts, like the code flows that end in "activate again" or "change to a MAK".

import { activationStates, makKey } from './lib/activation.js';
import { handoff, input, question, resolution } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
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
  cause: 'Clients with a KMS client setup key need a KMS host: a server with the KMS host key (CSVLK), activated with Microsoft, reachable on TCP 1688 and published in DNS.',
  key: {
    title: 'Type the KMS host key (CSVLK)',
    body: ['From the Volume Licensing Service Center. Take the host key for the newest Windows the host must activate; it goes on the host only, never on clients.'],
    help: {
      commands: [{ ref: 'slmgr-dlv-host' }],
      lookFor: 'VLSC: License, Relationship Summary, your License ID, Product Keys, the "KMS" keys. A Windows client host only activates Windows clients; a Windows Server host activates both.',
    },
    purpose: 'Install the KMS host key (CSVLK)',
  },
  checks: [{ ref: 'get-volume-activation-role' }, { ref: 'firewall-kms-rule' }, { ref: 'slmgr-dli-host' }, { ref: 'events-host-dns' }],
  look: 'Look first, on the host: the role, the firewall rule SPPSVC-In-TCP, the count and the DNS publishing events as they are now.',
  before: {
    steps: ['On Windows Server, install the Volume Activation Services role (a Windows client host skips this).'],
    commands: [{ ref: 'install-volume-activation-role' }],
  },
  after: {
    steps: [
      'Turn on the firewall rule for port 1688 (it exists but is off), then restart the Software Protection service so the host publishes itself in DNS.',
      'Run the checks again: event 12294 means the SRV record was published (12293: it failed). "Current count" in slmgr /dli goes up as clients ask; they activate from 25 (Windows) or 5 (Windows Server).',
    ],
    commands: [{ ref: 'firewall-kms-rule-enable' }, { ref: 'restart-sppsvc-host' }],
  },
  verify: [
    { ref: 'host-dlv-licensed' },
    { ref: 'host-firewall-rule-on' },
    { ref: 'host-published-each' },
    { ref: 'host-count-rising' },
  ],
});

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
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'No KMS host and none planned: method 1. Clients cannot find a host: check DNS with method 3, or point them at it with method 4. Clients in other DNS zones: method 5 (or 4 with a lookup domain).',
        },
      }),
      on: { M1: method1.first, M2: method2.first, M3: 'toSrv', M4: 'm4What', M5: 'm5Domains' },
    },
    ...method1.states,
    ...method2.states,
    toSrv: { type: 'final', meta: handoff('srv-create') },
    m4What: {
      meta: question({
        title: 'What should this client do?',
        options: [
          { label: 'Use one KMS host that I name', event: 'HOST' },
          { label: 'Look for KMS hosts in another DNS domain', event: 'DOMAIN' },
          { label: 'Forget a host set by hand and find one through DNS again', event: 'CLEAR' },
        ],
        help: {
          commands: [{ ref: 'client-kms-info' }],
          lookFor: 'KeyManagementServiceMachine is a host set by hand with /skms, KeyManagementServiceLookupDomain a domain set with /skms-domain (slmgr /dlv shows them only once the client is activated). A client in another DNS zone than its KMS host needs the lookup domain or a named host.',
        },
      }),
      on: { HOST: 'm4Host', DOMAIN: 'm4Domain', CLEAR: 'm4Clear' },
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
        title: 'Point this client at {kmsHostPort}',
        cause: 'A KMS client normally finds its host through DNS. Naming one by hand (/skms) makes it use {kmsHostPort} and stop looking in DNS until the setting is cleared with /ckms.',
        steps: [
          'Look first: the name must resolve to the host\'s address and the port must answer (TcpTestSucceeded : True).',
          'In an elevated prompt, set the host: slmgr prints "Key Management Service machine name set to {kmsHostPort} successfully."',
          'Activate now.',
          'If this works while DNS discovery did not, the SRV record is the problem (method 3). To undo the setting later, run slmgr /ckms.',
        ],
        commands: [{ ref: 'nslookup-kms-host' }, { ref: 'test-port' }, { ref: 'slmgr-dlv' }, { ref: 'slmgr-skms' }, { ref: 'slmgr-ato' }],
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
          'Look first: the lookup must list your KMS host under _vlmcs._tcp.{domain}.',
          'In an elevated prompt, set the lookup domain, then activate.',
          'If slmgr warns "Warning: /skms setting overrides the /skms-domain setting.", a host set by hand wins: clear it with slmgr /ckms (the last command) and activate again.',
        ],
        commands: [{ ref: 'nslookup-srv' }, { ref: 'slmgr-dlv' }, { ref: 'slmgr-skms-domain' }, { ref: 'slmgr-ato' }, { ref: 'slmgr-ckms', purpose: 'Only after that warning: clear the host set by hand' }],
        verify: [{ ref: 'kms-lookup-domain' }, { ref: 'ato-success' }, { ref: 'dlv-kms-licensed' }],
      }),
    },
    m4Clear: {
      type: 'final',
      meta: resolution({
        lead: 'What this does',
        title: 'Go back to finding the KMS host through DNS',
        cause: 'A host set by hand with /skms stays in use, even after it is gone, until it is cleared. /ckms clears it; the client then finds a host through the SRV records in DNS again.',
        steps: [
          'Look first: KeyManagementServiceMachine in the PowerShell query is the host set by hand, and the lookup shows what DNS offers instead.',
          'In an elevated prompt, clear it: slmgr prints "Key Management Service machine name cleared successfully."',
          'Activate now. If it fails with 0x8007232B, DNS has no record for the client: see method 3.',
        ],
        commands: [{ ref: 'client-kms-info' }, { ref: 'nslookup-srv-suffix' }, { ref: 'slmgr-ckms' }, { ref: 'slmgr-ato' }],
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
        title: 'Publish the KMS host in {domainList}',
        cause: 'A KMS host publishes its SRV record in its own DNS domain only. The DnsDomainPublishList value (REG_MULTI_SZ) under ...\\SoftwareProtectionPlatform makes it publish in each domain listed, once the Software Protection service restarts.',
        steps: [
          'On the KMS host, look first: the list it has now and its last publishing events.',
          'In an elevated PowerShell, add the domains to the list: the command keeps every domain already in it and adds only those missing.',
          'Restart the Software Protection service; the host then publishes its record in each domain.',
          'Check the Application log: one event 12294 per domain means it worked; 12293 means a zone refused the update (it must accept dynamic updates from the host; see 0x80072338).',
          'More than one KMS host: add the same domains on each of them.',
        ],
        commands: [{ ref: 'reg-query-publish-list' }, { ref: 'events-host-dns' }, { ref: 'reg-publish-list-add' }, { ref: 'restart-sppsvc-host' }],
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
