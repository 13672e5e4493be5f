// The "How do I find out?" texts of the product-key screens: which kind of key is installed,
// which edition runs, where to type a key from, whether a licence is an upgrade. Kept together
// because the questions in product-key.ts and in its parts share them.

import type { Help } from '../step.js';

/** Which kind of key is installed: the channel at the end of the Description line. */
export const KIND_HELP: Help = {
  commands: [{ ref: 'slmgr-dlv' }],
  lookFor: 'The Description line ends with the channel of the key installed now: VOLUME_KMSCLIENT is a setup key, VOLUME_MAK a MAK, RETAIL or OEM_… a retail or OEM key, VOLUME_KMS… (not KMSCLIENT) a KMS host key. The PowerShell line shows it as ProductKeyChannel (Volume:GVLK, Volume:MAK, Retail, OEM:DM).',
};

/** Which edition is installed (and whether it is an evaluation copy). */
export const EDITION_HELP: Help = {
  commands: [{ ref: 'slmgr-dlv' }, { ref: 'dism-get-current-edition' }],
  lookFor: 'The Name line names the installed edition: "Name: Windows(R), ServerStandard edition" is Windows Server Standard, "Professional" is Pro, "EnterpriseN" is Enterprise N. DISM shows it as "Current Edition :"; a name ending in Eval (ServerStandardEval) is an evaluation copy.',
};

/** Where to type a key from, and what slmgr /dlv shows of the installed one. */
export const CHECK_HELP: Help = {
  commands: [{ ref: 'slmgr-dlv' }],
  lookFor: 'Type the key from its source (your licence records, the label, the Volume Licensing Service Center). slmgr /dlv shows only the last five characters of the installed key ("Partial Product Key:") to compare with.',
};

/** Whether the licence is an upgrade licence. */
export const UPGRADE_HELP: Help = {
  commands: [{ ref: 'slmgr-dlv' }],
  lookFor: 'Your purchase records say whether the licence is an upgrade licence. An upgrade key is only valid where Windows was installed over a qualifying earlier Windows on that PC.',
};
