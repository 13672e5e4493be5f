// Finding the KMS client setup key (GVLK) for an edition: pick the family, the version and
// the edition, and get the key with the commands that install it and activate.
// The machine is generated from data/setup-keys.json, so every key in the catalog is one
// path through it (and the graph tests walk them all).

import { getCatalog } from '../src/catalog/catalog.js';
import type { SetupKeyEntry } from '../src/catalog/schema.js';
import { listPickTree } from '../src/keys/search.js';
import { question, resolution, update } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

/** The template values a chosen key sets. */
export function keyAnswers(entry: SetupKeyEntry) {
  return {
    product: entry.product,
    productKey: entry.key,
    edition: entry.edition,
    keyNote: entry.note ? ` Note: ${entry.note}` : '',
  };
}

const chooseKey = (entry: SetupKeyEntry) =>
  update((context) => ({ answers: { ...context.answers, ...keyAnswers(entry) } }));

/** The end of every key path: the key, and how to install it and activate. */
export const keyFoundStep = resolution({
  title: 'KMS client setup key for {product}',
  cause: 'The KMS client setup key (GVLK) for {product} is {productKey}. It is a public key: it tells Windows to activate against your KMS host or through Active Directory-based activation, and activates nothing on its own.{keyNote}',
  steps: [
    'Check the edition first: the Name line of slmgr /dlv must match {product}; a key for another edition is refused (0xC004F050).',
    'Install the key in an elevated prompt; it replaces the key the machine has now.',
    'Activate. This needs a KMS host the client can reach, or a domain with Active Directory-based activation.',
  ],
  commands: [{ ref: 'slmgr-dlv' }, { ref: 'slmgr-ipk' }, { ref: 'slmgr-ato' }],
});

function buildMachine() {
  const entries = getCatalog().keys;
  const tree = listPickTree(entries);
  const states: Record<string, object> = {
    pickFamily: {
      meta: question({
        title: 'Which Windows is it?',
        options: tree.map((f, i) => ({ label: f.label, event: `FAMILY_${i}` })),
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The Name line, e.g. "Name: Windows(R), ServerStandard edition", or run winver.',
        },
      }),
      on: Object.fromEntries(tree.map((_, i) => [`FAMILY_${i}`, `family${i}`])),
    },
    found: { type: 'final', meta: keyFoundStep },
  };
  tree.forEach((family, f) => {
    states[`family${f}`] = {
      meta: question({
        title: `Which version of ${family.label}?`,
        options: family.versions.map((v, i) => ({ label: v.label, event: `VERSION_${i}` })),
      }),
      on: Object.fromEntries(family.versions.map((_, v) => [`VERSION_${v}`, `version${f}_${v}`])),
    };
    family.versions.forEach((version, v) => {
      states[`version${f}_${v}`] = {
        meta: question({
          title: `Which edition of ${version.label}?`,
          options: version.editions.map((e) => ({ label: e.product, event: `KEY_${entries.indexOf(e)}` })),
        }),
        on: Object.fromEntries(version.editions.map((e) => [`KEY_${entries.indexOf(e)}`, { target: 'found', actions: chooseKey(e) }])),
      };
    });
  });
  return flowSetup.createMachine({ id: 'key-lookup', context: contextFromInput, initial: 'pickFamily', states });
}

/** The setup-key lookup flow. */
export const keyLookupFlow = defineFlow({ id: 'key-lookup', title: 'Setup key', machine: buildMachine() });
