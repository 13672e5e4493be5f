// The KMS host flow's branch for 0xC004F06B, a KMS host that refuses to run in a virtual
// machine: an old host (move it to a current Windows Server) or a current one (escalate).
// Apart because it is a legacy refusal unrelated to the host's key or activation.

import { question, resolution } from '../lib/builders.js';
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
      ],
      help: versionHelp,
    }),
    on: { OLD: 'vmLegacy', NEWER: 'vmEscalate' },
  },
  vmLegacy: {
    meta: resolution({
      title: 'Move the KMS host to a current Windows Server',
      cause: 'The KMS host runs an old Windows that does not allow a KMS host in a virtual machine. Current Windows Server can be a KMS host on a physical or a virtual machine.',
      steps: [
        'Pick the new host\'s Windows and host key (the next step).',
        'Install the host key on the new host and activate it.',
        'Retire the old host and remove its _vlmcs SRV record from DNS.',
      ],
      commands: [onHost('host-os-version', 'Show which Windows the old KMS host runs'), onHost('slmgr-ipk-host', 'Install the host key on the new KMS host'), HOST_ATO],
      verify: [{ ref: 'host-new-key-licensed' }, { ref: 'host-ato-success' }, { ref: 'host-12290-client' }],
      next: PICK_NEW_HOST,
    }),
    on: { [PICK_NEW_HOST.event]: 'pickHostOs' },
  },
  vmEscalate: {
    type: 'final',
    meta: resolution({
      title: 'Escalate: a current KMS host should not say this',
      cause: 'This refusal belongs to old KMS hosts; a current Windows may run a KMS host in a virtual machine. Something else is wrong.',
      steps: [
        'Check that the machine printing the error is the KMS host you think, and which Windows it runs.',
        'Save the host\'s slmgr /dlv output and its 12290 events.',
        'Escalate with both.',
      ],
      commands: [onHost('host-os-version'), HOST_DLV, { ref: 'events-host' }],
      verify: [{ ref: 'host-kms-listening' }, { ref: 'host-12290-client' }],
    }),
  },
};
