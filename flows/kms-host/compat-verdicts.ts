// The KMS host flow's verdicts on "can this host, with this key, activate that Windows?": the
// screens the compatibility pickers end at, and what follows them (a new host key, an update, a
// new host). Their texts come from the answers the pickers stored ({compatAnswer}, …).

import { input, question, resolution } from '../lib/builders.js';
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
      ],
      help: KMS_HOST_IN_USE_HELP,
    }),
    on: { SAME: 'compatConfirm', OTHER: 'askRightHost' },
  },
  compatWrongKey: {
    meta: question({
      title: '{compatTitle}',
      body: ['{compatAnswer}', '{compatFix}'],
      options: [
        { label: 'I have the new host key: install it', event: 'HAVE' },
        { label: 'Show me how to get it', event: 'GET' },
      ],
      help: keyHelp,
    }),
    on: { HAVE: 'askNewHostKey', GET: 'compatGetKey' },
  },
  compatWhichKey: {
    meta: question({
      title: '{compatTitle}',
      body: ['{compatAnswer}', 'Does the host have that key? Your licence records name each host key\'s version; compare its last five characters with "Partial Product Key:" on the host.'],
      options: [
        { label: 'It already has that key', event: 'SAME' },
        { label: 'It has another key, and I have the right one', event: 'HAVE' },
        { label: 'It has another key: show me how to get the right one', event: 'GET' },
      ],
      help: keyHelp,
    }),
    on: { SAME: 'compatConfirm', HAVE: 'askNewHostKey', GET: 'compatGetKey' },
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
        'List the host\'s newest updates (first command). If in doubt, run Windows Update on the host until nothing is left.',
        '{compatUpdateStep}',
        'Activate the client again.',
      ],
      commands: [onHost('host-updates'), CLIENT_ATO],
      verify: [{ ref: 'host-update-installed' }, { ref: 'ato-success' }, { ref: 'host-12290-client' }],
    }),
  },
  compatConfirm: {
    type: 'final',
    meta: resolution({
      title: 'Confirm the host key and update the host',
      cause: '{compatAnswer} If the client still gets an error from this host, the key on it may not be the one you think, or the host lacks an update.',
      steps: [
        'On the host, compare the last five characters in "Partial Product Key:" with your host keys in the Volume Licensing Service Center; the Description line must show a VOLUME_KMS… channel.',
        '{compatUpdateStep}',
        'Read the host\'s 12290 events: one from this client shows the code the host answered with.',
        'Activate the client again.',
      ],
      commands: [HOST_DLV, onHost('host-updates'), { ref: 'events-host' }, CLIENT_ATO],
      verify: [{ ref: 'host-dlv-licensed' }, { ref: 'host-update-installed' }, { ref: 'ato-success' }],
    }),
  },
  compatGetKey: {
    meta: resolution({
      title: 'Get {compatKeys}',
      cause: '{compatAnswer}',
      steps: [
        'In the Volume Licensing Service Center: License, Relationship Summary, your License ID, Product Keys. Take {compatKeys}.',
        '{compatUpdateStep}',
        'Install the key on the host and activate it: the next step, once you have the key.',
        'Activate the client again.',
      ],
      commands: [onHost('host-updates'), onHost('slmgr-ipk-host'), HOST_ATO, CLIENT_ATO],
      verify: [{ ref: 'host-new-key-licensed' }, { ref: 'host-update-installed' }, { ref: 'ato-success' }],
      next: { label: 'I have the new host key: install it', event: 'HAVE' },
    }),
    on: { HAVE: 'askNewHostKey' },
  },
  compatInstall: {
    meta: resolution({
      title: 'Install the new host key on the {hostOsName} host',
      cause: '{compatAnswer}{hostKeyFixedNote}',
      steps: [
        '{compatUpdateStep}',
        'Install {hostKey} on the host: it replaces the host key it has now.',
        'Activate the host online. Without internet access, activate it by phone (the next step).',
        'Activate the client again.',
      ],
      commands: [onHost('host-updates'), onHost('slmgr-ipk-host'), HOST_ATO, CLIENT_ATO],
      verify: [{ ref: 'host-ato-success' }, { ref: 'host-new-key-licensed' }, { ref: 'ato-success' }],
      next: { label: 'The host has no internet access: activate it by phone', event: 'PHONE' },
    }),
    on: { PHONE: 'hostNewKeyPhoneStart' },
  },
  compatNewHost: {
    meta: resolution({
      title: '{compatTitle}',
      cause: '{compatAnswer}',
      steps: [
        '{compatFix}',
        'Install the host key on the new host and activate it (the next step).',
        'Retire the old host and remove its _vlmcs SRV record from DNS, so clients stop finding it.',
        'Activate the client again.',
      ],
      commands: [onHost('host-os-version', 'Show which Windows the old KMS host runs'), onHost('slmgr-ipk-host', 'Install the host key on the new KMS host'), HOST_ATO, CLIENT_ATO],
      verify: [{ ref: 'host-new-key-licensed' }, { ref: 'ato-success' }, { ref: 'host-12290-client' }],
      next: { label: 'Install the host key on the new host', event: 'INSTALL' },
    }),
    on: { INSTALL: 'askHostKey' },
  },
  hostNoKey: {
    meta: resolution({
      title: 'A {hostOsName} machine can\'t be the KMS host',
      cause: '{hostableAnswer}',
      steps: [
        'Set up the KMS host on a Windows Server that runs the host key you need (the next step picks it).',
        'Install the host key there and activate it.',
        'Retire the old host and remove its _vlmcs SRV record from DNS.',
      ],
      commands: [onHost('host-os-version'), onHost('slmgr-ipk-host', 'Install the host key on the new KMS host'), HOST_ATO],
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
        'Look first: which Windows the host runs, and its updates.',
        'It can go on activating what its host key covers, with the update named above. For newer Windows, set up a KMS host on a newer Windows Server (the next step picks its Windows and host key).',
        'Install the host key there and activate it; then retire the old host and remove its _vlmcs SRV record from DNS.',
      ],
      commands: [onHost('host-os-version'), onHost('host-updates'), onHost('slmgr-ipk-host', 'Install the host key on the new KMS host'), HOST_ATO],
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
        'Check which key you tried: its name in the Volume Licensing Service Center says which Windows it is for.',
        'Install a key from the list above; for a key not on it, move the KMS host to a Windows that runs it.',
        'Activate the host.',
      ],
      commands: [onHost('host-os-version'), HOST_DLV, onHost('slmgr-ipk-host'), HOST_ATO],
      verify: [{ ref: 'ipk-success' }, { ref: 'host-ato-success' }, { ref: 'host-new-key-licensed' }],
    }),
  },
};
