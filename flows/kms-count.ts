// KMS count (0xC004F038): the host activates a client only once enough different machines
// have asked it. Compare "Current count" with what this client needs; below it, say how many
// more machines must ask; when the count does not rise although many ask, look for cloned
// machines sharing one client machine ID (CMID), or for several hosts sharing the clients.

import { neededClients } from '../src/input/kms-count.js';
import { derive, input, question, resolution } from './lib/builders.js';
import { contextFromInput, type FlowContext } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

/** The count typed on the KMS host. */
const hostCount = (context: FlowContext) => Number(context.answers.kmsCount);

/** A word on counts that have a known meaning of their own. */
function countNote(count: number, need: number): string {
  if (count === 0) return ' A count of 0 means no valid client has asked yet, or the host was only just activated.';
  if (count === 10 && need === 25) return ' A count that stays at 10 is the cap while only servers ask (twice their 5); it climbs once Windows PCs ask.';
  return '';
}

/**
 * Choosing what the client is: store it with the count it needs (Windows client 25, Windows
 * Server and Office 5), then compare with the host's count.
 */
function product(productGroup: string, requiredCount: number) {
  const remember = derive((context) => ({
    productGroup,
    requiredCount,
    neededClients: neededClients(hostCount(context), requiredCount),
    countNote: countNote(hostCount(context), requiredCount),
  }));
  return [
    { guard: ({ context }: { context: FlowContext }) => hostCount(context) < requiredCount, target: 'below', actions: remember },
    { target: 'enough', actions: remember },
  ];
}

// slmgr /dlv prints the CMID only for an activated client, and these clients are not activated.
const CMID_HELP = 'ClientMachineID in the PowerShell command, e.g. 268127a6-…, or the fourth value of the client\'s event 12288 (slmgr /dlv shows the CMID only once a client is activated). Compare it on two or three clients installed from the same image. On the KMS host, each 12290 event holds the CMID of one request as its fourth value.';

