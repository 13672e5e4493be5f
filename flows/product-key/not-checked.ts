// Where the product-key questions lead someone who has not checked or cannot tell, when no
// later question can do without the answer: the checks that answer it, in order, each with its
// command, then back to the question. Apart so that product-key.ts reads as the decisions.

import { readFirst } from '../lib/read-first.js';
import type { CommandItem } from '../step.js';

const DLV: CommandItem = { ref: 'slmgr-dlv' };

/** "Which key should it get?": is there a KMS host in DNS, else a MAK or its own retail key. */
const whichKeyFind = (back: string) => readFirst({
  title: 'Find out which key this machine should get',
  cause: 'KMS clients take the public setup key of their edition; a machine with no KMS host to reach takes a MAK or its own retail key.',
  steps: [
    { text: 'On the machine, look for a KMS host in its DNS domain: an SRV record for _vlmcs._tcp naming a host on port 1688 means your network has one, so the machine gets its edition\'s setup key.', commands: [{ ref: 'nslookup-srv-suffix' }] },
    'No record: ask your licensing team for the MAK of this edition (Volume Licensing Service Center), or use the retail key bought with the machine.',
  ],
  back,
});

/** The read-first states of the product-key flow, by state name. */
export const productKeyReadFirst: Record<string, object> = {
  whichKeyFind: whichKeyFind('kindNone'),
  replaceKeyFind: whichKeyFind('upgradeReplace'),
  kindFind: readFirst({
    title: 'Find out which kind of key is installed',
    cause: 'Which key replaces a blocked one depends on its kind, and the end of the Description line names it.',
    steps: [
      { text: 'On the machine, show the licence status. The Description line ends with the channel: VOLUME_KMSCLIENT is a setup key, VOLUME_MAK a MAK, RETAIL or OEM_… a retail or OEM key, VOLUME_KMS… (not KMSCLIENT) a KMS host key.', commands: [DLV] },
      'Still unsure: compare the last five characters ("Partial Product Key:") with your keys in the Volume Licensing Service Center, which lists your MAKs and KMS host keys.',
    ],
    back: 'kindBlocked',
  }),
  editionFind: readFirst({
    title: 'Find out the edition and the key',
    cause: 'A key activates only the edition it was made for, and an evaluation edition takes neither a setup key nor a MAK.',
    steps: [
      { text: 'On the machine, show the edition: a name ending in Eval (ServerStandardEval) is an evaluation copy.', commands: [{ ref: 'dism-get-current-edition' }] },
      { text: 'Show the key installed: the Name line is the edition, and the Description line ends with the key\'s channel.', commands: [DLV] },
      'Have the key at hand? kms-doctor tells which edition it is for: choose "I have the key: check which edition it is for".',
    ],
    back: 'whichEdition',
  }),
  keySourceFind: readFirst({
    title: 'Find out where the key comes from',
    cause: 'A key that is not a setup key is a MAK, a retail key or a KMS host key, and each is used in its own way.',
    steps: [
      'Look for the key in the Volume Licensing Service Center, Product Keys: it lists your MAKs and KMS host keys with their type. A retail key comes on a label or in a purchase e-mail.',
      { text: 'On the machine, the Description line shows the channel of the key installed now.', commands: [DLV] },
    ],
    back: 'notSetupKey',
  }),
};
