// Finding the KMS client setup key (GVLK) for an edition: by typing a few words the way people
// do ("server 2022 std", "win7 pro"), best match first, or by picking family, version and
// edition. Either way it ends at the key with the commands that install it and activate.
// The picker states are generated from data/setup-keys.json, so every key in the catalog is one
// path through them (and the graph tests walk them all).

import { getCatalog } from '../src/catalog/catalog.js';
import type { SetupKeyEntry } from '../src/catalog/schema.js';
import { listPickTree, searchKeys } from '../src/keys/search.js';
import type { Answers } from './lib/context.js';
import { handoff, input, question, resolution, update } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { NOT_CHECKED, readFirst } from './lib/read-first.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

/** The template values a chosen key sets. */
export function keyAnswers(entry: SetupKeyEntry) {
  return {
    product: entry.product,
    productKey: entry.key,
    keyEdition: entry.edition,
    keyNote: entry.note ? ` Note: ${entry.note}` : '',
  };
}

const chooseKey = (entry: SetupKeyEntry) =>
  update((context) => ({ answers: { ...context.answers, ...keyAnswers(entry) } }));

/** The end of every key path: the key, and how to install it and activate. */
export const keyFoundStep = resolution({
  title: 'KMS client setup key for {product}',
  lead: 'About this key',
  cause: '{productKey}, a public key (GVLK): it makes Windows activate against your KMS host or through Active Directory-based activation, and activates nothing on its own.{keyNote}',
  steps: [
    { text: 'On the client, check that the Name line matches {product}: a key for another edition is refused (0xC004F050 or 0xC004F069).', commands: [{ ref: 'slmgr-dlv' }] },
    { text: 'Install the key; it replaces the key the machine has now.', commands: [{ ref: 'slmgr-ipk' }] },
    { text: 'Activate: this needs a KMS host the client can reach, or Active Directory-based activation.', commands: [{ ref: 'slmgr-ato' }] },
  ],
  verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-setup-key-licensed' }],
});

/** For someone who cannot tell the version or edition: where the machine says it, then typing it in. */
const editionFind = readFirst({
  title: 'Find the Windows version and edition',
  cause: 'Each edition has its own setup key, and a key for another edition is refused. The machine itself says which one it runs.',
  steps: [
    { text: 'On the client, show the licence status. The Name line names the edition: "ServerStandard" is Windows Server Standard, "Professional" is Pro, "EnterpriseN" is Enterprise N.', commands: [{ ref: 'slmgr-dlv' }] },
    { text: 'Show which Windows it is: 6.1 is Windows 7, 10.0 is Windows 10, 11 or Server 2016 and later; the PowerShell form (p) gives the full name on its Caption line.', commands: [{ ref: 'os-version' }] },
    'Then type the version and edition in a few words, e.g. "win 11 enterprise" (the next step).',
  ],
  back: 'askQuery',
  nextLabel: 'Type the version and edition now',
});

// ── typed words ──────────────────────────────────────────────────────────────────────────

/** How many of the following matches the question's body lists. */
const SHOWN_NEXT = 3;

const matchesFor = (answers: Answers) => searchKeys(String(answers.keyQuery ?? ''), getCatalog().keys);

/** The match at `cursor` (wrapping round) and the lines that describe it. */
function matchAt(answers: Answers, cursor: number): Answers {
  const found = matchesFor(answers);
  const at = ((cursor % found.length) + found.length) % found.length;
  const entry = found[at]!;
  const following = [...found.slice(at + 1), ...found.slice(0, at)].slice(0, SHOWN_NEXT).map((e) => e.product);
  const more = found.length - 1 - following.length;
  return {
    matchCursor: at,
    matchProduct: entry.product,
    matchKey: entry.key,
    matchPosition: found.length === 1 ? 'the only match' : `match ${at + 1} of ${found.length}${at === 0 ? ', the best' : ''}`,
    matchNext: following.length === 0
      ? 'No other setup key matches these words.'
      : `Next: ${following.join(' · ')}${more > 0 ? ` and ${more} more` : ''}.`,
  };
}

const firstMatch = update((context) => ({ answers: { ...context.answers, ...matchAt(context.answers, 0) } }));
const nextMatch = update((context) => ({
  answers: { ...context.answers, ...matchAt(context.answers, Number(context.answers.matchCursor ?? 0) + 1) },
}));
const takeMatch = update((context) => {
  const entry = matchesFor(context.answers)[Number(context.answers.matchCursor ?? 0)];
  return entry ? { answers: { ...context.answers, ...keyAnswers(entry) } } : {};
});

const matchHelp = {
  commands: [{ ref: 'slmgr-dlv' }],
  lookFor: 'The Name line names the installed edition, e.g. "Name: Windows(R), ServerStandard edition" (Standard) or "Professional" (Pro); winver shows the version. Choose the match that names both.',
};

/** The screen showing one match; two twin states alternate so "next" always moves on. */
function matchState(other: string) {
  return {
    meta: question({
      title: 'Is it {matchProduct}?',
      body: ['Setup key {matchKey} ({matchPosition}).', '{matchNext}'],
      options: [
        { label: 'Yes, this one', event: 'YES' },
        { label: 'Show the next match', event: 'NEXT' },
        { label: 'Type other words', event: 'RETYPE' },
        { label: 'Pick from the list instead', event: 'PICK' },
        NOT_CHECKED,
      ],
      help: matchHelp,
    }),
    on: {
      YES: { target: 'found', actions: takeMatch },
      NEXT: { target: other, actions: nextMatch },
      RETYPE: 'askQuery',
      PICK: 'pickFamily',
      NOT_CHECKED: 'editionFind',
    },
  };
}

