// 0xC004F035 and 0xC004F063: the PC's firmware (BIOS) lacks what this licence needs. 0xC004F035:
// no Windows marker, so no KMS: the PC needs a MAK. 0xC004F063: Windows cannot read the
// maker's (OEM) licence in the BIOS, usually a wrong serial number after a repair.

import { activationStates, makKey } from './lib/activation.js';
import { handoff, question, resolution, withCode } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

const f035Mak = activationStates({
  prefix: 'f035Mak',
  subject: 'this PC',
  title: 'Change this PC to a MAK',
  cause: 'This PC has no Windows marker in its BIOS (PCs sold with a qualifying Windows carry one), and KMS activation needs it. A MAK activates with Microsoft directly and needs no marker.',
  key: makKey('Install the MAK in place of the KMS client key'),
  verify: [{ ref: 'dlv-mak-licensed' }, { ref: 'xpr-permanent' }],
});

const f063Mak = activationStates({
  prefix: 'f063Mak',
  subject: 'this PC',
  title: 'Activate with your organisation\'s MAK',
  cause: 'Windows cannot read the maker\'s (OEM) licence in the BIOS. A PC your organisation licenses through volume licensing can use its MAK instead, which does not depend on the BIOS.',
  key: makKey('Install the MAK in place of the OEM key'),
  verify: [{ ref: 'dlv-mak-licensed' }, { ref: 'xpr-permanent' }],
});

const machine = () => flowSetup.createMachine({
  id: 'bios-marker',
  context: contextFromInput,
  initial: 'which',
  states: {
    which: {
      always: [
        { guard: ({ context }) => context.code === '0xC004F035', target: 'f035' },
        { guard: ({ context }) => context.code === '0xC004F063', target: 'f063' },
      ],
      meta: question({
        title: 'Which error does Windows show?',
        options: [
          { label: '0xC004F035 "Invalid Volume License Key"', event: 'F035' },
          { label: '0xC004F063: the computer is missing a required OEM license', event: 'F063' },
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The code slmgr /ato printed after "Error:", or the "Notification Reason:" line of slmgr /dlv.',
        },
        reads: 'bios-code',
      }),
      on: {
        F035: { target: 'f035', actions: withCode('0xC004F035') },
        F063: { target: 'f063', actions: withCode('0xC004F063') },
      },
    },
    f035: {
      meta: question({
        title: 'Do you have a MAK for this Windows edition?',
        body: ['Without the BIOS marker it needs a MAK (Multiple Activation Key) or a retail key instead of KMS.'],
        options: [
          { label: 'Yes: we have a MAK for this edition', event: 'MAK' },
          { label: 'No MAK, or I am not sure', event: 'NO_MAK' },
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'MAKs are listed in the Volume Licensing Service Center (VLSC), Product Keys, as key type MAK. The Name line of slmgr /dlv shows the edition the key must be for.',
        },
      }),
      on: { MAK: f035Mak.first, NO_MAK: 'f035NoMak' },
    },
    ...f035Mak.states,
    f035NoMak: {
      meta: resolution({
        title: 'Get a licence this PC qualifies for',
        cause: 'Windows volume editions are licensed as an upgrade of a qualifying Windows; KMS also needs the Windows marker the PC maker puts in the BIOS. This PC has neither, so a KMS client key cannot activate it.',
        steps: [
          'Look first: note the edition (Name line) and the channel (Description line) for your licensing team.',
          'Ask your licensing team for a MAK for this edition, or a retail licence for the PC. Without a qualifying Windows licence the PC needs one first.',
          'With the MAK in hand, install it and activate (the commands below; the next step fills in the key).',
        ],
        commands: [{ ref: 'slmgr-dlv' }, { ref: 'slmgr-ipk', purpose: 'Install the MAK or retail key' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'ipk-success' }, { ref: 'ato-success' }, { ref: 'dlv-mak-licensed' }],
        next: { label: 'I have the MAK now: install it and activate', event: 'MAK' },
      }),
      on: { MAK: f035Mak.first },
    },
    f063: {
      meta: question({
        title: 'What does the BIOS serial number show?',
        commands: [{ ref: 'bios-serial' }],
        options: [
          { label: 'Nothing, a placeholder ("To be filled by O.E.M.", "Default string") or not this PC\'s tag', event: 'WRONG' },
          { label: 'This PC\'s real serial number or service tag', event: 'RIGHT' },
        ],
        help: {
          commands: [{ ref: 'bios-serial' }],
          lookFor: 'SerialNumber should match the serial number or service tag on the PC\'s label. After a motherboard replacement the maker sometimes leaves it empty or at a default value.',
        },
      }),
      on: { WRONG: 'f063Bios', RIGHT: 'f063Licence' },
    },
    f063Bios: {
      type: 'final',
      meta: resolution({
        title: 'Have the PC maker correct the BIOS serial number',
        cause: 'Windows pre-activated by the maker reads a licence table in the BIOS. The BIOS serial number is missing or wrong, typically after a motherboard replacement, so Windows cannot use the maker\'s licence.',
        steps: [
          'Look first: note the SerialNumber shown and the serial number or service tag on the PC\'s label.',
          'Contact the PC maker and ask them to write the correct serial number or service tag into the BIOS.',
          'Afterwards, activate again.',
        ],
        commands: [{ ref: 'bios-serial' }, { ref: 'slmgr-dlv' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'bios-serial-right' }, { ref: 'ato-success' }, { ref: 'dlv-licensed' }],
      }),
    },
    f063Licence: {
      meta: question({
        title: 'Is this PC covered by your organisation\'s volume licence?',
        body: ['If so, it can activate with a volume key instead of the maker\'s licence.'],
        options: [
          { label: 'Yes, with a MAK', event: 'MAK' },
          { label: 'Yes, it should activate through our KMS host', event: 'KMS' },
          { label: 'No: it only has the maker\'s (OEM) licence', event: 'OEM' },
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'Ask your licensing team. The Description line shows the channel it has now (OEM_DM or OEM_SLP for the maker\'s licence).',
        },
      }),
      on: { MAK: f063Mak.first, KMS: 'toKeys', OEM: 'f063Maker' },
    },
    ...f063Mak.states,
    f063Maker: {
      type: 'final',
      meta: resolution({
        title: 'Escalate to the PC maker',
        cause: 'The serial number looks right, but Windows still cannot read the maker\'s licence in the BIOS. Only the maker can repair the BIOS licence table.',
        steps: [
          'Look first: collect the BIOS details and the slmgr /dlv output.',
          'Contact the PC maker with them; mention any recent repair (a new motherboard, a BIOS update).',
          'After their fix, activate again.',
        ],
        commands: [{ ref: 'bios-serial' }, { ref: 'slmgr-dlv' }, { ref: 'slmgr-ato' }],
        verify: [{ ref: 'bios-serial-right' }, { ref: 'ato-success' }, { ref: 'dlv-licensed' }],
      }),
    },
    toKeys: { type: 'final', meta: handoff('key-lookup') },
  },
});

/** The flow for BIOS marker and OEM licence codes. */
export const biosMarkerFlow = defineFlow({ id: 'bios-marker', title: 'BIOS marker', machine });
