// The KMS host flow's verdicts on "can this host, with this key, activate that Windows?": the
// screens the compatibility pickers end at, and what follows them (a new host key, an update, a
// new host). Their texts come from the answers the pickers stored ({compatAnswer}, …).

import { input, question, resolution } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/not-checked.js';
import { readFirst } from '../lib/read-first.js';
import { KMS_HOST_IN_USE_HELP } from '../lib/kms-host-in-use.js';
import { CLIENT_ATO, HOST_ATO, HOST_DLV, PICK_NEW_HOST, keyHelp, onHost } from './host-commands.js';

/** The verdict screens and the states that follow them. */
export const compatVerdictStates: Record<string, object> = {
  compatWorks: {
    meta: question({
      title: '{compatTitle}',
      body: ['{compatAnswer}', 'So the key is not the problem. Is this host the one the client used (the third value of its event 12288)?'],
      options: [
        { label: 'Yes, the client used this host', event: 'SAME' },
        { label: 'No, it used another host', event: 'OTHER' },
        NOT_CHECKED,
      ],
      help: KMS_HOST_IN_USE_HELP,
    }),
    // Not known: confirming the key and updates on this host is the next check either way.
    on: { SAME: 'compatConfirm', OTHER: 'askRightHost', NOT_CHECKED: 'compatConfirm' },
  },
  compatWrongKey: {
    meta: question({
      title: '{compatTitle}',
      body: ['{compatAnswer}', '{compatFix}'],
      options: [
        { label: 'I have the new host key: install it', event: 'HAVE' },
        { label: 'Show me how to get it', event: 'GET' },
        NOT_CHECKED,
      ],
      help: keyHelp,
    }),
    on: { HAVE: 'askNewHostKey', GET: 'compatGetKey', NOT_CHECKED: 'compatGetKey' },
  },
  compatWhichKey: {
    meta: question({
      title: '{compatTitle}',
      body: ['{compatAnswer}', 'Does the host have that key? Your licence records name each host key\'s version; compare its last five characters with "Partial Product Key:" on the host.'],
      options: [
        { label: 'It already has that key', event: 'SAME' },
        { label: 'It has another key, and I have the right one', event: 'HAVE' },
        { label: 'It has another key: show me how to get the right one', event: 'GET' },
        NOT_CHECKED,
      ],
      help: keyHelp,
    }),
    // Not known: compare the host's key with your records first.
    on: { SAME: 'compatConfirm', HAVE: 'askNewHostKey', GET: 'compatGetKey', NOT_CHECKED: 'compatConfirm' },
  },
  askNewHostKey: {
    meta: input({
      title: 'Type or paste the new KMS host key',
      body: ['{compatKeys}, from the Volume Licensing Service Center (VLSC), Product Keys.'],
      field: 'hostKey',
      help: keyHelp,
    }),
    on: { ANSWER: { target: 'compatInstall', actions: 'saveAnswer' } },
  },
  compatNeedsUpdate: {
    type: 'final',
    meta: resolution({
      title: '{compatTitle}',
      cause: '{compatAnswer}',
      steps: [
        { text: 'List the host\'s newest updates. If in doubt, run Windows Update on the host until nothing is left.', commands: [onHost('host-updates')] },
        '{compatUpdateStep}',
        { text: 'Activate the client again.', commands: [CLIENT_ATO] },
      ],
      verify: [{ ref: 'host-update-installed' }, { ref: 'ato-success' }, { ref: 'host-12290-client' }],
    }),
  },
  compatConfirm: {
    type: 'final',
    meta: resolution({
      title: 'Confirm the key and updates',
      cause: '{compatAnswer}',
      steps: [
        { text: 'Still an error? The host\'s key may not be the one you think: compare "Partial Product Key:" with your keys in the VLSC, and look for a VOLUME_KMS… channel.', commands: [HOST_DLV] },
        { text: '{compatUpdateStep}', commands: [onHost('host-updates')] },
        { text: 'A 12290 event from this client shows the code the host answered.', commands: [{ ref: 'events-host' }] },
        { text: 'Activate the client again.', commands: [CLIENT_ATO] },
      ],
      verify: [{ ref: 'host-dlv-licensed' }, { ref: 'host-update-installed' }, { ref: 'ato-success' }],
    }),
  },
  compatGetKey: {
    meta: resolution({
      title: 'Get {compatKeys}',
      cause: '{compatAnswer}',
      steps: [
        'In the Volume Licensing Service Center: License, Relationship Summary, your License ID, Product Keys. Take {compatKeys}.',
        { text: '{compatUpdateStep}', commands: [onHost('host-updates')] },
        // The next step asks for the key and carries the commands that install and activate it.
        'Then install the key on the host, activate it and the client: the next step, once you have the key.',
      ],
      verify: [{ ref: 'host-update-installed' }],
      next: { label: 'I have the new host key: install it', event: 'HAVE' },
    }),
    on: { HAVE: 'askNewHostKey' },
  },
  compatInstall: {
    meta: resolution({
      title: 'Install the new host key',
      cause: '{compatAnswer}{hostKeyFixedNote}',
      steps: [
        { text: '{compatUpdateStep}', commands: [onHost('host-updates')] },
        { text: 'Install {hostKey} on the host (elevated): it replaces the host key it has now.', commands: [onHost('slmgr-ipk-host')] },
        { text: 'Activate the host online. Without internet access, activate it by phone (the next step).', commands: [HOST_ATO] },
        { text: 'Activate the client again.', commands: [CLIENT_ATO] },
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'host-ato-success' }, { ref: 'ato-success' }],
      next: { label: 'No internet: activate by phone', event: 'PHONE' },
    }),
    on: { PHONE: 'hostNewKeyPhoneStart' },
  },
  compatNewHost: {
    meta: resolution({
      title: '{compatTitle}',
      cause: '{compatAnswer}',
      steps: [
        { text: 'On the old host, see which Windows it runs.', commands: [onHost('host-os-version', 'Show which Windows the old KMS host runs')] },
        '{compatFix}',
        // The next step asks for the host key and carries the commands that install and activate it.
        'Install the host key on the new host and activate it (the next step, with your key); then retire the old host and remove its _vlmcs record from DNS.',
        { text: 'Activate the client again.', commands: [CLIENT_ATO] },
      ],
      // The new host's own checks (host key, activation) come with the next step.
      verify: [{ ref: 'ato-success' }],
      next: { label: 'Install the host key on the new host', event: 'INSTALL' },
    }),
    on: { INSTALL: 'askHostKey' },
  },
  hostNoKey: {
    meta: resolution({
      title: 'A {hostOsName} machine can\'t be the KMS host',
      cause: '{hostableAnswer}',
      steps: [
        { text: 'See which Windows this machine runs.', commands: [onHost('host-os-version')] },
        'Set up the KMS host on a Windows Server that runs the host key you need (the next step picks it).',
        { text: 'Install the host key there…', commands: [onHost('slmgr-ipk-host', 'Install the host key on the new KMS host')] },
        { text: '…and activate it.', commands: [HOST_ATO] },
        'Retire the old host and remove its _vlmcs SRV record from DNS.',
      ],
      verify: [{ ref: 'host-new-key-licensed' }, { ref: 'host-ato-success' }],
      next: PICK_NEW_HOST,
    }),
    on: { [PICK_NEW_HOST.event]: 'pickHostOs' },
  },
  // A Windows Server 2008 R2 host does exist: it runs an older host key, and with KB3079821 it
  // activates up to Windows 10 and Server 2012 R2. None of Microsoft's current host keys runs on it.
  hostOldKeysOnly: {
    meta: resolution({
      title: 'A {hostOsName} host runs only an older host key',
      cause: '{hostableAnswer}',
      steps: [
        { text: 'Look first: which Windows the host runs…', commands: [onHost('host-os-version')] },
        { text: '…and its updates.', commands: [onHost('host-updates')] },
        'It can keep activating what its host key covers, with that update. For newer Windows, set up a KMS host on a newer Windows Server (the next step picks it).',
        { text: 'Install the host key there…', commands: [onHost('slmgr-ipk-host', 'Install the host key on the new KMS host')] },
        { text: '…and activate it; then retire the old host and remove its _vlmcs SRV record from DNS.', commands: [HOST_ATO] },
      ],
      verify: [{ ref: 'host-new-key-licensed' }, { ref: 'host-ato-success' }],
      next: PICK_NEW_HOST,
    }),
    on: { [PICK_NEW_HOST.event]: 'pickHostOs' },
  },
  hostableList: {
    type: 'final',
    meta: resolution({
      title: 'Host keys a {hostOsName} host can run',
      cause: '{hostableAnswer} slmgr /ipk refuses any other host key, and a mistyped one.',
      steps: [
        { text: 'See which Windows the host runs…', commands: [onHost('host-os-version')] },
        { text: '…and which key you tried: its name in the Volume Licensing Service Center says which Windows it is for.', commands: [HOST_DLV] },
        { text: 'Install a key from the list above (elevated); for a key not on it, move the KMS host to a Windows that runs it.', commands: [onHost('slmgr-ipk-host')] },
        { text: 'Activate the host.', commands: [HOST_ATO] },
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'host-ato-success' }, { ref: 'host-new-key-licensed' }],
    }),
  },
  // A picker the technician could not answer: where each answer shows, then the pickers again.
  compatRead: readFirst({
    title: 'Find the host\'s Windows and key',
    cause: 'Whether a KMS host can activate a client depends on the host\'s Windows, its host key and the client\'s Windows. Each shows here.',
    steps: [
      { text: 'On the KMS host, the Caption line names its Windows.', commands: [onHost('host-os-version')] },
      { text: 'Its "Partial Product Key:" gives the host key\'s last five characters: compare them with your keys in the VLSC.', commands: [HOST_DLV] },
      { text: 'On the client, the Name line names its edition ("ServerStandard" is a Windows Server).', commands: [{ ref: 'slmgr-dlv' }] },
    ],
    back: 'pickHostOs',
    nextLabel: 'I have looked: choose them again',
  }),
};