const typedStates = {
  askQuery: {
    meta: input({
      title: 'Which Windows is it? Type it in a few words',
      body: ['For example: server 2022 std, win 11 enterprise n, ltsc 2021, 2012 r2 standard, win7 pro.'],
      field: 'keyQuery',
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'The Name line gives the edition ("Name: Windows(R), ServerStandard edition" is Standard; "EnterpriseN" is Enterprise N); winver gives the version. Type both, e.g. "server 2019 standard".',
      },
    }),
    on: {
      ANSWER: [
        { guard: ({ event }: { event: { values?: Answers } }) => event.values?.keyMatches === 1, target: 'oneMatch', actions: ['saveAnswer', firstMatch] },
        { target: 'match', actions: ['saveAnswer', firstMatch] },
      ],
    },
  },
  oneMatch: {
    meta: question({
      title: 'Is it {matchProduct}?',
      body: ['Setup key {matchKey}: the only setup key that matches these words.'],
      options: [
        { label: 'Yes, this one', event: 'YES' },
        { label: 'Type other words', event: 'RETYPE' },
        { label: 'Pick from the list instead', event: 'PICK' },
        NOT_CHECKED,
      ],
      help: matchHelp,
    }),
    on: { YES: { target: 'found', actions: takeMatch }, RETYPE: 'askQuery', PICK: 'pickFamily', NOT_CHECKED: 'editionFind' },
  },
  match: matchState('matchNext'),
  matchNext: matchState('match'),
};

// ── picking ──────────────────────────────────────────────────────────────────────────────

function pickerStates(entries: readonly SetupKeyEntry[]): Record<string, object> {
  const tree = listPickTree(entries);
  const states: Record<string, object> = {
    pickFamily: {
      meta: question({
        title: 'Which Windows is it?',
        options: [...tree.map((f, i) => ({ label: f.label, event: `FAMILY_${i}` })), NOT_CHECKED],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The Name line, e.g. "Name: Windows(R), ServerStandard edition", or run winver.',
        },
      }),
      on: { ...Object.fromEntries(tree.map((_, i) => [`FAMILY_${i}`, `family${i}`])), NOT_CHECKED: 'editionFind' },
    },
  };
  tree.forEach((family, f) => {
    states[`family${f}`] = {
      meta: question({
        title: `Which version of ${family.label}?`,
        options: [...family.versions.map((v, i) => ({ label: v.label, event: `VERSION_${i}` })), NOT_CHECKED],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'Run winver on the machine, or read the Name line of slmgr /dlv. LTSC and LTSB editions say so in their name.',
        },
      }),
      on: { ...Object.fromEntries(family.versions.map((_, v) => [`VERSION_${v}`, `version${f}_${v}`])), NOT_CHECKED: 'editionFind' },
    };
    family.versions.forEach((version, v) => {
      states[`version${f}_${v}`] = {
        meta: question({
          title: `Which edition of ${version.label}?`,
          options: [...version.editions.map((e) => ({ label: e.product, event: `KEY_${entries.indexOf(e)}` })), NOT_CHECKED],
          help: {
            commands: [{ ref: 'slmgr-dlv' }],
            lookFor: 'The Name line, e.g. "Name: Windows(R), ServerStandard edition" is Standard; "Professional" is Pro; an N in the name (EnterpriseN) is the N edition.',
          },
        }),
        on: {
          ...Object.fromEntries(version.editions.map((e) => [`KEY_${entries.indexOf(e)}`, { target: 'found', actions: chooseKey(e) }])),
          NOT_CHECKED: 'editionFind',
        },
      };
    });
  });
  return states;
}

function buildMachine() {
  const entries = getCatalog().keys;
  return flowSetup.createMachine({
    id: 'key-lookup',
    context: contextFromInput,
    initial: 'start',
    states: {
      start: {
        meta: question({
          title: 'How do you want to find the setup key?',
          body: ['A KMS client setup key (GVLK) is the public key that makes Windows activate against a KMS host. Each edition has its own.'],
          options: [
            { label: 'Type the Windows version and edition (e.g. server 2022 std)', event: 'TYPE' },
            { label: 'Pick it from a list', event: 'PICK' },
            { label: 'Check a key I have', event: 'CHECK' },
            NOT_CHECKED,
          ],
          help: {
            commands: [{ ref: 'slmgr-dlv' }],
            lookFor: 'The Name line names the edition ("Name: Windows(R), ServerStandard edition"); winver shows the version. The Description line ends with the channel: VOLUME_KMSCLIENT means a setup key is installed already.',
          },
        }),
        on: { TYPE: 'askQuery', PICK: 'pickFamily', CHECK: 'toCheckKey', NOT_CHECKED: 'editionFind' },
      },
      ...typedStates,
      ...pickerStates(entries),
      found: { type: 'final', meta: keyFoundStep },
      editionFind,
      toCheckKey: { type: 'final', meta: handoff('product-key', 'askKey') },
    } as Record<string, object>,
  });
}

/** The setup-key lookup flow. */
export const keyLookupFlow = defineFlow({
  id: 'key-lookup',
  title: 'Setup key',
  machine: buildMachine,
  derived: ['product', 'productKey', 'keyEdition', 'keyNote', 'matchCursor', 'matchProduct', 'matchKey', 'matchPosition', 'matchNext'],
});
