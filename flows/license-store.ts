// The licence store. 0xC004E015 and 0xC004E002: tokens.dat is damaged: rebuild it (its folder
// depends on the Windows version, and the machine's key goes back on afterwards).
// 0xC004F012 (no confirmed fix): reinstall the licence files first, then rebuild.
// 0xC004E003 (no confirmed fix): check the clock first, then rebuild.
// 0x8007000D: the SYSTEM account lost its rights on a registry key: check, then repair (that
// branch lives in flows/license-store/).

import { derive, input, lookUpCodeState, question, resolution, withCode } from './lib/builders.js';
import { NOT_CHECKED, codeFirst, readFirst } from './lib/read-first.js';
import { contextFromInput, type FlowContext } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';
import type { CommandSpec } from './step.js';
import { registryRightsStates } from './license-store/registry-rights.js';

const isCode = (...codes: string[]) => ({ context }: { context: FlowContext }) => codes.includes(context.code ?? '');

/** Why the store is rebuilt, in the words that fit the code being diagnosed. */
const STORE_WHY: Record<string, string> = {
  '0xC004E015': 'It is corrupted, so Windows cannot use the licence.',
  '0xC004E002': 'It is corrupted or has the wrong permissions.',
  '0xC004F012': 'Reinstalling the licence files did not help, so the store is the next suspect (no Microsoft page confirms this fix for 0xC004F012).',
  '0xC004E003': 'The clock is right, so a damaged store is the likely cause (no Microsoft page confirms this fix for 0xC004E003).',
};

/** The folder of tokens.dat on each Windows generation (TOK, facts.md §1.2). */
const storeAt = (tokensDir: string, psNote = '') =>
  derive((context) => ({ tokensDir, psNote, storeWhy: STORE_WHY[context.code ?? ''] ?? 'It is probably damaged.' }));

/** Lists tokens.dat where this Windows keeps it: before the rebuild, and after it to see the new one. */
const TOKENS_LISTED: CommandSpec = { purpose: 'Check that tokens.dat is in this folder', shell: 'cmd', where: 'client', elevated: true, changes: false, text: 'dir {tokensDir}\\tokens.dat' };

