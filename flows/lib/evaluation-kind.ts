// Evaluation editions: only Windows Server's converts in place to the full edition (DISM
// /Set-Edition; Microsoft Learn, "Upgrade and conversion options for Windows Server",
// https://learn.microsoft.com/windows-server/get-started/upgrade-conversion-options). Windows 10
// and 11 Enterprise Evaluation can be neither converted nor activated: it is installed again from
// volume licensing media. So a flow asks (or reads) which it is before it offers DISM.

import { question, resolution } from './builders.js';
import { NOT_CHECKED, readFirst } from './read-first.js';

/** "Windows Server or a Windows client?": SERVER converts, CLIENT is reinstalled. */
export const evaluationKindQuestion = () => question({
  title: 'Is this evaluation copy Windows Server, or Windows 10 or 11 Enterprise Evaluation?',
  body: ['Only a Windows Server evaluation converts to the full edition in place. Windows 10 and 11 Enterprise Evaluation can be neither converted nor activated.'],
  options: [
    { label: 'Windows Server (ServerStandardEval, ServerDatacenterEval …)', event: 'SERVER' },
    { label: 'Windows 10 or 11 Enterprise Evaluation', event: 'CLIENT' },
    NOT_CHECKED,
  ],
  help: {
    commands: [{ ref: 'slmgr-dlv' }, { ref: 'dism-get-current-edition' }],
    lookFor: 'The Name line of slmgr /dlv: "Windows(R), ServerStandardEval edition" is a Windows Server evaluation, "Windows(R), EnterpriseEval edition" a Windows client one. DISM shows the same name after "Current Edition :". Pasting the output of slmgr /dlv here answers it.',
  },
  reads: 'evaluation-kind',
});

/** Where "I haven't checked" leads from that question: how to read which it is, then back to it. */
export const evaluationKindRead = (back: string) => readFirst({
  title: 'Find out which evaluation it is',
  cause: 'A Windows Server evaluation converts in place; a Windows 10 or 11 Enterprise Evaluation does not, so this decides the fix.',
  steps: [
    { text: 'On the machine, show the licence status. The Name line ends in the edition: ServerStandardEval or ServerDatacenterEval is Windows Server, EnterpriseEval a Windows client.', commands: [{ ref: 'slmgr-dlv' }] },
  ],
  back,
});

/** The end for a Windows 10 or 11 Enterprise Evaluation: reinstall, then activate. */
export const clientEvaluationEnd = () => ({
  type: 'final' as const,
  meta: resolution({
    title: 'Install Windows again from volume licensing media',
    cause: 'This is Windows 10 or 11 Enterprise Evaluation. No key converts or activates it: DISM offers no edition to change to, and when the evaluation period ends it keeps asking to be activated. Only a new installation from volume licensing media (or media of the edition you are licensed for) can be activated.',
    steps: [
      {
        text: 'On the client, look first: the current edition ends in Eval, and DISM lists no edition it can become.',
        commands: [{ ref: 'dism-get-current-edition' }, { ref: 'dism-get-target-editions' }],
      },
      'Back up the user\'s data and settings: the evaluation installation cannot be upgraded in place.',
      'Install Windows on the client from your volume licensing media (Volume Licensing Service Center, or the Microsoft 365 admin center).',
      {
        text: 'Activate the client: with its KMS client setup key against your KMS host (or Active Directory-based activation), or with your MAK.',
        commands: [{ ref: 'slmgr-ato' }],
      },
    ],
    verify: [{ ref: 'ato-success' }, { ref: 'dlv-licensed' }],
  }),
});
