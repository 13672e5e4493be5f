// The product-key flow's resolutions for a key installed, refused, blocked or for another
// edition. Apart from the questions so that the flow file reads as the decisions a technician
// makes; every one of these ends a path. Each step carries the commands it runs.

import { LOOK_UP_CODE, resolution } from '../lib/builders.js';
import type { CommandItem } from '../step.js';

const DLV: CommandItem = { ref: 'slmgr-dlv' };
const ATO: CommandItem = { ref: 'slmgr-ato' };
const installKey = (purpose: string): CommandItem => ({ ref: 'slmgr-ipk', purpose });

/** The product-key resolutions, by state name. */
export const productKeyResolutions: Record<string, object> = {
  installSetupKey: {
    meta: resolution({
      title: 'Install the KMS client setup key',
      lead: 'Why',
      cause: '{productKey} is the setup key for {keyProducts}: it activates only against a KMS host or Active Directory-based activation.{keyFixedNote}',
      steps: [
        { text: 'On the client, check that the Name line names that edition.', commands: [DLV] },
        { text: 'Install the key (it replaces the one installed now).', commands: [installKey('Install the KMS client setup key')] },
        { text: 'Activate. An error code (0xC004F074: no KMS host could be contacted) leads to the next step.', commands: [ATO] },
      ],
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
        { text: 'On the machine, read the Name line: the edition and version the key must be for.', commands: [DLV] },
        'Compare the key with its source (Volume Licensing Service Center, Product Keys, or the purchase), character by character.',
        { text: 'Install the key for exactly this edition, then activate.', commands: [installKey('Install the key for exactly this edition'), ATO] },
        'If the right key is still refused, contact the Microsoft Licensing Activation Centers.',
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
    }),
  },
  otherEditionKey: {
    meta: resolution({
      title: 'Get the key for this edition',
      cause: 'The MAK or retail key (or the PC maker\'s OEM key) is for another edition than the one installed, and a key activates only its own edition.',
      steps: [
        { text: 'On the machine, note the edition on the Name line.', commands: [DLV] },
        { text: 'DISM names it too, as "Current Edition".', commands: [{ ref: 'dism-get-current-edition' }] },
        'Get the key for exactly that edition: a MAK from the Volume Licensing Service Center, or the retail key bought for it. On a KMS network, its KMS client setup key works instead (the next step finds it).',
        { text: 'Install that key: slmgr prints "Installed product key … successfully."', commands: [installKey('Install the key for the installed edition')] },
        { text: 'Activate.', commands: [ATO] },
        'If the machine runs the wrong edition altogether, changing it is a bigger job: escalate.',
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
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
        { text: 'On the PC, note the last five characters of the installed key ("Partial Product Key:").', commands: [DLV] },
        'Ask whoever sold the licence for a working key, or use a MAK from your organisation\'s volume licences.',
        { text: 'Install the new key and activate.', commands: [installKey('Install the new key'), ATO] },
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
    }),
  },
  blockedHostKey: {
    type: 'final',
    meta: resolution({
      title: 'Get a new KMS host key',
      cause: 'Microsoft has blocked the KMS host key (CSVLK), so the host can\'t be activated with it. You need a new host key.',
      steps: [
        { text: 'On the KMS host, note the key\'s last five characters ("Partial Product Key:") and the Description line.', commands: [{ ref: 'slmgr-dlv', where: 'kms-host', purpose: 'Show the KMS host\'s key, channel and licence status' }] },
        'Get a new host key from the Volume Licensing Service Center (Product Keys) or the Microsoft Licensing Activation Centers.',
        {
          text: 'Install it on the KMS host and activate the host; the clients then activate again at their next attempt.',
          commands: [{ ref: 'slmgr-ipk-host' }, { ref: 'slmgr-ato', where: 'kms-host', purpose: 'Activate the KMS host' }],
        },
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
        { text: 'On the PC, note the edition and the last five characters of the key.', commands: [DLV] },
        'Check with whoever sold the licence that the earlier Windows on this PC qualifies for it.',
        { text: 'If it doesn\'t, install a full key (a MAK or a full retail key) and activate; otherwise escalate with the output of step 1.', commands: [installKey('Install a full key instead'), ATO] },
      ],
      verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-new-key-licensed' }],
    }),
  },
};
