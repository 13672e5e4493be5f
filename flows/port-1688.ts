// TCP port 1688: can the client reach the KMS host's port at all? Test it from the client;
// if it fails, walk the host (service, firewall rule, listening port) and then the network;
// if it works, the client is asking the wrong host or gets no KMS answer.
// Codes: 0xC004F039, 0x800706BA, and 0xC004F074 when the host never answered.

import { derive, handoff, input, question, update, withCode } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { KMS_HOST_IN_USE_HELP } from './lib/kms-host-in-use.js';
import { defineFlow } from './lib/define.js';
import { NOT_CHECKED, pasteable } from './lib/not-checked.js';
import { flowSetup } from './lib/setup.js';
import { portEnds } from './port-1688/ends.js';

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
        help: pasteable(KMS_HOST_IN_USE_HELP),
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
          NOT_CHECKED,
        ],
        help: pasteable({
          commands: [{ ref: 'test-port' }, { ref: 'psping-kms' }],
          lookFor: 'The last line of Test-NetConnection: "TcpTestSucceeded : True" means port {port} on {kmsHost} answered; False means nothing answered (PingSucceeded only tells about ping, not KMS). "WARNING: Name resolution of {kmsHost} failed" means DNS does not know the name. PsPing, if you have it, does the same test.',
        }),
        reads: 'tcp-test',
      }),
      // Without the test, the host's own checks come next: they do not need its result.
      on: { OPEN: 'portOpen', CLOSED: 'closed', NO_NAME: 'toDns', NOT_CHECKED: 'closed' },
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
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'get-service-sppsvc' }],
          lookFor: 'Run it on {kmsHost}. The Status column says Running or Stopped; the service (sppsvc) is what answers KMS requests on port {port}.',
        },
      }),
      on: { RUNNING: 'firewall', STOPPED: 'startService', RETIRED: { target: 'askCurrentHost', actions: forgetPort }, AZURE: 'azure', NOT_CHECKED: 'checkHost' },
    },
    firewall: {
      meta: question({
        title: 'On the KMS host: is the KMS firewall rule enabled?',
        body: ['The rule "Key Management Service (TCP-In)" exists on every KMS host but is off until someone turns it on.'],
        commands: [{ ref: 'firewall-kms-rule' }],
        options: [
          { label: 'Enabled : True, and Profile includes the host\'s network', event: 'ENABLED' },
          { label: 'Enabled : False, the Profile does not fit, or no such rule', event: 'DISABLED' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'firewall-kms-rule' }, { ref: 'firewall-kms-rule-netsh' }],
          lookFor: '"Enabled : True" and a Profile that includes the host\'s network (Domain for a domain member; Any covers all). netsh shows the same as "Enabled: Yes" and "Profiles:".',
        },
      }),
      on: { ENABLED: 'listening', DISABLED: 'enableRule', NOT_CHECKED: 'checkHost' },
    },
    listening: {
      meta: input({
        title: 'On the KMS host: which port does it listen on?',
        body: ['slmgr /dlv on the host says "Listening on Port: 1688". Type the number it shows.'],
        field: 'listenPort',
        default: '1688',
        commands: [{ ref: 'slmgr-dlv-host' }],
        help: pasteable({
          commands: [{ ref: 'slmgr-dlv-host' }],
          lookFor: 'The line "Listening on Port: 1688" under "Key Management Service is enabled on this machine". The PowerShell version shows it as KeyManagementServiceListeningPort.',
        }),
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
          NOT_CHECKED,
        ],
        help: pasteable({
          commands: [{ ref: 'events-client' }, { ref: 'client-kms-info' }],
          lookFor: '12288 Info: result, status flags, host:port, CMID, client time, … (e.g. "0xC004F06C, 0x00000000, kms01.corp.contoso.com:1688, 36f27b39-…"). 12289 Info: result, status flags, activated (1 or 0), an unused 0, the host\'s count. The PowerShell query shows the host set by hand (KeyManagementServiceMachine) or found through DNS (DiscoveredKeyManagementServiceMachineName).',
        }),
        reads: 'client-events-port',
      }),
      on: {
        OTHER_HOST: 'staleHost',
        NO_REPLY: 'noReply',
        F042: { target: 'toHostKey', actions: withCode('0xC004F042') },
        CODE: 'toCode',
        NOT_CHECKED: 'checkRequests',
      },
    },

    ...portEnds,
    toDns: { type: 'final', meta: handoff('dns-srv') },
    toHostKey: { type: 'final', meta: handoff('code') },
    toCode: { type: 'final', meta: handoff('triage', 'askCode') },
  },
});

/** The TCP 1688 flow. */
export const port1688Flow = defineFlow({ id: 'port-1688', title: 'Port 1688', machine, derived: ['testedPort'] });
