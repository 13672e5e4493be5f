// The grace-genuine flow's branch for 0xC004F200 on Windows 7: KB971033 marks volume-licensed
// Windows 7 as not genuine; the fix removes it, rebuilds the activation files and puts the
// edition's KMS client setup key back (picked from the catalog). Apart because it is a legacy
// branch with a data-driven picker of its own.

import { findError, getCatalog } from '../../src/catalog/catalog.js';
import { question, resolution, update } from '../lib/builders.js';

const win7Keys = getCatalog().keys.filter((k) => k.family === 'windows' && k.version === '7');
const f200Steps = (findError('0xC004F200')?.resolution.steps ?? []).filter((s) => typeof s === 'string' || !s.text.startsWith('On newer Windows'));

/** The states from "Windows 7 with KB971033?" to the rebuild, or to escalating elsewhere. */
export const kb971033States: Record<string, object> = {
  f200Check: {
    meta: question({
      title: 'Is this Windows 7, and does Get-HotFix list KB971033?',
      body: ['Microsoft\'s fix for this code covers Windows 7 KMS clients with that update.'],
      options: [
        { label: 'Windows 7, and Get-HotFix lists KB971033', event: 'KB' },
        { label: 'Windows 7 without KB971033, or a newer Windows', event: 'OTHER' },
      ],
      help: {
        commands: [{ ref: 'os-version' }, { ref: 'hotfix-kb971033' }],
        lookFor: 'Version 6.1 is Windows 7. Get-HotFix lists KB971033 when it is installed and prints an error that it cannot find the hotfix when it is not.',
      },
    }),
    on: { KB: 'f200Edition', OTHER: 'f200Other' },
  },
  f200Edition: {
    meta: question({
      title: 'Which Windows 7 edition is it?',
      body: ['Its KMS client setup key goes back on after the rebuild.'],
      options: win7Keys.map((k, i) => ({ label: k.product, event: `KEY_${i}` })),
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'The Name line, e.g. "Name: Windows(R) 7, Enterprise edition"; an N or E after the edition name is that variant.',
      },
    }),
    on: Object.fromEntries(win7Keys.map((k, i) => [`KEY_${i}`, {
      target: 'f200Fix',
      actions: update((context) => ({ answers: { ...context.answers, product: k.product, productKey: k.key } })),
    }])),
  },
  f200Fix: {
    type: 'final',
    meta: resolution({
      title: 'Remove KB971033 and rebuild the activation files ({product})',
      cause: 'KB971033 is meant for retail Windows 7, not for KMS clients. A change on Microsoft\'s servers (8 January 2019) made it mark volume-licensed Windows 7 as not genuine.',
      // The catalog's steps for 0xC004F200, each with its commands, but the one for newer Windows.
      steps: f200Steps,
      verify: findError('0xC004F200')?.verify ?? [],
    }),
  },
  f200Other: {
    type: 'final',
    meta: resolution({
      title: 'Not genuine, without a known cause',
      cause: 'Microsoft documents this code only for Windows 7 with KB971033. kms-doctor has no confirmed cause for this machine, so collect the facts and escalate.',
      steps: [
        'Look first: Windows\' own text for the code, the licence status and the licensing errors in the Application log.',
        'Check that the key is your organisation\'s (Partial Product Key in slmgr /dlv).',
        'Escalate with that output.',
      ],
      commands: [{ ref: 'slui-text' }, { ref: 'slmgr-dlv' }, { ref: 'events-spp-errors' }],
      verify: [{ ref: 'dlv-licensed' }],
    }),
  },
};
