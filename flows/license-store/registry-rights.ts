// The licence-store flow's branch for 0x8007000D: the SYSTEM account (S-1-5-18) lost its rights
// on the registry key Enum\Root or a key below it. Two read-only checks decide; the repair is
// by hand in regedit, after a backup. Apart because it shares nothing with the licence store.

import { question, resolution } from '../lib/builders.js';
import { NOT_CHECKED, readFirst } from '../lib/read-first.js';

/** The states from "what does the permission check show?" to the repair, or to escalating. */
export const registryRightsStates: Record<string, object> = {
  acl: {
    meta: question({
      title: 'What does the permission check on Enum\\Root show for S-1-5-18?',
      body: ['0x8007000D comes from the SYSTEM account (S-1-5-18) losing its rights on that registry key. Run the check in an elevated PowerShell.'],
      options: [
        { label: 'No S-1-5-18 row, or not FullControl and Allow', event: 'MISSING' },
        { label: 'A row with FullControl and Allow', event: 'FINE' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'acl-enum-root-system' }],
        lookFor: 'A healthy key shows a row with S-1-5-18 (SYSTEM), FullControl and Allow.',
      },
    }),
    on: { MISSING: 'aclFix', FINE: 'aclSubkeys', NOT_CHECKED: 'aclFind' },
  },
  aclFind: readFirst({
    title: 'Check SYSTEM\'s rights on Enum\\Root',
    cause: '0x8007000D comes from the SYSTEM account (S-1-5-18) losing its rights on that registry key. The check only reads.',
    steps: [
      { text: 'On the client, in an elevated PowerShell: a healthy key shows a row with S-1-5-18, FullControl and Allow.', commands: [{ ref: 'acl-enum-root-system' }] },
    ],
    back: 'acl',
  }),
  aclSubkeys: {
    meta: question({
      title: 'Does the check of the subkeys list any keys?',
      body: ['SYSTEM has its rights on Enum\\Root itself; this checks every key below it.'],
      commands: [{ ref: 'acl-enum-root-subkeys' }],
      options: [
        { label: 'Yes, it lists one or more keys', event: 'MISSING' },
        { label: 'No, it prints nothing', event: 'FINE' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'acl-enum-root-subkeys' }],
        lookFor: 'Each line it prints is a subkey where SYSTEM has no Allow entry, e.g. HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Enum\\Root\\….',
      },
    }),
    on: { MISSING: 'aclFix', FINE: 'aclFine', NOT_CHECKED: 'aclSubkeysFind' },
  },
  aclSubkeysFind: readFirst({
    title: 'Check SYSTEM\'s rights below Enum\\Root',
    cause: 'SYSTEM may have its rights on Enum\\Root but not on a key below it. The check only reads.',
    steps: [
      { text: 'On the client, in an elevated PowerShell: it lists each subkey where SYSTEM has no Allow entry, and prints nothing when all is well.', commands: [{ ref: 'acl-enum-root-subkeys' }] },
    ],
    back: 'aclSubkeys',
  }),
  aclFix: {
    type: 'final',
    meta: resolution({
      title: 'Give SYSTEM its rights back',
      cause: 'SYSTEM (S-1-5-18) lost its rights on the registry key Enum\\Root or a subkey. Without at least "Enumerate Subkeys" there, activation fails with any key.',
      steps: [
        { text: 'Ask a senior before changing registry rights. On the client, back the key up first.', commands: [{ ref: 'reg-export-enum-root' }] },
        { text: 'In an elevated PowerShell, show SYSTEM\'s rights on Enum\\Root.', commands: [{ ref: 'acl-enum-root-system' }] },
        { text: 'List the subkeys where SYSTEM has no Allow entry.', commands: [{ ref: 'acl-enum-root-subkeys' }] },
        'In regedit (as administrator), right-click the key without SYSTEM\'s rights, Permissions.',
        'Add SYSTEM if missing; allow Full Control (at least Enumerate Subkeys); apply.',
        { text: 'Activate.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      // The two checks are steps 2 and 3; running them again is one look (their commands are long).
      verify: [
        { text: 'On the client, run the checks of steps 2 and 3 again.', expect: 'Step 2 shows a row with S-1-5-18, FullControl and Allow; step 3 lists nothing' },
        { ref: 'ato-success' },
      ],
    }),
  },
  aclFine: {
    type: 'final',
    meta: resolution({
      title: 'The registry permissions are fine',
      cause: 'SYSTEM still has its rights on Enum\\Root, so the one cause Microsoft documents for 0x8007000D does not apply here. kms-doctor has no other confirmed cause.',
      steps: [
        { text: 'On the client, show Windows\' own text for the code, the licence status, and the licensing errors in the Application log.', commands: [{ ref: 'slui-text' }, { ref: 'slmgr-dlv' }, { ref: 'events-spp-errors' }] },
        'Write down which command or screen showed the error.',
        'Escalate with that output.',
      ],
      verify: [{ ref: 'dlv-licensed' }],
    }),
  },
};
