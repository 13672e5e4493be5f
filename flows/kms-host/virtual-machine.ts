// The KMS host flow's branch for 0xC004F06B, a KMS host that refuses to run in a virtual
// machine: an old host (move it to a current Windows Server) or a current one (escalate).
// Apart because it is a legacy refusal unrelated to the host's key or activation.

import { question, resolution } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/not-checked.js';
import { readFirst } from '../lib/read-first.js';
import { HOST_ATO, HOST_DLV, PICK_NEW_HOST, onHost, versionHelp } from './host-commands.js';

/** The states from "which Windows does the host run?" to moving or escalating. */
export const virtualMachineStates: Record<string, object> = {
  vmHost: {
    meta: question({
      title: 'Which Windows does the KMS host run?',
      body: ['Only old KMS hosts (the Windows Vista and Server 2008 era) refuse to run in a virtual machine.'],
      options: [
        { label: 'Windows Server 2008 or Windows Vista (or older)', event: 'OLD' },
        { label: 'A newer Windows', event: 'NEWER' },
        NOT_CHECKED,
      ],
      help: versionHelp,
    }),
    on: { OLD: 'vmLegacy', NEWER: 'vmEscalate', NOT_CHECKED: 'vmRead' },
  },
  // Not known: where the host's Windows shows, then back to the question.
  vmRead: readFirst({
    title: 'Find which Windows the host runs',
    cause: 'Only a KMS host on an old Windows refuses to run in a virtual machine, so its version decides the fix.',
    steps: [{ text: 'On the KMS host, read the Caption line: "Microsoft Windows Server 2008 …" or older, or a newer one.', commands: [onHost('host-os-version')] }],
    back: 'vmHost',
  }),
  vmLegacy: {
    meta: resolution({
      title: 'Move KMS to a newer Windows',
      cause: 'The KMS host runs an old Windows that allows no KMS host in a virtual machine; a current Windows Server can be a KMS host on a physical or a virtual machine.',
      steps: [
        { text: 'On the old host, see which Windows it runs.', commands: [onHost('host-os-version', 'Show which Windows the old KMS host runs')] },
        { text: 'Install the host key on the new host (pick its Windows and key first: the next step)…', commands: [onHost('slmgr-ipk-host', 'Install the host key on the new KMS host')] },
        { text: '…and activate it.', commands: [HOST_ATO] },
        'Retire the old host and remove its _vlmcs SRV record from DNS.',
      ],
      verify: [{ ref: 'host-new-key-licensed' }, { ref: 'host-ato-success' }, { ref: 'host-12290-client' }],
      next: PICK_NEW_HOST,
    }),
    on: { [PICK_NEW_HOST.event]: 'pickHostOs' },
  },
  vmEscalate: {
    type: 'final',
    meta: resolution({
      title: 'Escalate: a current host should not say this',
      cause: 'This refusal belongs to old KMS hosts; a current Windows may run a KMS host in a virtual machine. Something else is wrong.',
      steps: [
        { text: 'Check that the machine printing the error is the KMS host you think, and which Windows it runs.', commands: [onHost('host-os-version')] },
        { text: 'Save the host\'s slmgr /dlv output…', commands: [HOST_DLV] },
        { text: '…and its 12290 events.', commands: [{ ref: 'events-host' }] },
        'Escalate with both.',
      ],
      verify: [{ ref: 'host-kms-listening' }, { ref: 'host-12290-client' }],
    }),
  },
};
