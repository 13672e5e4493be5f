// The product-key flow's resolutions for a key installed, refused, blocked or for another
// edition. Apart from the questions so that the flow file reads as the decisions a technician
// makes; every one of these ends a path.

import { LOOK_UP_CODE, resolution } from '../lib/builders.js';

/** The product-key resolutions, by state name. */
export const productKeyResolutions: Record<string, object> = {
  installSetupKey: {
    meta: resolution({
      title: 'Install the setup key for {keyProducts}',
      cause: '{productKey} is the KMS client setup key for {keyProducts}.{keyFixedNote} It activates only against a KMS host or through Active Directory-based activation; a MAK or retail key is not a setup key.',
      steps: [
        'Check the Name line of slmgr /dlv: it must name the same edition.',
        'Install the key in an elevated prompt; it replaces the key the machine has now.',
        'Activate. If it prints an error code (0xC004F074: no KMS host could be contacted), the next step looks that code up.',
      ],
      commands: [{ ref: 'slmgr-dlv' }, { ref: 'slmgr-ipk', purpose: 'Install the KMS client setup key' }, { ref: 'slmgr-ato' }],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-setup-key-licensed' }],
      next: LOOK_UP_CODE,
    }),
    on: { [LOOK_UP_CODE.event]: 'toCode' },
  },
  keyRefused: {
    type: 'final',
    meta: resolution({
      title: 'Windows refused a well-formed key',
      cause: '{productKey} has the shape of a product key and is not a setup key, yet Windows calls it invalid.{keyFixedNote} So it is not a key for this Windows: another version or edition, a pre-release (beta) key, or a character that is wrong but still looks valid.',
      steps: [
        'Read the Name line of slmgr /dlv: the edition and version the key must be for.',
        'Compare the key with its source (Volume Licensing Service Center, Product Keys, or the purchase), character by character.',
        'Install the key for exactly this edition from an elevated prompt, then activate.',
        'If the right key is still refused, contact the Microsoft Licensing Activation Centers.',
      ],
      commands: [{ ref: 'slmgr-dlv' }, { ref: 'slmgr-ipk', purpose: 'Install the key for exactly this edition' }, { ref: 'slmgr-ato' }],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
    }),
  },
  otherEditionKey: {
    meta: resolution({
      title: 'Get the key for the edition installed',
      cause: 'The MAK or retail key (or the PC maker\'s OEM key) is for a different edition than the one installed, and a key activates only its own edition.',
      steps: [
        'Note the edition in the Name line of slmgr /dlv (DISM shows it too).',
        'Get the key for exactly that edition: a MAK from the Volume Licensing Service Center, or the retail key bought for it. On a KMS network, the KMS client setup key works instead (the next step finds it).',
        'Install it from an elevated prompt and activate.',
        'If the machine runs the wrong edition altogether, changing it is a bigger job: escalate.',
      ],
      commands: [
        { ref: 'slmgr-dlv' }, { ref: 'dism-get-current-edition' },
        { ref: 'slmgr-ipk', purpose: 'Install the key for the installed edition' }, { ref: 'slmgr-ato' },
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
      next: { label: 'On a KMS network: find the setup key for this edition', event: 'KEYS' },
    }),
    on: { KEYS: 'toLookup' },
  },
  blockedRetail: {
    type: 'final',
    meta: resolution({
      title: 'Replace the blocked retail key',
      cause: 'Microsoft has blocked this retail or OEM key, so it activates nothing any more. Nothing on the PC can change that.',
      steps: [
        'Note the last five characters of the installed key (Partial Product Key in slmgr /dlv).',
        'Ask whoever sold the licence for a working key, or use a MAK from your organisation\'s volume licences.',
        'Install the new key from an elevated prompt and activate.',
      ],
      commands: [{ ref: 'slmgr-dlv' }, { ref: 'slmgr-ipk', purpose: 'Install the new key' }, { ref: 'slmgr-ato' }],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
    }),
  },
  blockedHostKey: {
    type: 'final',
    meta: resolution({
      title: 'Get a new KMS host key',
      cause: 'Microsoft has blocked the KMS host key (CSVLK), so the host can\'t be activated with it. You need a new host key.',
      steps: [
        'On the KMS host, note the key\'s last five characters (Partial Product Key) and the Description line.',
        'Get a new host key from the Volume Licensing Service Center (Product Keys) or the Microsoft Licensing Activation Centers.',
        'Install it on the KMS host and activate the host; then the clients activate again at their next attempt.',
      ],
      commands: [
        { ref: 'slmgr-dlv', where: 'kms-host', purpose: 'Show the KMS host\'s key, channel and licence status' },
        { ref: 'slmgr-ipk-host' }, { ref: 'slmgr-ato', where: 'kms-host', purpose: 'Activate the KMS host' },
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'host-ato-success' }, { ref: 'host-new-key-licensed' }],
    }),
  },
  upgradeEscalate: {
    type: 'final',
    meta: resolution({
      title: 'Check the upgrade licence',
      cause: 'Windows says the key is for upgrades only, yet you installed over an earlier Windows. Either that Windows did not qualify for the upgrade, or the installation was treated as a clean one.',
      steps: [
        'Note the edition and the last five characters of the key in slmgr /dlv.',
        'Check with whoever sold the licence that the earlier Windows on this PC qualifies for it.',
        'If it doesn\'t, install a full key (a MAK or a full retail key) and activate; otherwise escalate with the slmgr /dlv output.',
      ],
      commands: [{ ref: 'slmgr-dlv' }, { ref: 'slmgr-ipk', purpose: 'Install a full key instead' }, { ref: 'slmgr-ato' }],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
    }),
  },
};
