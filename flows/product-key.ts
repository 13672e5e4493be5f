// Product-key problems: a key Windows calls invalid or blocked, no key at all, a key for another
// edition, an upgrade-only key; and checking a key the technician pastes. What decides the fix
// is the kind of key (setup key, MAK, retail, KMS host key) and the edition the machine runs,
// so those are the questions. A known code skips the first screen (the code card above the
// next one already says what the code means); without a code, the first screen asks. The
// evaluation-copy branch, the check of a typed key, the resolutions and the checks for someone
// who has not looked ("I haven't checked") live in flows/product-key/.

import { handoff, lookUpCodeState, question } from './lib/builders.js';
import { skipByCode, type CodeRoutes } from './lib/code-routes.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';
import { evaluationStates } from './product-key/evaluation.js';
import { EDITION_HELP, KIND_HELP, UPGRADE_HELP } from './product-key/help.js';
import { keyCheckStates } from './product-key/key-check.js';
import { productKeyReadFirst } from './product-key/not-checked.js';
import { productKeyResolutions } from './product-key/resolutions.js';
import { NOT_CHECKED, codeFirst } from './lib/read-first.js';

/** The first screen a code skips to. */
const CODE_ROUTES: CodeRoutes = {
  '0xC004F050': 'kindInvalid',
  '0xC004F014': 'kindNone',
  '0xC004F213': 'kindNone',
  '0xC004F051': 'kindBlocked',
  '0xC004F069': 'whichEdition',
  '0xC004F066': 'whichEdition',
  '0xC004F210': 'whichEdition',
  '0xC004F034': 'whichEdition',
  '0xC004F212': 'whichEdition',
  '0xC004F061': 'upgradeOnly',
};

/** The kinds of key, as the Description line of slmgr /dlv names their channels. */
const KIND_OPTIONS = [
  { label: 'A KMS client setup key: it activates against our KMS host', event: 'KMS' },
  { label: 'A MAK: our volume key that activates with Microsoft', event: 'MAK' },
  { label: 'A retail or OEM key (bought with the PC or the licence)', event: 'RETAIL' },
  { label: 'A KMS host key (CSVLK), on our KMS host', event: 'HOST' },
];

