// The words of `kms-doctor --help`: what the tool is for, its options and commands (the list
// comes from the command table), examples, keys, exit codes.

import type { HelpPage } from './help-page.js';
import { COMMANDS } from './table.js';

/** One line under the usage. */
export const HELP_DESCRIPTION =
  'A guided troubleshooter for Windows volume activation (KMS, MAK, Active Directory-based activation). ' +
  'It explains an activation error code in plain words, asks only the questions that matter, and ends ' +
  'at the fix with the commands (slmgr, nslookup, w32tm, PowerShell) filled in with your own names.';

/** Examples and the rest, after the generated option list. */
export const HELP_AFTER = `
Examples:
  kms-doctor                              start the wizard and answer its questions
  kms-doctor 0xC004F074                   start the wizard at that error code
  kms-doctor -1073418124                  the same code as slmgr's decimal form
  kms-doctor explain 0x8007232B           print the explanation and fix, no wizard
  kms-doctor explain --json C004F074      the same as one JSON object
  cscript slmgr.vbs /ato | kms-doctor explain
                                          read the code out of pasted slmgr output
  kms-doctor keys server 2022 datacenter  KMS client setup key, best match first

In the wizard:
  ↑/↓ and Enter choose · Esc goes back one step · r restarts · q quits · Ctrl+C quits (exit 130)
  p switches the commands shown: cmd (slmgr), PowerShell, or both

Exit codes:
  0 done · 1 no code found, or a code kms-doctor does not know · 2 usage error, or no terminal
  for the wizard · 70 internal error · 130 interrupted with Ctrl+C
`;

/** The usage line of `kms-doctor` itself. */
export const MAIN_USAGE = 'kms-doctor [options] [command] [code...]';

/** `kms-doctor --help`. */
export const MAIN_HELP: HelpPage = {
  usage: MAIN_USAGE,
  description: HELP_DESCRIPTION,
  sections: [
    { title: 'Arguments', rows: [['code', 'an error code or pasted error text: the wizard starts at that code']] },
    {
      title: 'Options',
      rows: [
        ['-v, --version', 'print the version'],
        ['--no-color', 'no colours in the wizard (NO_COLOR=1 does the same)'],
        ['-h, --help', 'show this help'],
      ],
    },
    { title: 'Commands', rows: Object.values(COMMANDS).map((c) => [c.usage, c.summary] as const) },
  ],
  after: HELP_AFTER,
};
