// The product-key flow's branch for an evaluation copy: Windows 10 or 11 Enterprise Evaluation is
// installed again; Windows Server's picks the full edition it becomes (with its KMS client setup
// key from the catalog) or types your own key, then converts in place with DISM. Apart because its picker is generated from the catalog.

import { getCatalog } from '../../src/catalog/catalog.js';
import type { SetupKeyEntry } from '../../src/catalog/schema.js';
import { input, question, resolution, update } from '../lib/builders.js';
import { NOT_CHECKED, readFirst } from '../lib/read-first.js';
import { clientEvaluationEnd, evaluationKindQuestion, evaluationKindRead } from '../lib/evaluation-kind.js';
import { CHECK_HELP, EDITION_HELP } from './help.js';

/** The editions an Evaluation copy of Windows Server can become, with their setup keys. */
const EVAL_TARGETS: SetupKeyEntry[] = getCatalog().keys.filter(
  (e) => e.family === 'windows-server' && /^20(16|19|22|25)$/.test(e.version) && /^(Standard|Datacenter)$/.test(e.edition),
);
const dismEdition = (edition: string) => `Server${edition}`;
const setEdition = (edition: string, entry?: SetupKeyEntry) => update((context) => ({
  answers: { ...context.answers, edition: dismEdition(edition), ...(entry ? { productKey: entry.key, product: entry.product } : {}) },
}));

/** The states from "Windows Server or a Windows client?" to the conversion (or the reinstall). */
export const evaluationStates: Record<string, object> = {
  evalKind: {
    meta: evaluationKindQuestion(),
    on: { SERVER: 'evalTarget', CLIENT: 'evalClient', NOT_CHECKED: 'evalKindRead' },
  },
  evalKindRead: evaluationKindRead('evalKind'),
  evalClient: clientEvaluationEnd(),
  evalTarget: {
    meta: question({
      title: 'Which edition should this evaluation copy become?',
      body: ['DISM converts it in place, with the key of the full edition. Pick the same Windows Server version.'],
      options: [
        ...EVAL_TARGETS.map((e, i) => ({ label: `${e.product} (KMS setup key)`, event: `EVAL_${i}` })),
        { label: 'Another edition or key (our MAK or retail key)', event: 'OWN' },
        NOT_CHECKED,
      ],
      help: EDITION_HELP,
    }),
    on: {
      NOT_CHECKED: 'evalEditionFind',
      ...Object.fromEntries(EVAL_TARGETS.map((e, i) => [`EVAL_${i}`, { target: 'evalConvert', actions: setEdition(e.edition, e) }])),
      OWN: 'evalOwnEdition',
    },
  },
  evalOwnEdition: {
    meta: question({
      title: 'Which edition does your key activate?',
      options: [
        { label: 'Windows Server Standard', event: 'STANDARD' },
        { label: 'Windows Server Datacenter', event: 'DATACENTER' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'dism-get-target-editions' }],
        lookFor: 'Your licence records name the edition of the key. DISM lists the editions this copy can become ("Target Edition : ServerDatacenter").',
      },
    }),
    on: {
      STANDARD: { target: 'askEvalKey', actions: setEdition('Standard') },
      DATACENTER: { target: 'askEvalKey', actions: setEdition('Datacenter') },
      NOT_CHECKED: 'evalEditionFind',
    },
  },
  askEvalKey: {
    meta: input({ title: 'Type or paste the key for {edition}', field: 'productKey', help: CHECK_HELP }),
    on: { ANSWER: { target: 'evalConvert', actions: 'saveAnswer' } },
  },
  evalEditionFind: readFirst({
    title: 'Find out which edition it can become',
    cause: 'DISM converts an evaluation copy only to the editions it lists as targets, and your licence decides which of them you may use.',
    steps: [
      { text: 'On the server, list the editions it can become ("Target Edition : ServerDatacenter").', commands: [{ ref: 'dism-get-target-editions' }] },
      'Ask your licensing team which of them your licence covers: Standard or Datacenter.',
    ],
    back: 'evalTarget',
  }),
  evalConvert: {
    type: 'final',
    meta: resolution({
      title: 'Convert the evaluation copy to {edition}',
      cause: 'An evaluation edition takes no KMS client setup key and no MAK. DISM converts it in place to the full edition, with that edition\'s key ({productKey}); then it activates like any other.',
      steps: [
        { text: 'On the server, check the current edition (it ends in Eval) and that {edition} is among the target editions.', commands: [{ ref: 'dism-get-current-edition' }, { ref: 'dism-get-target-editions' }] },
        'Plan a maintenance window: the conversion restarts the server.',
        { text: 'Convert with DISM, then let it restart.', commands: [{ ref: 'dism-set-edition' }] },
        { text: 'Activate. With a KMS client setup key this needs your KMS host (or Active Directory-based activation).', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'edition-converted' }, { ref: 'ato-success' }, { ref: 'dlv-licensed' }],
    }),
  },
};