const machine = () => flowSetup.createMachine({
  id: 'license-store',
  context: contextFromInput,
  initial: 'which',
  states: {
    which: {
      always: [
        { guard: isCode('0xC004E015', '0xC004E002'), target: 'storeVersion' },
        { guard: isCode('0xC004F012'), target: 'rilcFirst' },
        { guard: isCode('0xC004E003'), target: 'clock' },
        { guard: isCode('0x8007000D'), target: 'acl' },
      ],
      meta: question({
        title: 'Which code does Windows show?',
        options: [
          { label: '0xC004E015: licence consumption failed', event: 'E015' },
          { label: '0xC004E002: the licence store contains inconsistent data', event: 'E002' },
          { label: '0xC004F012: the value for the input key was not found', event: 'F012' },
          { label: '0xC004E003: licence evaluation failed', event: 'E003' },
          { label: '0x8007000D: "The data is invalid."', event: 'D000' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The code slmgr printed after "Error:". For codes slmgr has no text for, it prints "run \'slui.exe 0x2a 0x…\' to display the error text". Pasting what slmgr printed here answers the question.',
        },
        reads: 'store-code',
      }),
      on: {
        E015: { target: 'storeVersion', actions: withCode('0xC004E015') },
        E002: { target: 'storeVersion', actions: withCode('0xC004E002') },
        F012: { target: 'rilcFirst', actions: withCode('0xC004F012') },
        E003: { target: 'clock', actions: withCode('0xC004E003') },
        D000: { target: 'acl', actions: withCode('0x8007000D') },
        NOT_CHECKED: 'codeFirst',
      },
    },
    rilcFirst: {
      meta: question({
        title: 'Have the licence files been reinstalled (slmgr /rilc) yet?',
        body: ['Reinstalling Windows\' own licence files is the gentler fix; the licence store is rebuilt only if that does not help.'],
        options: [
          { label: 'Not yet', event: 'NOT_YET' },
          { label: 'Yes, and activation still fails with 0xC004F012', event: 'STILL' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'events-spp-errors' }],
          lookFor: 'The licensing errors of the Application log show what was tried. If you are not sure, reinstall them (the last choice): it does no harm.',
        },
      }),
      on: { NOT_YET: 'rilc', STILL: 'storeVersion', NOT_CHECKED: 'rilc' },
    },
    rilc: {
      meta: resolution({
        title: 'Reinstall the licence files',
        cause: 'The licensing service looked up a value and did not find it. The likely culprit is the licence files or the licence store; no Microsoft page confirms the fix for 0xC004F012, so start with the gentler one.',
        steps: [
          { text: 'On the client, look at the licence status now.', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'Reinstall the system licence files, then restart the computer.', commands: [{ ref: 'slmgr-rilc' }] },
          { text: 'Activate.', commands: [{ ref: 'slmgr-ato' }] },
          'If activation still fails with 0xC004F012, the next step rebuilds the licence store.',
        ],
        verify: [{ ref: 'rilc-success' }, { ref: 'ato-success' }, { ref: 'dlv-licensed' }],
        next: { label: 'It still fails with 0xC004F012: rebuild the licence store', event: 'STILL' },
      }),
      on: { STILL: 'storeVersion' },
    },
    clock: {
      meta: question({
        title: 'Is this machine\'s clock right?',
        body: ['Licence evaluation fails when the clock is far off. Compare this UTC time with a reliable clock.'],
        commands: [{ ref: 'utc-now', where: 'client' }],
        options: [
          { label: 'The clock is wrong', event: 'WRONG' },
          { label: 'The clock is right', event: 'RIGHT' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'w32tm-status' }],
          lookFor: '"Source:" shows where it takes its time from; "Local CMOS Clock" or "Free-running System Clock" means it does not synchronise with anything.',
        },
      }),
      // Its first step compares the clock; a resynchronisation does no harm either way.
      on: { WRONG: 'clockFix', RIGHT: 'storeVersion', NOT_CHECKED: 'clockFix' },
    },
    clockFix: {
      type: 'final',
      meta: resolution({
        title: 'Set the clock right, then activate',
        cause: 'The licensing service checks licences against the system clock; with the clock far off, licence evaluation fails.',
        steps: [
          { text: 'On the client, look first: the UTC time, and where it takes its time from.', commands: [{ ref: 'utc-now', where: 'client' }, { ref: 'w32tm-status' }] },
          {
            text: 'Resynchronise the clock. If w32tm says "The computer did not resync because no time data was available.", it has no working time source: a domain member takes its time from the domain; ask a senior for others.',
            commands: [{ ref: 'w32tm-resync' }],
          },
          { text: 'Activate again.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'clock-synced' }, { ref: 'utc-right' }, { ref: 'ato-success' }],
      }),
    },
    storeVersion: {
      meta: question({
        title: 'Which Windows is it?',
        body: ['The licence store file, tokens.dat, is in a different folder on older Windows.'],
        options: [
          { label: 'Windows 8.1 / Server 2012 R2 or newer (10, 11, Server 2016–2025)', event: 'V63' },
          { label: 'Windows 8 or Windows Server 2012', event: 'V62' },
          { label: 'Windows 7 or Windows Server 2008 R2', event: 'V61' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'os-version' }],
          lookFor: 'ver prints "Microsoft Windows [Version …]": 10.0 and 6.3 are the first choice, 6.2 the second, 6.1 the third.',
        },
      }),
      on: {
        V63: { target: 'storeKey', actions: storeAt('%windir%\\system32\\spp\\store\\2.0') },
        V62: { target: 'storeKey', actions: storeAt('%windir%\\system32\\spp\\store') },
        V61: {
          target: 'storeKey',
          actions: storeAt(
            '%windir%\\ServiceProfiles\\NetworkService\\AppData\\Roaming\\Microsoft\\SoftwareProtectionPlatform',
            ' On Windows 7, use the cmd form: the PowerShell form needs PowerShell 3 or later.',
          ),
        },
        NOT_CHECKED: 'versionFind',
      },
    },
    versionFind: readFirst({
      title: 'Find out which Windows it is',
      cause: 'The licence store, tokens.dat, is in another folder on older Windows.',
      steps: [
        { text: 'On the client, show the version: "Microsoft Windows [Version 10.0…]" or 6.3 is the first choice, 6.2 the second, 6.1 the third.', commands: [{ ref: 'os-version' }] },
      ],
      back: 'storeVersion',
    }),
    storeKey: {
      meta: input({
        title: 'Which product key goes back on after the rebuild?',
        body: ['A KMS client gets the KMS client setup key of its edition; a MAK machine gets your MAK.'],
        field: 'productKey',
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'Write down the Name line (the edition) and the Description line (VOLUME_KMSCLIENT or VOLUME_MAK) now. Setup keys: kms-doctor\'s start screen, "Look up the KMS client setup key"; MAKs: your Volume Licensing Service Center.',
        },
      }),
      on: { ANSWER: { target: 'rebuild', actions: 'saveAnswer' } },
    },
    codeFirst: codeFirst('toCode'),
    toCode: lookUpCodeState(),
    rebuild: {
      type: 'final',
      meta: resolution({
        title: 'Rebuild the licence store',
        cause: 'tokens.dat holds Windows\' licences. {storeWhy} Renamed, it is made afresh when the Software Protection service starts.{psNote}',
        steps: [
          { text: 'On the client, check tokens.dat is in this folder.', commands: [TOKENS_LISTED] },
          { text: 'Note the edition (Name line): the key must fit it.', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'Stop the Software Protection service.', commands: [{ ref: 'net-stop-sppsvc' }] },
          {
            text: 'Rename tokens.dat to tokens.bar.',
            commands: [{ purpose: 'Rename tokens.dat to tokens.bar, so Windows builds a new one', shell: 'cmd', where: 'client', elevated: true, changes: true, text: 'ren {tokensDir}\\tokens.dat tokens.bar' }],
          },
          { text: 'Start the service again.', commands: [{ ref: 'net-start-sppsvc' }] },
          { text: 'Reinstall the licence files; restart the computer twice.', commands: [{ ref: 'slmgr-rilc' }] },
          { text: 'Install the key again (/ipk replaces it; never /upk).', commands: [{ ref: 'slmgr-ipk', purpose: 'Install the product key again' }] },
          { text: 'Activate (on "Error: product not found.", install the key again).', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [
          { text: 'On the client, list tokens.dat again.', command: TOKENS_LISTED, expect: 'A new tokens.dat, dated today, beside the old one renamed tokens.bar' },
          { ref: 'rilc-success' },
          { ref: 'ato-success' },
          { ref: 'dlv-new-key-licensed' },
        ],
      }),
    },
    ...registryRightsStates,
  },
});

/** The flow for licence store codes. */
export const licenseStoreFlow = defineFlow({
  id: 'license-store',
  title: 'Licence store',
  machine,
  derived: ['tokensDir', 'psNote', 'storeWhy'],
});