const machine = () => flowSetup.createMachine({
  id: 'kms-count',
  context: contextFromInput,
  initial: 'askCount',
  states: {
    askCount: {
      meta: input({
        title: 'On the KMS host: what is the Current count?',
        body: ['On the KMS host, slmgr /dli shows it as "Current count: 18" (0 to 50).'],
        field: 'kmsCount',
        help: {
          commands: [{ ref: 'slmgr-dli-host' }, { ref: 'slmgr-dlv-all', where: 'kms-host', purpose: 'Office: show every licence on the host, the Office KMS one with its own count' }],
          lookFor: 'The line "Current count: 2" under "Key Management Service is enabled on this machine" (KeyManagementServiceCurrentCount in PowerShell). It is 0 to 50. For Office, read the Current count in the Office section of slmgr /dlv all.',
        },
        reads: 'kms-count',
      }),
      on: { ANSWER: { target: 'askProduct', actions: 'saveAnswer' } },
    },
    askProduct: {
      meta: question({
        title: 'What does this client activate?',
        options: [
          { label: 'Windows 10 / 11 or another Windows client: needs 25', event: 'CLIENT' },
          { label: 'Windows Server: needs 5', event: 'SERVER' },
          { label: 'Office (volume licence): needs 5', event: 'OFFICE' },
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }, { ref: 'events-client' }],
          lookFor: 'The Name line of slmgr /dlv ("Windows(R), Enterprise edition" is a client, "ServerStandard" a server). The last value of the client\'s event 12288 is the count it needs: 25 or 5.',
        },
        reads: 'client-product',
      }),
      on: {
        CLIENT: product('a Windows client PC', 25),
        SERVER: product('Windows Server', 5),
        OFFICE: product('Office', 5),
      },
    },

    // --- Below what the client needs.
    below: {
      meta: question({
        title: '{neededClients} more machines must ask this KMS host',
        body: ['Current count {kmsCount}; {productGroup} needs {requiredCount}. The host counts each different machine that asked it in the last 30 days.{countNote}'],
        options: [
          { label: 'That is right: not that many machines use this host yet', event: 'FEW' },
          { label: 'Many more machines ask, but the count does not rise', event: 'STUCK' },
        ],
        help: {
          commands: [{ ref: 'events-host' }],
          lookFor: 'Each 12290 event on the host is one request: its third value names the client, the fourth its CMID. Many different client names but few different CMIDs means cloned machines.',
        },
      }),
      on: { FEW: 'tooFew', STUCK: 'compareIds' },
    },
    tooFew: {
      type: 'final',
      meta: resolution({
        title: '{neededClients} more machines must ask the KMS host',
        cause: 'The KMS host has heard from {kmsCount} different machines in the last 30 days; {productGroup} activates only from a count of {requiredCount}. It needs {neededClients} more, each a different machine.{countNote}',
        steps: [
          'Let {neededClients} more KMS clients ask the host: each tries by itself every 2 hours until activated, or run slmgr /ato on it. Machines silent for 30 days drop out of the count.',
          'Watch Current count on the host (it never goes above 50), then activate this client again.',
          'A small site that will not reach {requiredCount}: activate with a MAK instead (install it, then activate), or set up Active Directory-based activation for domain members.',
          'Azure VMs: use Microsoft\'s KMS host, azkms.core.windows.net:1688.',
        ],
        commands: [
          { ref: 'slmgr-dli-host' },
          { ref: 'slmgr-ato', purpose: 'Activate (on each client, then again on this one)' },
          { ref: 'slmgr-ipk', purpose: 'Small site: install a MAK instead' },
          { ref: 'slmgr-skms-azure' },
        ],
        verify: [{ ref: 'host-count-enough' }, { ref: 'ato-success' }, { ref: 'dlv-kms-licensed' }],
      }),
    },

    // --- Enough on the host, yet this client was told otherwise.
    enough: {
      meta: question({
        title: 'A count of {kmsCount} is enough for {productGroup}',
        body: ['Yet this client was refused. Its event 12288 names the host it asked (third value); 12289 the count it was told (fifth).'],
        commands: [{ ref: 'events-client' }],
        options: [
          { label: 'It asked another KMS host', event: 'OTHER_HOST' },
          { label: 'This host, when its count was lower', event: 'LOWER' },
          { label: 'The count barely moves although many machines ask', event: 'STUCK' },
        ],
        help: {
          commands: [{ ref: 'events-client' }],
          lookFor: '12288 Info: "0xC004F038, 0x00000000, kms01.corp.contoso.com:1688, …": the third value is host:port. 12289 Info holds result, status flags, activated (1 or 0), an unused 0, then the count the host reported (status flag 0x04000000 means "not enough count").',
        },
      }),
      on: { OTHER_HOST: 'askHostWithCount', LOWER: 'retryNow', STUCK: 'compareIds' },
    },
    retryNow: {
      type: 'final',
      meta: resolution({
        title: 'Activate again: the count is {kmsCount} now',
        cause: 'When this client asked, the host\'s count was still too low. It is {kmsCount} now, enough for {productGroup}, so a new attempt should work.',
        steps: [
          'Activate the client now, rather than waiting up to 2 hours for its next try.',
          'If it fails again, read its newest 12289 event: it holds the count the host reported this time.',
        ],
        commands: [{ ref: 'events-client' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'ato-success' }, { ref: 'client-12289-activated' }, { ref: 'dlv-kms-licensed' }],
      }),
    },

    // --- The count does not rise: cloned machines, or several hosts sharing the clients.
    compareIds: {
      meta: question({
        title: 'Do several clients show the same Client Machine ID (CMID)?',
        body: ['The host counts machines by their CMID. Run this on two or three clients and compare.'],
        commands: [{ ref: 'client-kms-info' }],
        options: [
          { label: 'Yes: the same CMID on different machines', event: 'SAME' },
          { label: 'No: every machine has its own CMID', event: 'DIFFERENT' },
        ],
        help: { commands: [{ ref: 'client-kms-info' }, { ref: 'events-client' }, { ref: 'events-host' }], lookFor: CMID_HELP },
        reads: 'cmid-compare',
      }),
      on: { SAME: 'generalized', DIFFERENT: 'askHostWithCount' },
    },
    generalized: {
      meta: question({
        title: 'On a cloned client: was its image generalized?',
        body: ['sysprep /generalize gives every copy its own CMID. Its log says whether it ran.'],
        commands: [{ ref: 'sysprep-generalize-log' }],
        options: [
          { label: 'Found supported command line option \'GENERALIZE\'', event: 'YES' },
          { label: 'No GENERALIZE line (or no such file)', event: 'NO' },
        ],
        help: {
          commands: [{ ref: 'sysprep-generalize-log' }],
          lookFor: 'A line "SYSPRP ParseCommands:Found supported command line option \'GENERALIZE\'" in C:\\Windows\\System32\\sysprep\\Panther\\setupact.log. No such line means the image was captured without sysprep /generalize.',
        },
      }),
      on: { YES: 'rearmClones', NO: 'rebuildImage' },
    },
    rearmClones: {
      type: 'final',
      meta: resolution({
        title: 'Give each clone its own CMID with slmgr /rearm',
        cause: 'The clients were cloned from one image and share one client machine ID (CMID), so the host counts them as a single machine. The image was generalized, so the reason is most likely the <SkipRearm> setting in its unattend file, which kept sysprep from giving each copy a new CMID.',
        steps: [
          'On each clone, look first: its CMID, and the SkipRearm value in the registry.',
          'If SkipRearm is 0x1, set it to 0 in an elevated prompt: while it is 1, slmgr /rearm does nothing.',
          'Rearm in an elevated prompt and restart. This gives the clone a new CMID.',
          'After the restart, activate it; the host\'s Current count should rise by one per clone.',
          'Rebuild the image without <SkipRearm> in the unattend file, so new machines get their own CMID.',
        ],
        commands: [
          { ref: 'client-kms-info' }, { ref: 'slmgr-dli-host' }, { ref: 'reg-query-skiprearm' },
          { ref: 'reg-clear-skiprearm' }, { ref: 'slmgr-rearm' }, { ref: 'slmgr-ato' },
        ],
        verify: [{ ref: 'new-cmid' }, { ref: 'ato-success' }, { ref: 'host-count-rising' }],
      }),
    },
    rebuildImage: {
      type: 'final',
      meta: resolution({
        title: 'Rebuild the image with sysprep /generalize',
        cause: 'The clients were cloned from an image captured without sysprep /generalize, so they share one client machine ID (CMID) and the host counts them as a single machine.',
        steps: [
          'On the reference PC, run sysprep with /generalize (no <SkipRearm> in the unattend file), then capture the image again.',
          'Reinstall the affected clients from the new image.',
          'Until then, slmgr /rearm plus a restart gives a clone a new CMID (set SkipRearm to 0 first if it is 1, or the rearm does nothing); Microsoft supports this only for images that were generalized.',
          'Activate the reinstalled clients; Current count on the host should rise.',
        ],
        commands: [
          { ref: 'client-kms-info' }, { ref: 'slmgr-dli-host' }, { ref: 'reg-query-skiprearm' }, { ref: 'sysprep-generalize' },
          { ref: 'reg-clear-skiprearm' }, { ref: 'slmgr-rearm' }, { ref: 'slmgr-ato' },
        ],
        verify: [
          {
            text: 'On a reinstalled client, look for the generalize step in the sysprep log.',
            command: { ref: 'sysprep-generalize-log' },
            expect: 'A line with "SYSPRP ParseCommands:Found supported command line option \'GENERALIZE\'"',
          },
          { ref: 'new-cmid' },
          { ref: 'host-count-rising' },
        ],
      }),
    },
    askHostWithCount: {
      meta: input({
        title: 'Which KMS host should these clients use?',
        body: ['The one with the highest Current count (and :port if not 1688).'],
        field: 'kmsHost',
        help: {
          commands: [{ ref: 'nslookup-srv-suffix' }, { ref: 'slmgr-dli-host' }],
          lookFor: 'Each "svr hostname" line of the SRV lookup is a KMS host; run slmgr /dli on each and compare their "Current count".',
        },
      }),
      on: { ANSWER: { target: 'severalHosts', actions: 'saveAnswer' } },
    },
    severalHosts: {
      type: 'final',
      meta: resolution({
        title: 'Use one KMS host: {kmsHost}',
        cause: 'Several KMS hosts share out the clients, so each one counts only part of them and none reaches {requiredCount}. One host serves any number of clients (Microsoft suggests two once there are more than 50).',
        steps: [
          'List the KMS hosts in DNS and compare their Current count.',
          'Point this client at {kmsHostPort} and activate it.',
          'Then retire the extra hosts (remove their SRV records) or point all clients at one host, so the count adds up in one place.',
        ],
        commands: [{ ref: 'nslookup-srv-suffix' }, { ref: 'slmgr-dli-host' }, { ref: 'slmgr-skms' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'kms-set-by-hand' }, { ref: 'ato-success' }, { ref: 'host-count-rising' }],
      }),
    },
  },
});

/** The KMS count flow. */
export const kmsCountFlow = defineFlow({
  id: 'kms-count',
  title: 'KMS count',
  machine,
  derived: ['productGroup', 'requiredCount', 'neededClients', 'countNote'],
});
