// The KMS host flow's branch for a host key with no activations left (0xC004C008): 10
// activations on at most six computers, used up by many hosts or by the key installed where it
// does not belong. Apart because it is answered by Microsoft, not on the host.

import { CENTERS } from '../lib/activation.js';
import { question, resolution } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/not-checked.js';
import { HOST_ATO, HOST_DLV } from './host-commands.js';

/** The states from "where did the activations go?" to asking Microsoft for more. */
export const keyLimitStates: Record<string, object> = {
  keyLimit: {
    meta: question({
      title: 'Where did the host key\'s activations go?',
      body: ['A KMS host key activates up to 10 times, on at most six different computers. Every computer ever activated with it counts.'],
      options: [
        { label: 'We have (had) more than six KMS hosts, or rebuilt them often', event: 'HOSTS' },
        { label: 'It may have been installed on ordinary PCs or servers', event: 'MISUSED' },
        NOT_CHECKED,
      ],
      help: { commands: [{ ref: 'slmgr-dlv', purpose: 'On a suspect machine: a VOLUME_KMS… channel (not VOLUME_KMSCLIENT) means it has the host key' }], lookFor: 'The Description line: a VOLUME_KMS… channel (not VOLUME_KMSCLIENT) on a machine that is not meant to be a KMS host means the host key was installed there.' },
    }),
    // Not known: Microsoft adds activations either way; its steps count the hosts first.
    on: { HOSTS: 'limitCall', MISUSED: 'limitMisused', NOT_CHECKED: 'limitCall' },
  },
  limitCall: {
    type: 'final',
    meta: resolution({
      title: 'Ask Microsoft for more activations',
      cause: 'The KMS host key (CSVLK) has been activated the most it may: 10 times, on at most six computers. Microsoft can add activations.',
      steps: [
        { text: 'On the host, note the key\'s last five characters (Partial Product Key).', commands: [HOST_DLV] },
        'Count the KMS hosts activated with this key, old and rebuilt ones included. Most organisations need only two.',
        `Contact ${CENTERS} and ask for more activations for this host key.`,
        { text: 'Then activate the host again.', commands: [HOST_ATO] },
      ],
      verify: [{ ref: 'host-ato-success' }, { ref: 'host-dlv-licensed' }],
    }),
  },
  limitMisused: {
    meta: resolution({
      title: 'Take the host key off clients',
      cause: 'A machine that got the KMS host key instead of its KMS client setup key became a KMS host, and its activation used one of the key\'s 10 activations on six computers.',
      steps: [
        { text: 'On each suspect machine, a VOLUME_KMS… channel (not VOLUME_KMSCLIENT) means it has the host key.', commands: [{ ref: 'slmgr-dlv', purpose: 'On each suspect machine: show the key channel' }] },
        { text: 'Install its KMS client setup key (the next step finds it)…', commands: [{ ref: 'slmgr-ipk', purpose: 'Install the KMS client setup key for its edition' }] },
        { text: '…then activate it against your KMS host.', commands: [{ ref: 'slmgr-ato' }] },
        `Contact ${CENTERS}: ask for activations for the host key.`,
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-setup-key-licensed' }],
      next: { label: 'Find its KMS client setup key', event: 'KEYS' },
    }),
    on: { KEYS: 'toKeys' },
  },
};
