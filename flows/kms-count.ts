// KMS count (0xC004F038): the host activates a client only once enough different machines
// have asked it. Compare "Current count" with what this client needs; below it, say how many
// more machines must ask; when the count does not rise although many ask, look for cloned
// machines sharing one client machine ID (CMID), or for several hosts sharing the clients.

import { neededClients } from '../src/input/kms-count.js';
import { derive, input, question } from './lib/builders.js';
import { contextFromInput, type FlowContext } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { NOT_CHECKED, pasteable } from './lib/not-checked.js';
import { flowSetup } from './lib/setup.js';
import { countEnds } from './kms-count/ends.js';

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
        help: pasteable({
          commands: [{ ref: 'slmgr-dli-host' }, { ref: 'slmgr-dlv-all', where: 'kms-host', purpose: 'Office: show every licence on the host, the Office KMS one with its own count' }],
          lookFor: 'The line "Current count: 2" under "Key Management Service is enabled on this machine" (KeyManagementServiceCurrentCount in PowerShell). It is 0 to 50. For Office, read the Current count in the Office section of slmgr /dlv all.',
        }),
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
          NOT_CHECKED,
        ],
        help: pasteable({
          commands: [{ ref: 'slmgr-dlv' }, { ref: 'events-client' }],
          lookFor: 'The Name line of slmgr /dlv ("Windows(R), Enterprise edition" is a client, "ServerStandard" a server). The last value of the client\'s event 12288 is the count it needs: 25 or 5.',
        }),
        reads: 'client-product',
      }),
      on: {
        CLIENT: product('a Windows client PC', 25),
        SERVER: product('Windows Server', 5),
        OFFICE: product('Office', 5),
        // Not known: count against the most any client needs, and say so.
        NOT_CHECKED: product('this client (counted as a Windows client PC; Windows Server and Office need only 5)', 25),
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
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'events-host' }],
          lookFor: 'Each 12290 event on the host is one request: its third value names the client, the fourth its CMID. Many different client names but few different CMIDs means cloned machines.',
        },
      }),
      // Not known: the next check, the clients' CMIDs, does not need the answer.
      on: { FEW: 'tooFew', STUCK: 'compareIds', NOT_CHECKED: 'compareIds' },
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
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'events-client' }],
          lookFor: '12288 Info: "0xC004F038, 0x00000000, kms01.corp.contoso.com:1688, …": the third value is host:port. 12289 Info holds result, status flags, activated (1 or 0), an unused 0, then the count the host reported (status flag 0x04000000 means "not enough count").',
        },
      }),
      // Not known: a new attempt, and its 12289 event, show what the host says now.
      on: { OTHER_HOST: 'askHostWithCount', LOWER: 'retryNow', STUCK: 'compareIds', NOT_CHECKED: 'retryNow' },
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
          NOT_CHECKED,
        ],
        help: pasteable({ commands: [{ ref: 'client-kms-info' }, { ref: 'events-client' }, { ref: 'events-host' }], lookFor: CMID_HELP }),
        reads: 'cmid-compare',
      }),
      // Not known: the next check, one host for all clients, does not need the answer.
      on: { SAME: 'generalized', DIFFERENT: 'askHostWithCount', NOT_CHECKED: 'askHostWithCount' },
    },
    generalized: {
      meta: question({
        title: 'On a cloned client: was its image generalized?',
        body: ['sysprep /generalize gives every copy its own CMID. Its log says whether it ran.'],
        commands: [{ ref: 'sysprep-generalize-log' }],
        options: [
          { label: 'Found supported command line option \'GENERALIZE\'', event: 'YES' },
          { label: 'No GENERALIZE line (or no such file)', event: 'NO' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'sysprep-generalize-log' }],
          lookFor: 'A line "SYSPRP ParseCommands:Found supported command line option \'GENERALIZE\'" in C:\\Windows\\System32\\sysprep\\Panther\\setupact.log. No such line means the image was captured without sysprep /generalize.',
        },
      }),
      // Not known: rearm, the smaller fix; its steps say it is supported only for generalized images.
      on: { YES: 'rearmClones', NO: 'rebuildImage', NOT_CHECKED: 'rearmClones' },
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
    ...countEnds,
  },
});

/** The KMS count flow. */
export const kmsCountFlow = defineFlow({
  id: 'kms-count',
  title: 'KMS count',
  machine,
  derived: ['productGroup', 'requiredCount', 'neededClients', 'countNote'],
});
