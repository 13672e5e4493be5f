// The KMS host: activating it (online or by phone), which host key (CSVLK) activates which
// Windows and which update the host needs (data/kms-host-compat.json), the host key's limit of
// 10 activations on 6 computers, and the old "not in a virtual machine" refusal. A known code
// skips the first screen; without one, the first screen asks what goes wrong. This file holds
// the first questions and activating the host; the other branches live in flows/kms-host/.

import { getHostCompat } from '../src/catalog/host-compat.js';
import { phoneActivationStates, type PathPart } from './lib/activation.js';
import { handoff, input, question, resolution } from './lib/builders.js';
import { skipByCode, type CodeRoutes } from './lib/code-routes.js';
import { contextFromInput } from './lib/context.js';
import { KMS_HOST_IN_USE_HELP } from './lib/kms-host-in-use.js';
import { defineFlow } from './lib/define.js';
import { NOT_CHECKED, pasteable } from './lib/not-checked.js';
import { flowSetup } from './lib/setup.js';
import { compatPickerStates } from './kms-host/compat-pickers.js';
import { compatVerdictStates } from './kms-host/compat-verdicts.js';
import { CLIENT_ATO, HOST_ATO, HOST_DLV, hostHelp, keyHelp, onHost, versionHelp } from './kms-host/host-commands.js';
import { keyLimitStates } from './kms-host/key-limit.js';
import { virtualMachineStates } from './kms-host/virtual-machine.js';

/** The first screen a code skips to. */
const CODE_ROUTES: CodeRoutes = {
  '0xC004F041': 'hostStatus',
  '0xC004F042': 'whichHost',
  '0xC004F015': 'whichHost',
  '0xC004C008': 'keyLimit',
  '0xC004F06B': 'vmHost',
};

/** The next step where the host's activation may print 0xC004C008 (the key has no activations left). */
const KEY_LIMIT_NEXT = { label: 'It printed 0xC004C008: key used up', event: 'LIMIT' };

/** A KMS host is activated for its clients' sake: once it is, they activate again. */
const CLIENT_AGAIN: PathPart = { steps: [{ text: 'Then activate the client again.', commands: [CLIENT_ATO] }] };

/** "Online or by phone?" for the KMS host, and the states each answer goes to. */
function onlineOrPhone(title: string, body: string, online: string, phone: string) {
  return {
    meta: question({
      title,
      body: [body],
      options: [
        { label: 'Online: the host reaches the internet', event: 'ONLINE' },
        { label: 'By phone: it has no internet access', event: 'PHONE' },
        NOT_CHECKED,
      ],
      help: {
        commands: [onHost('internet-check')],
        lookFor: 'On the KMS host, "TcpTestSucceeded : True" means it reaches the internet directly. If your network sends web traffic through a proxy, ask whether the host is allowed out. Not sure? Try online first: without a way out, activation fails with an error, and by phone is the way.',
      },
    }),
    // Not known: online first; a failed attempt prints an error and by phone remains.
    on: { ONLINE: online, PHONE: phone, NOT_CHECKED: online },
  };
}

