// 0xC004F035 and 0xC004F063: the PC's firmware (BIOS) lacks what this licence needs. 0xC004F035:
// no Windows marker, so no KMS: the PC needs a MAK. 0xC004F063: Windows cannot read the
// maker's (OEM) licence in the BIOS, usually a wrong serial number after a repair.

import { activationStates, makKey } from './lib/activation.js';
import { handoff, lookUpCodeState, question, resolution, withCode } from './lib/builders.js';
import { NOT_CHECKED, codeFirst, readFirst } from './lib/read-first.js';
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
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The code slmgr /ato printed after "Error:", or the "Notification Reason:" line of slmgr /dlv. Pasting that output here answers the question.',
        },
        reads: 'bios-code',
      }),
      on: {
        F035: { target: 'f035', actions: withCode('0xC004F035') },
        F063: { target: 'f063', actions: withCode('0xC004F063') },
        NOT_CHECKED: 'codeFirst',
      },
    },
    f035: {
      meta: question({
        title: 'Do you have a MAK for this Windows edition?',
        body: ['Without the BIOS marker it needs a MAK (Multiple Activation Key) or a retail key instead of KMS.'],
        options: [
          { label: 'Yes: we have a MAK for this edition', event: 'MAK' },
          { label: 'No MAK', event: 'NO_MAK' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'MAKs are listed in the Volume Licensing Service Center (VLSC), Product Keys, as key type MAK. The Name line of slmgr /dlv shows the edition the key must be for.',
        },
      }),
      // Not sure: the licence this PC qualifies for is the licensing team's to say.
      on: { MAK: f035Mak.first, NO_MAK: 'f035NoMak', NOT_CHECKED: 'f035NoMak' },
    },
    ...f035Mak.states,
    f035NoMak: {
      meta: resolution({
        title: 'Get a licence this PC qualifies for',
        cause: 'Windows volume editions are licensed as an upgrade of a qualifying Windows; KMS also needs the Windows marker the PC maker puts in the BIOS. This PC has neither, so a KMS client key cannot activate it.',
        steps: [
          { text: 'On the PC, note the edition (Name line) and the channel (Description line) for your licensing team.', commands: [{ ref: 'slmgr-dlv' }] },
          'Ask your licensing team for a MAK for this edition, or a retail licence for the PC. Without a qualifying Windows licence the PC needs one first.',
          { text: 'With the MAK in hand, install it (the next step fills it in): "Installed product key … successfully."', commands: [{ ref: 'slmgr-ipk', purpose: 'Install the MAK or retail key' }] },
          { text: 'Activate.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'dlv-mak-licensed' }],
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
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'bios-serial' }],
          lookFor: 'SerialNumber should match the serial number or service tag on the PC\'s label. After a motherboard replacement the maker sometimes leaves it empty or at a default value.',
        },
      }),
      on: { WRONG: 'f063Bios', RIGHT: 'f063Licence', NOT_CHECKED: 'f063SerialFind' },
    },
    f063SerialFind: readFirst({
      title: 'Compare the BIOS serial number with the label',
      cause: 'Windows pre-activated by the maker needs the BIOS to carry the PC\'s own serial number; after a repair it is sometimes empty or a default value.',
      steps: [
        { text: 'On the PC, show the BIOS serial number (SerialNumber).', commands: [{ ref: 'bios-serial' }] },
        'Find the serial number or service tag on the PC\'s label, and compare: a placeholder such as "To be filled by O.E.M." or "Default string" is not a serial number.',
      ],
      back: 'f063',
    }),
    f063Bios: {
      type: 'final',
      meta: resolution({
        title: 'Have the PC maker correct the BIOS serial number',
        cause: 'Windows pre-activated by the maker reads a licence table in the BIOS. The BIOS serial number is missing or wrong, typically after a motherboard replacement, so Windows cannot use the maker\'s licence.',
        steps: [
          { text: 'On the PC, note the SerialNumber shown and the licence status; and the serial number or service tag on the PC\'s label.', commands: [{ ref: 'bios-serial' }, { ref: 'slmgr-dlv' }] },
          'Contact the PC maker and ask them to write the correct serial number or service tag into the BIOS.',
          { text: 'Afterwards, activate again.', commands: [{ ref: 'slmgr-ato' }] },
        ],
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
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'Ask your licensing team. The Description line shows the channel it has now (OEM_DM or OEM_SLP for the maker\'s licence).',
        },
      }),
      on: { MAK: f063Mak.first, KMS: 'toKeys', OEM: 'f063Maker', NOT_CHECKED: 'f063LicenceFind' },
    },
    f063LicenceFind: readFirst({
      title: 'Find out how this PC is licensed',
      cause: 'A PC your organisation licenses through volume licensing can activate with a volume key; one with only the maker\'s licence needs the maker.',
      steps: [
        { text: 'On the PC, the Description line shows the channel it has now: OEM_DM or OEM_SLP is the maker\'s licence.', commands: [{ ref: 'slmgr-dlv' }] },
        'Ask your licensing team whether the PC is covered by your volume licence, and whether your network has a KMS host or uses MAKs.',
      ],
      back: 'f063Licence',
    }),
    ...f063Mak.states,
    f063Maker: {
      type: 'final',
      meta: resolution({
        title: 'Escalate to the PC maker',
        cause: 'The serial number looks right, but Windows still cannot read the maker\'s licence in the BIOS. Only the maker can repair the BIOS licence table.',
        steps: [
          { text: 'On the PC, collect the BIOS details and the licence status.', commands: [{ ref: 'bios-serial' }, { ref: 'slmgr-dlv' }] },
          'Contact the PC maker with them; mention any recent repair (a new motherboard, a BIOS update).',
          { text: 'After their fix, activate again.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'bios-serial-right' }, { ref: 'ato-success' }, { ref: 'dlv-licensed' }],
      }),
    },
    codeFirst: codeFirst('toCode'),
    toCode: lookUpCodeState(),
    toKeys: { type: 'final', meta: handoff('key-lookup') },
  },
});

/** The flow for BIOS marker and OEM licence codes. */
export const biosMarkerFlow = defineFlow({ id: 'bios-marker', title: 'BIOS marker', machine });
