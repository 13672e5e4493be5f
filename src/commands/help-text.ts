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
  kms-doctor --from pc042.json            start from collected output (kms-doctor collect)
  kms-doctor explain 0x8007232B           print the explanation and fix, no wizard
  kms-doctor explain --json C004F074      the same as one JSON object
  cscript slmgr.vbs /ato | kms-doctor explain
                                          read the code out of pasted slmgr output
  kms-doctor keys server 2022 datacenter  KMS client setup key, best match first
  kms-doctor check --domain corp.contoso.com
                                          look up the SRV record, test port 1688
  kms-doctor collect --out collect.ps1    the script that gathers everything, as JSON
  kms-doctor parse collected/             read a folder of outputs: many machines at once

In the wizard:
  ↑/↓ (or 1–9) highlight a choice, Enter chooses it · Esc goes back one step, the earlier
  answer highlighted · r restarts · q quits · Ctrl+C quits (exit 130) · Ctrl+L redraws
  PgUp/PgDn (←/→ on questions and resolutions) turn the page of a long screen
  ? or "How do I find out?" shows the command that answers a question
  Paste output (slmgr, nslookup, Test-NetConnection, w32tm, events, collect JSON) at a
  question and it is read: the wizard answers for you and says what it read
  "Check it from this computer" (Ctrl+T in a field) runs a live DNS or port check
  In a field: ←/→ Home/End (Ctrl+A/E) move, Ctrl+U clears, Ctrl+W deletes a word,
  Tab shows how to find the answer
  On a resolution: ↑/↓ or Tab highlight a command, c copies it, a copies them all,
  s saves a note for the ticket, p switches cmd / PowerShell / both, Enter follows the
  next step when there is one; q leaves the resolution printed in your scrollback

The smallest window it is made for is 60×20; a smaller one shows how big it is and keeps
every key working. Non-UTF-8 terminals get ASCII symbols; NO_COLOR=1 turns colours off.

Exit codes:
  0 done · 1 no code found, or a code kms-doctor does not know · 2 usage error, or no terminal
  for the wizard · 70 internal error · 130 interrupted with Ctrl+C · 129/143 hung up/terminated
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
        ['--from FILE', 'start from saved output (collect JSON, slmgr, nslookup …): its code and facts answer the questions they cover'],
        ['--out DIR', 'where s saves the note for the ticket (default: the current folder)'],
        ['--no-print', 'do not print the resolution when you leave it with q'],
        ['--powershell PATH', 'the PowerShell "Read this computer" runs (default: powershell.exe on Windows, pwsh elsewhere)'],
        ['-h, --help', 'show this help'],
      ],
    },
    { title: 'Commands', rows: Object.values(COMMANDS).map((c) => [c.usage, c.summary] as const) },
  ],
  after: HELP_AFTER,
};
