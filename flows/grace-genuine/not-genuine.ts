// The grace-genuine flow's branch for 0x8004FE21, "This computer is not running genuine
// Windows.": Microsoft's fix is a reinstall, so the questions only find out what to prepare
// first (language packs, damaged files, or else malware). Apart because it shares nothing with
// the activation paths of the other codes.

import { question, resolution } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/read-first.js';

/** The states from "how many display languages?" to the reinstall resolutions. */
export const notGenuineStates: Record<string, object> = {
  fe21Languages: {
    meta: question({
      title: 'How many display languages does this PC have?',
      body: ['Language packs on an edition licensed for one language are the most common cause.'],
      commands: [{ ref: 'dism-get-intl' }],
      options: [
        { label: 'More than one "Installed language(s):" line', event: 'SEVERAL' },
        { label: 'Only one', event: 'ONE' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'dism-get-intl' }, { ref: 'slmgr-dlv' }],
        lookFor: 'Each display language shows as an "Installed language(s): xx-XX" line. The Name line of slmgr /dlv shows the edition; ask your licensing team whether it is licensed for several languages.',
      },
    }),
    // The next check, the system files, does not depend on the languages.
    on: { SEVERAL: 'fe21Packs', ONE: 'fe21Files', NOT_CHECKED: 'fe21Files' },
  },
  fe21Files: {
    meta: question({
      title: 'What does sfc /verifyonly end with?',
      body: ['It only checks the Windows system files; it repairs nothing. It takes a few minutes.'],
      commands: [{ ref: 'sfc-verifyonly' }],
      options: [
        { label: '"Windows Resource Protection did not find any integrity violations."', event: 'CLEAN' },
        { label: '"Windows Resource Protection found integrity violations."', event: 'DAMAGED' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'sfc-verifyonly' }],
        lookFor: 'The last line sfc prints. It must run in an elevated prompt.',
      },
    }),
    on: { CLEAN: 'fe21Malware', DAMAGED: 'fe21Damaged', NOT_CHECKED: 'fe21Unchecked' },
  },
  fe21Packs: reinstall(
    'Language packs on an edition not licensed for them',
    'Extra display languages (language packs, MUI) are installed on an edition that is not licensed for them, so Windows reports itself as not genuine. This is not necessarily tampering.',
    'When reinstalling, use an edition licensed for the languages the user needs, or add no other display languages afterwards.',
  ),
  fe21Malware: reinstall(
    'Not genuine: check for malware, then reinstall',
    'The languages and system files look right, so the remaining cause Microsoft names is malware that changed Windows to unlock features.',
    'Scan the PC with your organisation\'s antivirus tool first and report what it finds to your security team.',
  ),
  fe21Damaged: reinstall(
    'Damaged system files: reinstall Windows',
    'Some Windows system files are damaged, which makes Windows report itself as not genuine.',
    'Note which files sfc reports (in %windir%\\Logs\\CBS\\CBS.log) for the ticket.',
  ),
  fe21Unchecked: reinstall(
    'Not genuine: reinstall Windows',
    'Microsoft\'s causes are language packs on an edition not licensed for them, damaged system files, or malware; the checks below tell which, and so what to prepare.',
    'Several languages: reinstall an edition licensed for them. Damaged files: note them (%windir%\\Logs\\CBS\\CBS.log). Neither: scan for malware first.',
  ),
};

/** An end of the 0x8004FE21 path: Microsoft's fix is a reinstall; `prepare` is what to do first. */
function reinstall(title: string, cause: string, prepare: string) {
  return {
    type: 'final' as const,
    meta: resolution({
      title,
      cause,
      steps: [
        { text: 'On the PC, look first: the edition and licence status, the display languages, the system files.', commands: [{ ref: 'slmgr-dlv' }, { ref: 'dism-get-intl' }, { ref: 'sfc-verifyonly' }] },
        prepare,
        'Microsoft\'s fix for 0x8004FE21 is to reinstall Windows. Back up the user\'s data first.',
        { text: 'After the reinstall, install the right key and activate.', commands: [{ ref: 'slmgr-ipk' }, { ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
    }),
  };
}
