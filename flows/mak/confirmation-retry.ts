// The MAK flow's branch for a confirmation ID Windows refused (0xC004F02C, 0xC004F031,
// 0xC004F04D): is the installation ID still the one read out on the phone? Then the ID is typed
// again, or a new one is got by calling again. Apart because it starts from a refusal, not from
// a new phone activation (that one is the shared phone path in lib/activation.ts).

import { input, question, resolution } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/read-first.js';

/** The states from "is the installation ID still the same?" to entering the ID again. */
export const confirmationRetryStates: Record<string, object> = {
  phoneRetry: {
    meta: question({
      title: 'Is the installation ID still the one you read out?',
      body: ['Run slmgr /dti on the machine you are activating and compare it with the ID you read out on the phone, group by group.'],
      options: [
        { label: 'Yes, the same: type the confirmation ID again', event: 'SAME' },
        { label: 'No, it changed', event: 'CHANGED' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'slmgr-dti', where: 'any', purpose: 'Show the current installation ID on the machine you are activating' }],
        lookFor: 'The "Installation ID:" line. It changes when the product key changes; a confirmation ID fits only the installation ID it was given for. Not sure it is the same? Call again: a new confirmation ID fits for certain.',
      },
    }),
    on: { SAME: 'askCidAgain', CHANGED: 'askCidNew', NOT_CHECKED: 'askCidNew' },
  },
  askCidAgain: {
    meta: input({
      title: 'Type the confirmation ID again, group by group',
      body: ['Read each group back from your notes. Spaces or hyphens between the groups are fine.'],
      field: 'confirmationId',
      help: {
        commands: [{ ref: 'slmgr-dti', where: 'any' }],
        lookFor: 'The confirmation ID is the number you were given back on the phone, usually eight groups of six digits.',
      },
    }),
    on: { ANSWER: { target: 'retryActivate', actions: 'saveAnswer' } },
  },
  askCidNew: {
    meta: input({
      title: 'Call again, then type the new confirmation ID',
      body: ['Read out the installation ID that slmgr /dti shows now: the old confirmation ID can\'t fit it. Don\'t change the key until the new ID is entered.'],
      field: 'confirmationId',
      commands: [{ ref: 'slmgr-dti', where: 'any', purpose: 'Show the installation ID to read out' }, { ref: 'phone-numbers' }],
      help: {
        commands: [{ ref: 'slmgr-dti', where: 'any' }],
        lookFor: '"Installation ID:" is what you read out; phone.inf lists the activation number for each country.',
      },
    }),
    on: { ANSWER: { target: 'retryActivate', actions: 'saveAnswer' } },
  },
  retryActivate: {
    type: 'final',
    meta: resolution({
      title: 'Enter the confirmation ID again',
      cause: 'Windows refused the confirmation ID typed before: a typing slip, or an ID given for another installation ID. kms-doctor checked the shape of the one you typed now.',
      steps: [
        { text: 'On the machine you are activating, check that the installation ID is the one you read out on the phone.', commands: [{ ref: 'slmgr-dti', where: 'any' }] },
        { text: 'Enter the confirmation ID: slmgr answers "Confirmation ID for product … deposited successfully."', commands: [{ ref: 'slmgr-atp', where: 'any' }] },
        'If it is refused again, call again with the installation ID shown now and get a new confirmation ID.',
      ],
      verify: [{ ref: 'atp-deposited' }, { ref: 'dlv-licensed', where: 'any' }],
    }),
  },
};