const machine = () => flowSetup.createMachine({
  id: 'kms-host',
  context: contextFromInput,
  initial: 'start',
  states: {
    start: {
      always: skipByCode(CODE_ROUTES),
      meta: question({
        title: 'What goes wrong with the KMS host?',
        options: [
          { label: 'It is not activated (clients get 0xC004F041)', event: 'UNACTIVATED' },
          { label: 'It turns clients away (0xC004F042 or 0xC004F015)', event: 'REFUSES' },
          { label: 'Can it activate a Windows version? (host key and updates)', event: 'COMPAT' },
          { label: 'Its host key has no activations left (0xC004C008)', event: 'LIMIT' },
          { label: 'Install a host key, or slmgr /ipk refused one', event: 'INSTALL' },
          { label: 'It refuses to run in a virtual machine (0xC004F06B)', event: 'VM' },
          NOT_CHECKED,
        ],
        help: hostHelp,
      }),
      // Not known: the first check of a KMS host is whether it is activated at all.
      on: { UNACTIVATED: 'hostStatus', REFUSES: 'whichHost', COMPAT: 'pickHostOs', LIMIT: 'keyLimit', INSTALL: 'installKey', VM: 'vmHost', NOT_CHECKED: 'hostStatus' },
    },
    hostStatus: {
      meta: question({
        title: 'What does slmgr /dlv show on the KMS host?',
        body: ['Look at its "License Status:" line and at the channel at the end of the Description line.'],
        options: [
          { label: 'Not activated: a VOLUME_KMS… channel, another License Status', event: 'UNACTIVATED' },
          { label: 'No host key: VOLUME_KMSCLIENT, VOLUME_MAK or RETAIL', event: 'NO_KEY' },
          { label: 'Activated: "License Status: Licensed", a VOLUME_KMS… channel', event: 'LICENSED' },
          NOT_CHECKED,
        ],
        help: pasteable(hostHelp),
        reads: 'host-status',
      }),
      // Not read: the next check, which host the client asked, is made on the client.
      on: { UNACTIVATED: 'activateHow', NO_KEY: 'askHostKey', LICENSED: 'askRightHost', NOT_CHECKED: 'whichHost' },
    },
    activateHow: onlineOrPhone(
      'How can the KMS host be activated?',
      'Online needs the host to reach Microsoft\'s activation servers over the internet; by phone works without.',
      'hostOnline', 'hostPhoneStart',
    ),
    installKey: {
      meta: question({
        title: 'Installing a KMS host key',
        body: ['slmgr /ipk refuses a host key that is mistyped, or one that can\'t run on this Windows (a Windows 10 host key never runs on Windows Server, and each Server host key only on the versions Microsoft lists).'],
        options: [
          { label: 'Type the host key: kms-doctor checks it', event: 'TYPE' },
          { label: 'Show which host keys this Windows can run', event: 'LIST' },
          NOT_CHECKED,
        ],
        help: versionHelp,
      }),
      // Not known: which host keys this Windows runs comes first.
      on: { TYPE: 'askHostKey', LIST: 'pickHostOs', NOT_CHECKED: 'pickHostOs' },
    },
    askHostKey: {
      meta: input({
        title: 'Type or paste the KMS host key (CSVLK)',
        body: ['Your organisation\'s own key from the Volume Licensing Service Center (VLSC), Product Keys; not one of the public KMS client setup keys.'],
        field: 'hostKey',
        help: keyHelp,
      }),
      on: { ANSWER: { target: 'activateHowNewKey', actions: 'saveAnswer' } },
    },
    activateHowNewKey: onlineOrPhone(
      'How will the KMS host be activated?',
      '{hostKey} is installed first.{hostKeyFixedNote} Online needs the host to reach the internet; by phone works without.',
      'hostOnlineNewKey', 'hostNewKeyPhoneStart',
    ),
    hostOnline: {
      meta: resolution({
        title: 'Activate the KMS host online',
        cause: 'The KMS host has its host key but is not activated with Microsoft, and a KMS host must be activated before it activates anyone else.',
        steps: [
          { text: 'On the host, check "License Status:" and the VOLUME_KMS… channel.', commands: [HOST_DLV] },
          { text: 'Activate the host online (elevated). If it prints 0xC004C008, the host key has used up its activations: the next step says what to do.', commands: [HOST_ATO] },
          { text: 'Activate the client again.', commands: [CLIENT_ATO] },
        ],
        verify: [{ ref: 'host-ato-success' }, { ref: 'host-dlv-licensed' }, { ref: 'ato-success' }],
        next: KEY_LIMIT_NEXT,
      }),
      on: { [KEY_LIMIT_NEXT.event]: 'keyLimit' },
    },
    hostOnlineNewKey: {
      meta: resolution({
        title: 'Install the host key and activate the KMS host online',
        cause: 'A KMS host needs its host key (CSVLK) installed and activated with Microsoft before it activates anyone else; its clients retry every two hours.{hostKeyFixedNote}',
        steps: [
          { text: 'Note what the host has now.', commands: [HOST_DLV] },
          { text: 'Install {hostKey} (elevated). Refused: it can\'t run on this Windows (next step).', commands: [onHost('slmgr-ipk-host')] },
          { text: 'Activate the host online (0xC004C008: the key has used up its activations).', commands: [HOST_ATO] },
          { text: 'Activate the clients again.', commands: [CLIENT_ATO] },
        ],
        verify: [{ ref: 'host-ato-success' }, { ref: 'host-new-key-licensed' }, { ref: 'ato-success' }],
        next: { label: 'Refused: which host keys run where', event: 'REFUSED' },
      }),
      on: { REFUSED: 'pickHostOs' },
    },
    ...phoneActivationStates({
      prefix: 'hostPhone', subject: 'the KMS host', where: 'kms-host', after: CLIENT_AGAIN,
      verify: [{ ref: 'host-dlv-licensed' }, { ref: 'ato-success' }],
    }),
    ...phoneActivationStates({
      prefix: 'hostNewKeyPhone', subject: 'the KMS host', where: 'kms-host', install: onHost('slmgr-ipk-host'), after: CLIENT_AGAIN,
      verify: [{ ref: 'host-new-key-licensed' }, { ref: 'ato-success' }],
    }),
    whichHost: {
      meta: question({
        title: 'Did the client reach the KMS host you expect?',
        body: ['The client\'s event 12288 names the host it asked as its third value (host:port).'],
        options: [
          { label: 'Yes, our KMS host: check it can activate this Windows', event: 'SAME' },
          { label: 'No: an old host, or one kept for other products', event: 'OTHER' },
          NOT_CHECKED,
        ],
        help: KMS_HOST_IN_USE_HELP,
      }),
      // Not known: the next check, whether our host can activate this Windows, does not need it.
      on: { SAME: 'pickHostOs', OTHER: 'askRightHost', NOT_CHECKED: 'pickHostOs' },
    },
    askRightHost: {
      meta: input({
        title: 'Which KMS host should the client use?',
        body: ['The client reached a host that can\'t activate it (its event 12288 names that one). Type the KMS host that can.'],
        field: 'kmsHost',
        help: { commands: [{ ref: 'nslookup-srv-suffix' }], lookFor: 'Ask whoever runs activation which host activates this Windows. The lookup lists the hosts published in the client\'s own DNS domain, one "svr hostname" line each.' },
      }),
      on: { ANSWER: { target: 'pointClient', actions: 'saveAnswer' } },
    },
    pointClient: {
      type: 'final',
      meta: resolution({
        title: 'Use the right KMS host',
        cause: 'The client reached a KMS host that can\'t activate it: an old host still in DNS, or one kept for other products.',
        steps: [
          { text: 'Check that the client reaches {kmsHost} on its port ("TcpTestSucceeded : True").', commands: [{ ref: 'test-port' }] },
          { text: 'Point the client at {kmsHost} (elevated). This turns off DNS auto-discovery for it; /ckms turns it back on.', commands: [{ ref: 'slmgr-skms' }] },
          { text: 'Activate the client again.', commands: [{ ref: 'slmgr-ato' }] },
          'If an old host is still published in DNS, retire it and remove its _vlmcs SRV record, so other clients stop finding it.',
        ],
        verify: [{ ref: 'port-open' }, { ref: 'ato-success' }, { ref: 'kms-set-by-hand' }],
      }),
    },
    toKeys: { type: 'final', meta: handoff('key-lookup') },
    ...compatPickerStates(getHostCompat()),
    ...compatVerdictStates,
    ...keyLimitStates,
    ...virtualMachineStates,
  } as Record<string, object>,
});

/** The KMS host flow. */
export const kmsHostFlow = defineFlow({
  id: 'kms-host',
  title: 'KMS host',
  machine,
  derived: [
    'hostOsName', 'hostableAnswer', 'clientOsName',
    'compatTitle', 'compatAnswer', 'compatFix', 'compatUpdateStep', 'compatKeys',
  ],
});
