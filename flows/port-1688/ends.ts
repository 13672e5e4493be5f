// The ends of the port-1688 flow: what fixes the port (the service, the firewall rule, the port
// the host listens on, the network in between, Azure KMS), what fixes a client that asks the
// wrong host or gets no answer, and the lists of checks for a technician who could not answer
// a question (NOT_CHECKED). Each step carries the commands it runs, in the order they are run.

import { LOOK_UP_CODE, resolution } from '../lib/builders.js';

/** The resolutions of the port-1688 flow, keyed by state name. */
export const portEnds = {
  startService: {
    type: 'final',
    meta: resolution({
      title: 'Start the Software Protection service on the KMS host',
      cause: 'The Software Protection service (sppsvc) on the KMS host is stopped, so nothing answers KMS requests on port {port}.',
      steps: [
        { text: 'On {kmsHost}, look at the service: its Status and StartType.', commands: [{ ref: 'get-service-sppsvc-start' }] },
        { text: 'Start it (elevated). StartType should be Automatic; if the service stops again, read the host\'s Application log for errors from Security-SPP.', commands: [{ ref: 'start-sppsvc' }] },
        { text: 'On the client, test port {port} again: TcpTestSucceeded should now be True.', commands: [{ ref: 'test-port' }] },
        { text: 'Activate the client.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'host-sppsvc-running' }, { ref: 'port-open' }, { ref: 'ato-success' }],
    }),
  },
  enableRule: {
    type: 'final',
    meta: resolution({
      title: 'Turn on the KMS firewall rule',
      cause: 'The Windows Firewall on the KMS host blocks port {port}: the rule "Key Management Service (TCP-In)" (SPPSVC-In-TCP) is off, or not on for the host\'s network. Windows never turns it on by itself.',
      steps: [
        { text: 'On {kmsHost}, look at the rule: Enabled and Profile.', commands: [{ ref: 'firewall-kms-rule' }] },
        { text: 'Turn it on for the domain and private networks (elevated). With another firewall product, allow incoming TCP {port} there.', commands: [{ ref: 'firewall-kms-rule-enable' }] },
        { text: 'Or with netsh (it needs the English rule name): look at the rule…', commands: [{ ref: 'firewall-kms-rule-netsh' }] },
        { text: '…and turn it on (elevated).', commands: [{ ref: 'firewall-kms-rule-enable-netsh' }] },
        { text: 'On the client, test port {port} again.', commands: [{ ref: 'test-port' }] },
        { text: 'Activate the client.', commands: [{ ref: 'slmgr-ato' }] },
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
        { text: 'On the client, test the host\'s own port: TcpTestSucceeded should be True.', commands: [{ ref: 'test-port' }] },
        { text: 'Point the client at {kmsHostPort} (elevated). After the first answer the host tells the client its port itself.', commands: [{ ref: 'slmgr-skms' }] },
        { text: 'Activate the client.', commands: [{ ref: 'slmgr-ato' }] },
        'If clients find the host through DNS, the _vlmcs SRV record must give port {port} too. Or make the host listen on {testedPort} again (slmgr /sprt {testedPort} on the host).',
      ],
      verify: [{ ref: 'port-open' }, { ref: 'ato-success' }, { ref: 'kms-set-by-hand' }],
    }),
  },
  pathBlocked: {
    type: 'final',
    meta: resolution({
      title: 'Open TCP {port} on the way to the KMS host',
      cause: 'The host runs the service, its firewall rule is on and it listens on port {port}, yet the port does not answer from the client. Something in between blocks it: a network firewall, a router filter, a cloud security group, or a VPN.',
      steps: [
        { text: 'On {kmsHost}, check that it listens on port {port} (one line per listener).', commands: [{ ref: 'kms-port-listening' }] },
        { text: 'Test the port from the client, then from a machine next to the host: where the test starts to fail is where the block is.', commands: [{ ref: 'test-port' }, { ref: 'psping-kms' }] },
        'Ask the network team to allow TCP {port} from the clients to {kmsHost}: network firewalls, router filters, in a cloud the host\'s security group (NSG) and the client\'s outgoing rules. With a VPN or forced tunnelling, KMS traffic must reach the host directly.',
        { text: 'Once TcpTestSucceeded is True, activate the client.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'port-open' }, { ref: 'ato-success' }, { ref: 'host-12290-client' }],
    }),
  },
  azure: {
    type: 'final',
    meta: resolution({
      title: 'Open the way to Azure KMS',
      cause: 'Azure VMs activate against Microsoft\'s KMS host azkms.core.windows.net on TCP 1688. Something blocks the way: a network security group (NSG), Azure Firewall, or forced tunnelling through your own network.',
      steps: [
        { text: 'On the VM, check that azkms.core.windows.net resolves and that port 1688 answers.', commands: [{ ref: 'nslookup-azkms' }, { ref: 'test-port-azure' }] },
        'Allow outgoing TCP 1688 to azkms.core.windows.net in the VM\'s NSG and in Azure Firewall. With forced tunnelling, route the Azure KMS addresses straight to the internet; they have changed before, so take them from Microsoft\'s current article.',
        { text: 'Point the VM at Azure KMS (elevated), then activate.', commands: [{ ref: 'slmgr-skms-azure' }, { ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'port-open-azure' }, { ref: 'ato-success' }, { ref: 'dlv-kms-licensed' }],
    }),
  },
  staleHost: {
    type: 'final',
    meta: resolution({
      title: 'Point the client at {kmsHost}',
      cause: 'The client asks a KMS host that is wrong for it: one set by hand (slmgr /skms or a policy), or an old SRV record in DNS. The host to use is {kmsHostPort}.',
      steps: [
        { text: 'On the client, look at its KMS settings: KeyManagementServiceMachine is a host set by hand; when it is empty, the host came from DNS.', commands: [{ ref: 'client-kms-info' }] },
        { text: 'Set by hand: point the client at {kmsHostPort} instead (elevated)…', commands: [{ ref: 'slmgr-skms' }] },
        { text: '…or clear the setting, so the client finds the host through DNS again.', commands: [{ ref: 'slmgr-ckms' }] },
        { text: 'From DNS: list the SRV records; have the old host\'s record deleted (only current KMS hosts belong there).', commands: [{ ref: 'nslookup-srv-suffix' }] },
        { text: 'Activate the client.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [
        { ref: 'ato-success' },
        {
          text: 'On the client, see which KMS host it uses now.',
          command: { ref: 'client-kms-info' },
          expect: 'KeyManagementServiceMachine is {kmsHost} (set by hand), or it is empty and DiscoveredKeyManagementServiceMachineName is {kmsHost} (from DNS)',
        },
      ],
    }),
  },
  noReply: {
    type: 'final',
    meta: resolution({
      title: 'Why the KMS host does not reply',
      cause: 'Port {port} answers, yet the client\'s request (12288) got no answer (12289). It reaches a machine that is not a working KMS host (an old address in DNS), or the host\'s KMS does not answer.',
      steps: [
        { text: 'On the KMS host, look for event 12290 at the time of the request. None: the request never reached its KMS.', commands: [{ ref: 'events-host' }] },
        { text: 'On the client, {kmsHost} must resolve to the host\'s current address (ipconfig on the host).', commands: [{ ref: 'nslookup-kms-host', where: 'client' }] },
        { text: 'On the host, look for "Key Management Service is enabled on this machine" and "Listening on Port: {port}".', commands: [{ ref: 'slmgr-dlv-host' }] },
        { text: 'Restart the host\'s Software Protection service (elevated).', commands: [{ ref: 'restart-sppsvc-host' }] },
        { text: 'Activate the client again.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'client-12289-activated' }, { ref: 'host-12290-client' }],
    }),
  },

  // --- For a technician who could not answer a question: the checks in order, with their commands.
  checkHost: {
    type: 'final',
    meta: resolution({
      title: 'Check the KMS host step by step',
      cause: 'Port {port} may not answer because of the host itself. These three checks on the host find out; do them, or ask someone who can log on to it.',
      steps: [
        { text: 'On the KMS host, the Software Protection service must show Status Running. If it is Stopped, start it (elevated).', commands: [{ ref: 'get-service-sppsvc-start' }, { ref: 'start-sppsvc' }] },
        { text: 'The rule "Key Management Service (TCP-In)" must show Enabled True for the host\'s network. If not, turn it on (elevated).', commands: [{ ref: 'firewall-kms-rule' }, { ref: 'firewall-kms-rule-enable' }] },
        { text: 'slmgr /dlv on the host must show "Listening on Port: {port}".', commands: [{ ref: 'slmgr-dlv-host' }] },
        { text: 'On the client, test the port again, then activate.', commands: [{ ref: 'test-port' }, { ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'port-open' }, { ref: 'ato-success' }],
    }),
  },
  checkRequests: {
    meta: resolution({
      title: 'See what the KMS host answers',
      cause: 'Port {port} answers: the way to the host is open. What the host answers decides what comes next.',
      steps: [
        { text: 'On the KMS host, look for 12290 events from this client: each is a request the host got, its first value the host\'s answer. None: the client asks another host.', commands: [{ ref: 'events-host' }] },
        { text: 'On the client, activate once more (elevated). If it prints an error code, look it up: the next step.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'host-12290-client' }],
      next: LOOK_UP_CODE,
    }),
    on: { [LOOK_UP_CODE.event]: 'toCode' },
  },
} as const;
