// The KMS host flow's branch for a host key with no activations left (0xC004C008): 10
// activations on at most six computers, used up by many hosts or by the key installed where it
// does not belong. Apart because it is answered by Microsoft, not on the host.

import { CENTERS } from '../lib/activation.js';
import { question, resolution } from '../lib/builders.js';
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
      ],
      help: { commands: [{ ref: 'slmgr-dlv', purpose: 'On a suspect machine: a VOLUME_KMS… channel (not VOLUME_KMSCLIENT) means it has the host key' }], lookFor: 'The Description line: a VOLUME_KMS… channel (not VOLUME_KMSCLIENT) on a machine that is not meant to be a KMS host means the host key was installed there.' },
    }),
    on: { HOSTS: 'limitCall', MISUSED: 'limitMisused' },
  },
  limitCall: {
    type: 'final',
    meta: resolution({
      title: 'Ask Microsoft for more host key activations',
      cause: 'The KMS host key (CSVLK) has been activated the most it may: 10 times, on at most six computers. Microsoft can add activations.',
      steps: [
        'On the host, note the key\'s last five characters (Partial Product Key).',
        'Count the KMS hosts activated with this key, old and rebuilt ones included. Most organisations need only two.',
        `Contact ${CENTERS} and ask for more activations for this host key.`,
        'Then activate the host again.',
      ],
      commands: [HOST_DLV, HOST_ATO],
      verify: [{ ref: 'host-ato-success' }, { ref: 'host-dlv-licensed' }],
    }),
  },
  limitMisused: {
    meta: resolution({
      title: 'Take the host key off ordinary machines',
      cause: 'A machine that got the KMS host key instead of its KMS client setup key became a KMS host, and its activation used one of the key\'s 10 activations on six computers.',
      steps: [
        'On each suspect machine, read the Description line: a VOLUME_KMS… channel (not VOLUME_KMSCLIENT) means it has the host key.',
        'Install the KMS client setup key for its edition there (the next step finds it), then activate it against your KMS host.',
        `Contact ${CENTERS}: say what happened and ask for activations for the host key.`,
      ],
      commands: [
        { ref: 'slmgr-dlv', purpose: 'On each suspect machine: show the key channel' },
        { ref: 'slmgr-ipk', purpose: 'Install the KMS client setup key for its edition' },
        { ref: 'slmgr-ato' },
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-setup-key-licensed' }],
      next: { label: 'Find the KMS client setup key for its edition', event: 'KEYS' },
    }),
    on: { KEYS: 'toKeys' },
  },
};
