// The product-key flow's check of a key the technician types: kms-doctor tells whether it is a
// KMS client setup key (and for which edition) or not, and the answer decides where it goes:
// install the setup key, activate their own key, or hand it to the KMS host flow. Apart because
// it is the one place the flow branches on what a typed key turned out to be.

import type { Answers } from '../lib/context.js';
import { input, question, update } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/read-first.js';
import { CHECK_HELP } from './help.js';

/** The key field found the typed key among Microsoft's public setup keys. */
const isSetupKey = ({ event }: { event: { values?: Answers } }) => event.values?.keyStatus === 'setup-key';

/** A pasted key that turned out to be the KMS host key goes on as the host key. */
const keyIsHostKey = update((context) => ({
  answers: { ...context.answers, hostKey: context.answers.productKey ?? '', hostKeyFixedNote: context.answers.keyFixedNote ?? '' },
}));

/** Asks for a key: a setup key goes on to `isSetupKey`, any other key to `otherwise`. */
function typedKey(title: string, body: string, otherwise: string) {
  return {
    meta: input({ title, body: [body], field: 'productKey', help: CHECK_HELP }),
    on: {
      ANSWER: [
        { guard: isSetupKey, target: 'isSetupKey', actions: 'saveAnswer' },
        { target: otherwise, actions: 'saveAnswer' },
      ],
    },
  };
}

/** The states from typing a key to what it turned out to be. */
export const keyCheckStates: Record<string, object> = {
  askKey: typedKey(
    'Type or paste the key',
    'kms-doctor checks every character and tells you whether it is a KMS client setup key, and for which edition.',
    'notSetupKey',
  ),
  askRefusedKey: typedKey(
    'Type or paste the key Windows refused',
    'Type it from its source, not from memory: kms-doctor checks every character.',
    'keyRefused',
  ),
  isSetupKey: {
    meta: question({
      title: '{productKey} is a KMS client setup key',
      body: [
        'It is the setup key for {keyProducts}.{keyFixedNote}',
        'A setup key activates only against a KMS host or through Active Directory-based activation.',
      ],
      options: [
        { label: 'The machine runs that edition: install it', event: 'INSTALL' },
        { label: 'It runs another edition: find the right setup key', event: 'OTHER' },
        { label: 'There is no KMS host for it: it should get a MAK', event: 'MAK' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'The Name line is the installed edition ("Name: Windows(R), Professional edition" is Pro). Not checked? The installation starts by checking it.',
      },
    }),
    on: { INSTALL: 'installSetupKey', OTHER: 'toLookup', MAK: 'toMakKey', NOT_CHECKED: 'installSetupKey' },
  },
  notSetupKey: {
    meta: question({
      title: '{productKey} is not a KMS client setup key',
      body: [
        'The key is well formed, but it is none of Microsoft\'s public setup keys.{keyFixedNote}',
        'So it is a MAK, a retail key or a KMS host key, and none of those activates against a KMS host.',
      ],
      options: [
        { label: 'It is our MAK or a retail key: install and activate it', event: 'OWN' },
        { label: 'The machine should use KMS: find its setup key', event: 'KMS' },
        { label: 'It is our KMS host key, for the KMS host', event: 'HOST' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'Where the key came from: the Volume Licensing Service Center (a MAK or KMS host key), a label or an e-mail (retail). The Description line of slmgr /dlv shows the channel of the key installed now.',
      },
    }),
    on: { OWN: 'toActivateOwn', KMS: 'toLookup', HOST: { target: 'toHostActivate', actions: keyIsHostKey }, NOT_CHECKED: 'keySourceFind' },
  },
};
