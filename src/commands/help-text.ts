// The words of `kms-doctor --help`: what the tool is for, examples, keys, exit codes.

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