const machine = () => flowSetup.createMachine({
  id: 'product-key',
  context: contextFromInput,
  initial: 'start',
  states: {
    start: {
      always: skipByCode(CODE_ROUTES),
      meta: question({
        title: 'What is wrong with the product key?',
        options: [
          { label: 'Windows says the key is invalid', event: 'INVALID' },
          { label: 'No key is installed ("Error: product key not found.")', event: 'NONE' },
          { label: 'The key is blocked', event: 'BLOCKED' },
          { label: 'The key does not fit the edition installed', event: 'EDITION' },
          { label: 'The key is for upgrades only', event: 'UPGRADE' },
          { label: 'Check a key I have', event: 'CHECK' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The error slmgr /ipk or /ato printed, or the "Notification Reason:" line of slmgr /dlv. "Error: product key not found." means no key is installed. Pasting that output here answers the question.',
        },
        reads: 'key-problem',
      }),
      on: {
        INVALID: 'kindInvalid', NONE: 'kindNone', BLOCKED: 'kindBlocked', EDITION: 'whichEdition', UPGRADE: 'upgradeOnly', CHECK: 'askKey',
        NOT_CHECKED: 'codeFirst',
      },
    },
    kindNone: {
      meta: question({
        title: 'Which kind of key should this machine get?',
        body: ['Windows has no product key installed, so it has nothing to activate with.'],
        options: [...KIND_OPTIONS, NOT_CHECKED],
        help: KIND_HELP,
      }),
      on: { KMS: 'toLookup', MAK: 'toMakKey', RETAIL: 'askKey', HOST: 'toHostKey', NOT_CHECKED: 'whichKeyFind' },
    },
    kindInvalid: {
      meta: question({
        title: 'Which kind of key did Windows refuse?',
        body: ['Usually a typing slip, or a key pasted with long dashes (— or –) instead of hyphens.'],
        options: [...KIND_OPTIONS, NOT_CHECKED],
        help: KIND_HELP,
      }),
      // Typed in, the key itself tells whether it is a setup key; any other goes on as refused.
      on: { KMS: 'askKey', MAK: 'askRefusedKey', RETAIL: 'askRefusedKey', HOST: 'toHostKeyRefused', NOT_CHECKED: 'askRefusedKey' },
    },
    kindBlocked: {
      meta: question({
        title: 'Which kind of key is blocked?',
        body: ['Microsoft has blocked the key, so it activates nothing any more. Which key you need instead depends on its kind.'],
        options: [...KIND_OPTIONS, NOT_CHECKED],
        help: { ...KIND_HELP, lookFor: `${KIND_HELP.lookFor} Pasting the slmgr /dlv output here answers the question.` },
        reads: 'key-kind',
      }),
      on: { KMS: 'blockedSetupKey', MAK: 'toMakBlocked', RETAIL: 'blockedRetail', HOST: 'blockedHostKey', NOT_CHECKED: 'kindFind' },
    },
    blockedSetupKey: {
      meta: question({
        title: 'The installed key is probably not the setup key',
        body: ['KMS client setup keys are public keys that every organisation shares; a blocked key is almost always a MAK, a retail key or a KMS host key.'],
        options: [
          { label: 'Find the setup key for this edition and install it', event: 'LOOKUP' },
          { label: 'Check the key I installed', event: 'CHECK' },
          NOT_CHECKED,
        ],
        help: KIND_HELP,
      }),
      on: { LOOKUP: 'toLookup', CHECK: 'askKey', NOT_CHECKED: 'askKey' },
    },
    whichEdition: {
      meta: question({
        title: 'Which edition is this machine, and which key does it have?',
        body: ['A key activates only the edition it was made for: the Name line of slmgr /dlv names the one installed.'],
        options: [
          { label: 'A full edition that should use KMS: find its setup key', event: 'LOOKUP' },
          { label: 'A full edition, but our MAK or retail key is for another edition', event: 'OTHER' },
          { label: 'An evaluation edition (the name ends in Eval)', event: 'EVAL' },
          { label: 'I have the key: check which edition it is for', event: 'CHECK' },
          { label: 'It is our KMS host and its host key was refused', event: 'HOST' },
          NOT_CHECKED,
        ],
        help: { ...EDITION_HELP, lookFor: `${EDITION_HELP.lookFor} Pasting the output here answers the question.` },
        reads: 'evaluation-edition',
      }),
      on: { LOOKUP: 'toLookup', OTHER: 'otherEditionKey', EVAL: 'evalKind', CHECK: 'askKey', HOST: 'toHostKeyRefused', NOT_CHECKED: 'editionFind' },
    },
    ...evaluationStates,
    upgradeOnly: {
      meta: question({
        title: 'Was Windows installed as an upgrade over an earlier Windows?',
        body: ['An upgrade key is valid only where Windows was installed over a qualifying earlier version on that PC, not on a clean installation.'],
        options: [
          { label: 'No, it is a clean installation', event: 'CLEAN' },
          { label: 'Yes, it was an upgrade', event: 'UPGRADE' },
          NOT_CHECKED,
        ],
        help: UPGRADE_HELP,
      }),
      // A full key activates a clean installation and an upgrade alike.
      on: { CLEAN: 'upgradeReplace', UPGRADE: 'upgradeEscalate', NOT_CHECKED: 'upgradeReplace' },
    },
    upgradeReplace: {
      meta: question({
        title: 'Which key will it use instead?',
        body: ['A clean installation needs a full key: a KMS client setup key, a MAK or a full retail key.'],
        options: [
          { label: 'A KMS client setup key: it activates against our KMS host', event: 'KMS' },
          { label: 'A MAK: our volume key that activates with Microsoft', event: 'MAK' },
          { label: 'A full retail key', event: 'RETAIL' },
          NOT_CHECKED,
        ],
        help: UPGRADE_HELP,
      }),
      on: { KMS: 'toLookup', MAK: 'toMakKey', RETAIL: 'askKey', NOT_CHECKED: 'replaceKeyFind' },
    },
    ...keyCheckStates,
    ...productKeyResolutions,
    ...productKeyReadFirst,
    codeFirst: codeFirst('toCode'),

    toLookup: { type: 'final', meta: handoff('key-lookup') },
    toCode: lookUpCodeState(),
    toMakKey: { type: 'final', meta: handoff('mak', 'askMak') },
    toMakBlocked: { type: 'final', meta: handoff('mak', 'blocked') },
    toActivateOwn: { type: 'final', meta: handoff('mak', 'howActivate') },
    toHostKey: { type: 'final', meta: handoff('kms-host', 'askHostKey') },
    toHostKeyRefused: { type: 'final', meta: handoff('kms-host', 'installKey') },
    toHostActivate: { type: 'final', meta: handoff('kms-host', 'activateHowNewKey') },
  },
});

/** The product-key flow. */
export const productKeyFlow = defineFlow({
  id: 'product-key',
  title: 'Product key',
  machine,
  derived: ['hostKey', 'hostKeyFixedNote', 'edition', 'product'],
});
