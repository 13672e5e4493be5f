// The grace-genuine flow's branch for 0xC004F200 on Windows 7: KB971033 marks volume-licensed
// Windows 7 as not genuine; the fix removes it, rebuilds the activation files and puts the
// edition's KMS client setup key back (picked from the catalog). Apart because it is a legacy
// branch with a data-driven picker of its own. The fix is fourteen commands with a restart in
// the middle, so it is three screens, each leading to the next: remove, rebuild, key back.

import { findError, getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { question, resolution, update } from '../lib/builders.js';
import { NOT_CHECKED, readFirst } from '../lib/read-first.js';
import { commandsOfSteps, type CommandItem } from '../step.js';

const win7Keys = getCatalog().keys.filter((k) => k.family === 'windows' && k.version === '7');

/** The catalog's commands of this fix (Microsoft's article), under its steps or in its older list. */
const F200 = findError('0xC004F200');
const F200_COMMANDS: CommandItem[] = F200 ? [...commandsOfSteps(F200.resolution.steps), ...(F200.commands ?? [])] : [];
/** The catalog's commands whose text contains one of `parts`, in the catalog's order. */
const f200 = (...parts: string[]): CommandItem[] =>
  F200_COMMANDS.filter((c) => parts.some((part) => resolveCommand(c).text.includes(part)));

/** Windows 7 has PowerShell 2: the PowerShell form of slmgr needs 3 or later. */
const CMD_ONLY = 'Use the cmd form of the commands: Windows 7 comes with PowerShell 2, and their PowerShell form needs PowerShell 3 or later.';

/** The states from "Windows 7 with KB971033?" to the rebuild, or to escalating elsewhere. */
export const kb971033States: Record<string, object> = {
  f200Check: {
    meta: question({
      title: 'Is this Windows 7, and does Get-HotFix list KB971033?',
      body: ['Microsoft\'s fix for this code covers Windows 7 KMS clients with that update.'],
      options: [
        { label: 'Windows 7, and Get-HotFix lists KB971033', event: 'KB' },
        { label: 'Windows 7 without KB971033, or a newer Windows', event: 'OTHER' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'os-version' }, { ref: 'hotfix-kb971033' }],
        lookFor: 'Version 6.1 is Windows 7. Get-HotFix lists KB971033 when it is installed and prints an error that it cannot find the hotfix when it is not.',
      },
    }),
    on: { KB: 'f200Edition', OTHER: 'f200Other', NOT_CHECKED: 'f200Find' },
  },
  f200Find: readFirst({
    title: 'Find out the version and the update',
    cause: 'Microsoft\'s fix applies only to Windows 7 with update KB971033.',
    steps: [
      { text: 'On the PC, show which Windows it is: version 6.1 is Windows 7.', commands: [{ ref: 'os-version' }] },
      { text: 'Look for the update: Get-HotFix lists KB971033 when it is installed, and prints an error that it cannot find it when it is not.', commands: [{ ref: 'hotfix-kb971033' }] },
    ],
    back: 'f200Check',
  }),
  f200Edition: {
    meta: question({
      title: 'Which Windows 7 edition is it?',
      body: ['Its KMS client setup key goes back on after the rebuild.'],
      options: [...win7Keys.map((k, i) => ({ label: k.product, event: `KEY_${i}` })), NOT_CHECKED],
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'The Name line, e.g. "Name: Windows(R) 7, Enterprise edition"; an N or E after the edition name is that variant.',
      },
    }),
    on: {
      ...Object.fromEntries(win7Keys.map((k, i) => [`KEY_${i}`, {
        target: 'f200Fix',
        actions: update((context) => ({ answers: { ...context.answers, product: k.product, productKey: k.key } })),
      }])),
      NOT_CHECKED: 'f200EditionFind',
    },
  },
  f200EditionFind: readFirst({
    title: 'Find the Windows 7 edition',
    cause: 'Each Windows 7 edition has its own KMS client setup key, and the rebuild puts it back on.',
    steps: [
      { text: 'On the PC, show the licence status: the Name line names the edition, e.g. "Windows(R) 7, Enterprise edition"; an N or E after the edition name is that variant.', commands: [{ ref: 'slmgr-dlv' }] },
    ],
    back: 'f200Edition',
  }),
  f200Fix: {
    meta: resolution({
      title: 'Remove KB971033 ({product})',
      cause: 'KB971033 is meant for retail Windows 7, not for KMS clients. A change on Microsoft\'s servers (8 January 2019) made it mark volume-licensed Windows 7 as not genuine.',
      steps: [
        { text: 'On the PC, look first: the update, and the licence status.', commands: [...f200('Get-HotFix'), ...f200('slmgr.vbs /dlv')] },
        { text: 'Uninstall KB971033, then restart the computer.', commands: f200('wusa') },
        'After the restart, the next step rebuilds the activation files.',
      ],
      verify: [{ text: 'On the client, look for KB971033 again.', command: { ref: 'hotfix-kb971033' }, expect: 'An error saying it cannot find the hotfix: KB971033 is gone' }],
      next: { label: 'Restarted: rebuild the activation files', event: 'REBUILD' },
    }),
    on: { REBUILD: 'f200Rebuild' },
  },
  f200Rebuild: {
    meta: resolution({
      lead: 'Why',
      title: 'Rebuild the activation files',
      cause: 'Windows makes the activation files KB971033 marked afresh when the Software Protection service starts without them.',
      steps: [
        { text: 'In an elevated Command Prompt, stop sppuinotify (activation notifications).', commands: f200('net stop sppuinotify') },
        { text: 'Disable it while you rebuild.', commands: f200('start= disabled') },
        { text: 'Stop the Software Protection service.', commands: f200('net stop sppsvc') },
        { text: 'Delete the first hidden 7B296FB0-… file.', commands: f200('-5P-0.') },
        { text: 'Delete the second one.', commands: f200('-5P-1.') },
        { text: 'Delete the licence store, tokens.dat.', commands: f200('tokens.dat') },
        { text: 'Delete the licence cache, cache.dat.', commands: f200('cache.dat') },
        { text: 'Start the Software Protection service again.', commands: f200('net start sppsvc') },
      ],
      verify: [{ text: 'Read what each command printed: no error, and net start says the service started.' }],
      next: { label: 'Rebuilt: put the setup key back', event: 'KEY' },
    }),
    on: { KEY: 'f200Key' },
  },
  f200Key: {
    type: 'final',
    meta: resolution({
      lead: 'Why',
      title: 'Put the setup key back ({product})',
      cause: `The rebuilt files hold no key: the KMS client setup key of this edition goes back on, then it activates against your KMS host. ${CMD_ONLY}`,
      steps: [
        { text: 'Install the KMS client setup key {productKey}.', commands: f200('/ipk') },
        { text: 'Activate.', commands: f200('/ato') },
        { text: 'Set sppuinotify back to manual start.', commands: f200('start= demand') },
      ],
      verify: F200?.verify.filter((v) => !('command' in v && v.command && 'ref' in v.command && v.command.ref === 'hotfix-kb971033')) ?? [],
    }),
  },
  f200Other: {
    type: 'final',
    meta: resolution({
      title: 'Not genuine, without a known cause',
      cause: 'Microsoft documents this code only for Windows 7 with KB971033. kms-doctor has no confirmed cause for this machine, so collect the facts and escalate.',
      steps: [
        { text: 'On the PC, show Windows\' own text for the code, the licence status, and the licensing errors in the Application log.', commands: [{ ref: 'slui-text' }, { ref: 'slmgr-dlv' }, { ref: 'events-spp-errors' }] },
        'Check that the key is your organisation\'s ("Partial Product Key:" in the output of step 1).',
        'Escalate with that output.',
      ],
      verify: [{ ref: 'dlv-licensed' }],
    }),
  },
};
