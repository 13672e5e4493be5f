// The ends of the kms-count flow: too few machines ask the host, the count has risen since the
// client asked, cloned clients share one CMID (rearm them, or rebuild the image), or several
// hosts share out the clients. Each step carries the commands it runs, in the order they are run.

import { resolution } from '../lib/builders.js';

/** The resolutions of the kms-count flow, keyed by state name. */
export const countEnds = {
  tooFew: {
    type: 'final',
    meta: resolution({
      title: '{neededClients} more machines must ask the KMS host',
      cause: 'The KMS host has heard from {kmsCount} different machines in the last 30 days; {productGroup} activates only from a count of {requiredCount}. It needs {neededClients} more, each a different machine.{countNote}',
      steps: [
        { text: 'On the KMS host, look at Current count (it never goes above 50).', commands: [{ ref: 'slmgr-dli-host' }] },
        { text: 'Let {neededClients} more KMS clients ask: each tries by itself every 2 hours until activated, or activate it by hand. Machines silent for 30 days drop out. Then activate this client again.', commands: [{ ref: 'slmgr-ato', purpose: 'Activate (on each client, then again on this one)' }] },
        { text: 'A small site that will not reach {requiredCount}: install a MAK instead and activate, or set up Active Directory-based activation for domain members.', commands: [{ ref: 'slmgr-ipk', purpose: 'Small site: install a MAK instead' }] },
        { text: 'Azure VMs: use Microsoft\'s KMS host, azkms.core.windows.net:1688.', commands: [{ ref: 'slmgr-skms-azure' }] },
      ],
      verify: [{ ref: 'host-count-enough' }, { ref: 'ato-success' }, { ref: 'dlv-kms-licensed' }],
    }),
  },
  retryNow: {
    type: 'final',
    meta: resolution({
      title: 'Activate again: the count is {kmsCount} now',
      cause: 'The host\'s count is {kmsCount} now, enough for {productGroup}. If the client asked while it was lower, a new attempt works.',
      steps: [
        { text: 'On the client, read the newest 12289 event: its fifth value is the count the host reported then.', commands: [{ ref: 'events-client' }] },
        { text: 'Activate the client now (elevated), rather than wait up to 2 hours for its next try. If it fails again, its newest 12289 holds the count reported this time.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'client-12289-activated' }, { ref: 'dlv-kms-licensed' }],
    }),
  },
  rearmClones: {
    type: 'final',
    meta: resolution({
      title: 'Give each clone its own CMID',
      cause: 'The clones share one client machine ID (CMID), so the host counts them as one machine. <SkipRearm> in the image\'s unattend file is the likely reason.',
      steps: [
        { text: 'On each clone, look at SkipRearm: while it is 1, slmgr /rearm does nothing.', commands: [{ ref: 'reg-query-skiprearm' }] },
        { text: 'Note its CMID (ClientMachineID).', commands: [{ ref: 'client-kms-info' }] },
        { text: 'If SkipRearm is 0x1, set it to 0 (elevated).', commands: [{ ref: 'reg-clear-skiprearm' }] },
        { text: 'Rearm (elevated) and restart for a new CMID (supported only for generalized images).', commands: [{ ref: 'slmgr-rearm' }] },
        { text: 'After the restart, activate it.', commands: [{ ref: 'slmgr-ato' }] },
        { text: 'On the KMS host, the count rises by one per clone.', commands: [{ ref: 'slmgr-dli-host' }] },
        'Rebuild the image without <SkipRearm> in the unattend file, so new machines get their own CMID.',
      ],
      verify: [{ ref: 'new-cmid' }, { ref: 'ato-success' }, { ref: 'host-count-rising' }],
    }),
  },
  rebuildImage: {
    type: 'final',
    meta: resolution({
      title: 'Capture a generalized image',
      cause: 'The image was captured without sysprep /generalize, so its clones share one CMID and count as one.',
      steps: [
        { text: 'On a clone, note its CMID: the clones share it.', commands: [{ ref: 'client-kms-info' }] },
        { text: 'On the reference PC, run sysprep /generalize (no <SkipRearm> in the unattend file), capture the image again and reinstall the clones.', commands: [{ ref: 'sysprep-generalize' }] },
        { text: 'Until then, a rearm gives a clone a new CMID (supported only for generalized images). Look at SkipRearm first:', commands: [{ ref: 'reg-query-skiprearm' }] },
        { text: 'if it is 0x1, set it to 0 (elevated).', commands: [{ ref: 'reg-clear-skiprearm' }] },
        { text: 'Rearm (elevated) and restart.', commands: [{ ref: 'slmgr-rearm' }] },
        { text: 'Activate each reinstalled or rearmed clone.', commands: [{ ref: 'slmgr-ato' }] },
        { text: 'On the KMS host, Current count should rise.', commands: [{ ref: 'slmgr-dli-host' }] },
      ],
      // The sysprep log was read at the question before; the new CMIDs and the count prove the fix.
      verify: [{ ref: 'new-cmid' }, { ref: 'host-count-rising' }],
    }),
  },
  severalHosts: {
    type: 'final',
    meta: resolution({
      title: 'Use one KMS host: {kmsHost}',
      cause: 'When several KMS hosts share out the clients, each counts only part of them and none may reach {requiredCount}. One host serves any number of clients (Microsoft suggests two once there are more than 50).',
      steps: [
        { text: 'List the KMS hosts in DNS…', commands: [{ ref: 'nslookup-srv-suffix' }] },
        { text: '…and compare their Current count (on each host).', commands: [{ ref: 'slmgr-dli-host' }] },
        { text: 'Point this client at {kmsHostPort} (elevated)…', commands: [{ ref: 'slmgr-skms' }] },
        { text: '…and activate it.', commands: [{ ref: 'slmgr-ato' }] },
        'Then retire the extra hosts (remove their SRV records) or point all clients at one host, so the count adds up in one place.',
      ],
      verify: [{ ref: 'kms-set-by-hand' }, { ref: 'ato-success' }, { ref: 'host-count-rising' }],
    }),
  },
} as const;
