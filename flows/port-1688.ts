// TCP port 1688: can the client reach the KMS host's port at all? Test it from the client;
// if it fails, walk the host (service, firewall rule, listening port) and then the network;
// if it works, the client is asking the wrong host or gets no KMS answer.
// Codes: 0xC004F039, 0x800706BA, and 0xC004F074 when the host never answered.

import { derive, handoff, input, question, resolution, update, withCode } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { KMS_HOST_IN_USE_HELP } from './lib/kms-host-in-use.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

/** The old host's port says nothing about the new host's: without :port it is 1688 again. */
const forgetPort = update((context) => {
  const { port: _port, kmsHostPort: _hostPort, ...answers } = context.answers;
  return { answers };
});

const machine = () => flowSetup.createMachine({
  id: 'port-1688',
  context: contextFromInput,
  initial: 'askHost',
  states: {
    askHost: {
      meta: input({
        title: 'Which KMS host does this client try to reach?',
        body: ['Its name or address. Add :port if it does not use 1688 (kms01.corp.contoso.com:1700).'],
        field: 'kmsHost',
        prefill: true,
        help: KMS_HOST_IN_USE_HELP,
        reads: 'client-kms-host',
      }),
      on: { ANSWER: { target: 'testPort', actions: 'saveAnswer' } },
    },
    testPort: {
      meta: question({
        title: 'Run this on the client. What does TcpTestSucceeded say?',
        probe: 'tcp-port',
        commands: [{ ref: 'test-port' }],
        options: [
          { label: 'TcpTestSucceeded : True', event: 'OPEN' },
          { label: 'TcpTestSucceeded : False', event: 'CLOSED' },
          { label: 'WARNING: Name resolution of {kmsHost} failed', event: 'NO_NAME' },
        ],
        help: {
          commands: [{ ref: 'test-port' }, { ref: 'psping-kms' }],
          lookFor: 'The last line of Test-NetConnection: "TcpTestSucceeded : True" means port {port} on {kmsHost} answered; False means nothing answered (PingSucceeded only tells about ping, not KMS). "WARNING: Name resolution of {kmsHost} failed" means DNS does not know the name. PsPing, if you have it, does the same test.',
        },
        reads: 'tcp-test',
      }),
      on: { OPEN: 'portOpen', CLOSED: 'closed', NO_NAME: 'toDns' },
    },

    // --- The port does not answer: walk the host, then the network in between.
    closed: {
      meta: question({
        title: 'On the KMS host: is the Software Protection service running?',
        commands: [{ ref: 'get-service-sppsvc' }],
        options: [
          { label: 'Status: Running', event: 'RUNNING' },
          { label: 'Status: Stopped', event: 'STOPPED' },
          { label: '{kmsHost} is no longer a KMS host (retired or moved)', event: 'RETIRED' },
          { label: 'It is Microsoft\'s Azure KMS host: I cannot log on to it', event: 'AZURE' },
        ],
        help: {
          commands: [{ ref: 'get-service-sppsvc' }],
          lookFor: 'Run it on {kmsHost}. The Status column says Running or Stopped; the service (sppsvc) is what answers KMS requests on port {port}.',
        },
      }),
      on: { RUNNING: 'firewall', STOPPED: 'startService', RETIRED: { target: 'askCurrentHost', actions: forgetPort }, AZURE: 'azure' },
    },
    firewall: {
      meta: question({
        title: 'On the KMS host: is the KMS firewall rule enabled?',
        body: ['The rule "Key Management Service (TCP-In)" exists on every KMS host but is off until someone turns it on.'],
        commands: [{ ref: 'firewall-kms-rule' }],
        options: [
          { label: 'Enabled : True, and Profile includes the host\'s network', event: 'ENABLED' },
          { label: 'Enabled : False, the Profile does not fit, or no such rule', event: 'DISABLED' },
        ],
        help: {
          commands: [{ ref: 'firewall-kms-rule' }, { ref: 'firewall-kms-rule-netsh' }],
          lookFor: '"Enabled : True" and a Profile that includes the host\'s network (Domain for a domain member; Any covers all). netsh shows the same as "Enabled: Yes" and "Profiles:".',
        },
      }),
      on: { ENABLED: 'listening', DISABLED: 'enableRule' },
    },
    listening: {
      meta: input({
        title: 'On the KMS host: which port does it listen on?',
        body: ['slmgr /dlv on the host says "Listening on Port: 1688". Type the number it shows.'],
        field: 'listenPort',
        default: '1688',
        commands: [{ ref: 'slmgr-dlv-host' }],
        help: {
          commands: [{ ref: 'slmgr-dlv-host' }],
          lookFor: 'The line "Listening on Port: 1688" under "Key Management Service is enabled on this machine". The PowerShell version shows it as KeyManagementServiceListeningPort.',
        },
        reads: 'host-listening-port',
      }),
      on: {
        ANSWER: [
          {
            guard: ({ context, event }) => Number(event.values?.listenPort) === Number(context.answers.port),
            target: 'pathBlocked',
            actions: 'saveAnswer',
          },
          { target: 'wrongPort', actions: [derive((c) => ({ testedPort: c.answers.port ?? 1688 })), 'saveAnswer'] },
        ],
      },
    },
    askCurrentHost: {
      meta: input({
        title: 'Which server is the KMS host now?',
        body: ['The client still asks the old one. Type the current KMS host (and :port if not 1688).'],
        field: 'kmsHost',
        help: {
          commands: [{ ref: 'nslookup-srv-suffix' }],
          lookFor: 'Ask whoever runs the KMS host, or look up the SRV records: each "svr hostname" line names a KMS host. On the new host, slmgr /dlv says "Key Management Service is enabled on this machine".',
        },
      }),
      on: { ANSWER: { target: 'staleHost', actions: 'saveAnswer' } },
    },

    // --- The port answers, yet activation fails.
    portOpen: {
      meta: question({
        title: 'Port {port} answers. What do the client\'s KMS events show?',
        body: ['12288 is a request the client sent (third value: the host it asked); 12289 the answer it got.'],
        commands: [{ ref: 'events-client' }],
        options: [
          { label: 'They name another host than {kmsHost}', event: 'OTHER_HOST' },
          { label: 'A 12288 with no 12289 after it: no answer', event: 'NO_REPLY' },
          { label: 'The result is 0xC004F042 (this host cannot activate it)', event: 'F042' },
          { label: 'Another result code', event: 'CODE' },
        ],
        help: {
          commands: [{ ref: 'events-client' }, { ref: 'client-kms-info' }],
          lookFor: '12288 Info: result, status flags, host:port, CMID, client time, … (e.g. "0xC004F06C, 0x00000000, kms01.corp.contoso.com:1688, 36f27b39-…"). 12289 Info: result, status flags, activated (1 or 0), an unused 0, the host\'s count. The PowerShell query shows the host set by hand (KeyManagementServiceMachine) or found through DNS (DiscoveredKeyManagementServiceMachineName).',
        },
        reads: 'client-events-port',
      }),
      on: {
        OTHER_HOST: 'staleHost',
        NO_REPLY: 'noReply',
        F042: { target: 'toHostKey', actions: withCode('0xC004F042') },
        CODE: 'toCode',
      },
    },

    // --- Ends.
    startService: {
      type: 'final',
      meta: resolution({
        title: 'Start the Software Protection service on the KMS host',
        cause: 'The Software Protection service (sppsvc) on the KMS host is stopped, so nothing answers KMS requests on port {port}.',
        steps: [
          'On {kmsHost}, start the service, then check it shows Status Running and StartType Automatic.',
          'If it stops again, read the host\'s Application log for errors from Security-SPP.',
          'On the client, test port {port} again: TcpTestSucceeded should now be True.',
          'Activate the client.',
        ],
        commands: [{ ref: 'get-service-sppsvc-start' }, { ref: 'test-port' }, { ref: 'start-sppsvc' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'host-sppsvc-running' }, { ref: 'port-open' }, { ref: 'ato-success' }],
      }),
    },
    enableRule: {
      type: 'final',
      meta: resolution({
        title: 'Turn on the KMS firewall rule on the host',
        cause: 'The Windows Firewall on the KMS host blocks port {port}: the rule "Key Management Service (TCP-In)" (SPPSVC-In-TCP) is off, or not on for the network the host is in. Windows never turns it on by itself.',
        steps: [
          'On {kmsHost}, look at the rule first: Enabled and Profile.',
          'Turn it on for the domain and private networks, with PowerShell or with netsh (netsh needs the English rule name).',
          'If the host uses another firewall product, allow incoming TCP {port} to it there.',
          'On the client, test port {port} again, then activate.',
        ],
        commands: [
          { ref: 'firewall-kms-rule' },
          { ref: 'firewall-kms-rule-netsh' },
          { ref: 'test-port' },
          { ref: 'firewall-kms-rule-enable' },
          { ref: 'firewall-kms-rule-enable-netsh' },
          { ref: 'slmgr-ato' },
        ],
        verify: [{ ref: 'host-firewall-rule-on' }, { ref: 'port-open' }, { ref: 'ato-success' }],
      }),
    },
    wrongPort: {
      type: 'final',
      meta: resolution({
        title: 'Point the client at port {port}',
        cause: '{kmsHost} listens on port {port}, but the client tried port {testedPort}, where nothing answers.',
        steps: [
          'Test the host\'s own port from the client: TcpTestSucceeded should be True.',
          'Point the client at {kmsHostPort}, then activate. After the first answer the host tells the client its port itself.',
          'If clients find the host through DNS, the _vlmcs SRV record must give port {port} too. Or make the host listen on {testedPort} again (slmgr /sprt {testedPort} on the host).',
        ],
        commands: [{ ref: 'test-port' }, { ref: 'slmgr-skms' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'port-open' }, { ref: 'ato-success' }, { ref: 'kms-set-by-hand' }],
      }),
    },
    pathBlocked: {
      type: 'final',
      meta: resolution({
        title: 'Open TCP {port} on the way to the KMS host',
        cause: 'The host runs the service, its firewall rule is on and it listens on port {port}, yet the port does not answer from the client. Something in between blocks it: a network firewall, a router filter, a cloud security group, or a VPN that sends the traffic elsewhere.',
        steps: [
          'On {kmsHost}, check that it listens on port {port} (one line per listener).',
          'Test the port from the client, and from another machine next to the host: where the test starts to fail is where the block is.',
          'Ask the network team to allow TCP {port} from the clients to {kmsHost}: network firewalls, router filters, and in a cloud the security group (NSG) of the host and the outgoing rules of the client.',
          'With a VPN or forced tunnelling, KMS traffic must reach the host directly.',
          'Test again until TcpTestSucceeded is True, then activate.',
        ],
        commands: [{ ref: 'kms-port-listening' }, { ref: 'test-port' }, { ref: 'psping-kms' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'port-open' }, { ref: 'ato-success' }, { ref: 'host-12290-client' }],
      }),
    },
    azure: {
      type: 'final',
      meta: resolution({
        title: 'Open the way to Azure KMS',
        cause: 'Azure VMs activate against Microsoft\'s KMS host azkms.core.windows.net on TCP port 1688. Something on the way blocks it: a network security group (NSG), Azure Firewall, or forced tunnelling that sends internet traffic through your own network.',
        steps: [
          'Check that the VM resolves azkms.core.windows.net and that port 1688 answers.',
          'Allow outgoing TCP 1688 to azkms.core.windows.net in the VM\'s NSG and in Azure Firewall.',
          'With forced tunnelling, add a route that sends the Azure KMS addresses straight to the internet. The addresses have changed before: take them from Microsoft\'s current article.',
          'Point the VM at Azure KMS and activate.',
        ],
        commands: [{ ref: 'nslookup-azkms' }, { ref: 'test-port-azure' }, { ref: 'slmgr-skms-azure' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'port-open-azure' }, { ref: 'ato-success' }, { ref: 'dlv-kms-licensed' }],
      }),
    },
    staleHost: {
      type: 'final',
      meta: resolution({
        title: 'Point the client at {kmsHost}',
        cause: 'The client still asks a KMS host that is wrong for it: a name set by hand (slmgr /skms or a policy), or a DNS SRV record left behind after a migration. The KMS host to use is {kmsHost}, port {port}.',
        steps: [
          'Look at the client\'s KMS settings (the PowerShell query): a KeyManagementServiceMachine value was set by hand (slmgr /skms or a policy); if it is empty, the host came from an SRV record (DiscoveredKeyManagementServiceMachineName).',
          'Set by hand: set {kmsHostPort} instead, or clear the setting (slmgr /ckms) so the client finds the host through DNS again.',
          'From DNS: list the SRV records and have the record of the old host deleted; only current KMS hosts belong there.',
          'Activate the client.',
        ],
        commands: [{ ref: 'client-kms-info' }, { ref: 'nslookup-srv-suffix' }, { ref: 'slmgr-skms' }, { ref: 'slmgr-ckms' }, { ref: 'slmgr-ato' }],
        verify: [
          { ref: 'ato-success' },
          {
            text: 'On the client, see which KMS host it uses now.',
            command: { ref: 'client-kms-info' },
            expect: 'KeyManagementServiceMachine is {kmsHost} (set by hand), or it is empty and DiscoveredKeyManagementServiceMachineName is {kmsHost} (found through DNS): the old host is gone from both',
          },
        ],
      }),
    },
    noReply: {
      type: 'final',
      meta: resolution({
        title: 'Find why the KMS host sends no answer',
        cause: 'Port {port} answers, yet the client logged a request (12288) with no answer (12289). Either the request reaches a machine that is not a working KMS host (an old address in DNS), or the KMS service on the host does not answer.',
        steps: [
          'On the KMS host, look for event 12290 at the time of the client\'s request. None means the request never reached its KMS.',
          'Check that {kmsHost} resolves to the host\'s current address (compare with ipconfig on the host).',
          'On the host, slmgr /dlv must say "Key Management Service is enabled on this machine" and "Listening on Port: {port}".',
          'Restart the Software Protection service on the host, activate the client again and read its 12288/12289 events.',
        ],
        commands: [
          { ref: 'events-host' },
          { ref: 'nslookup-kms-host' },
          { ref: 'slmgr-dlv-host' },
          { ref: 'restart-sppsvc-host' },
          { ref: 'slmgr-ato' },
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'client-12289-activated' }, { ref: 'host-12290-client' }],
      }),
    },
    toDns: { type: 'final', meta: handoff('dns-srv') },
    toHostKey: { type: 'final', meta: handoff('code') },
    toCode: { type: 'final', meta: handoff('triage', 'askCode') },
  },
});

/** The TCP 1688 flow. */
export const port1688Flow = defineFlow({ id: 'port-1688', title: 'Port 1688', machine, derived: ['testedPort'] });
