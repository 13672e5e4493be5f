// 0xC004F00F and 0xC004F211: Windows no longer recognises the hardware its activation is tied
// to. How to activate again depends on the licence channel. On a KMS client, 0xC004F00F also
// shows up when the client simply never reached its KMS host (a real capture, facts.md §1.4),
// so a KMS client that still fails goes on to the port check.

import { activationStates } from './lib/activation.js';
import { handoff, question, resolution } from './lib/builders.js';
import { contextFromInput } from './lib/context.js';
import { NOT_CHECKED, atoRead, channelRead } from './lib/read-first.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

const mak = activationStates({
  prefix: 'mak',
  subject: 'this PC',
  title: 'Activate the MAK again',
  cause: 'Windows ties its activation to the hardware. After a big hardware or driver change it no longer sees the same PC, so a MAK machine has to activate again, during the grace period Windows gives after the change.',
  verify: [{ ref: 'dlv-mak-licensed' }, { ref: 'xpr-permanent' }],
});

const host = activationStates({
  prefix: 'host',
  subject: 'the KMS host',
  title: 'Reactivate the KMS host',
  where: 'kms-host',
  cause: 'The host\'s activation is tied to its hardware, which changed too much: it activates its host key (CSVLK) again with Microsoft, up to 9 times per key.',
  checks: [{ ref: 'slmgr-dlv-host' }],
  look: 'On the KMS host, look at its licence status now.',
  verify: [{ ref: 'host-dlv-licensed' }, { ref: 'host-12290-client' }],
});

const machine = () => flowSetup.createMachine({
  id: 'hardware-tolerance',
  context: contextFromInput,
  initial: 'channel',
  states: {
    channel: {
      meta: question({
        title: 'Which channel does the Description line of slmgr /dlv show?',
        body: ['How Windows activates again depends on how it was activated.'],
        options: [
          { label: 'VOLUME_KMSCLIENT: a KMS client', event: 'KMS_CLIENT' },
          { label: 'VOLUME_MAK: activated with a MAK', event: 'MAK' },
          { label: 'VOLUME_KMS or VOLUME_KMS_C: this is a KMS host', event: 'KMS_HOST' },
          { label: 'RETAIL or OEM: its own key or digital licence', event: 'RETAIL' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The Description line, e.g. "Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel", and the line "Notification Reason: 0xC004F00F." (PowerShell: ProductKeyChannel Volume:GVLK is a KMS client, Volume:MAK a MAK). Pasting the output here answers the question.',
        },
        reads: 'channel-hardware',
      }),
      on: { KMS_CLIENT: 'kmsAto', MAK: mak.first, KMS_HOST: host.first, RETAIL: 'retail', NOT_CHECKED: 'channelFind' },
    },
    channelFind: channelRead('channel'),
    kmsAto: {
      meta: question({
        title: 'Activate now: what does slmgr /ato print?',
        body: [
          'A KMS client activates again by itself after a restart; /ato does it now.',
          'A client showing "Notification Reason: 0xC004F00F." often never reached its KMS host at all.',
        ],
        commands: [{ ref: 'slmgr-ato' }],
        options: [
          { label: '"Product activated successfully."', event: 'ACTIVATED' },
          { label: '0xC004F074 (no KMS host could be contacted), or 0xC004F00F again', event: 'UNREACHED' },
          { label: 'Another error code', event: 'OTHER' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'events-client' }],
          lookFor: 'Event 12288 is the request the client sent; its third value is the host and port it tried. A 12288 with no 12289 after it means the KMS host never answered. Pasting what slmgr printed here answers the question.',
        },
        reads: 'ato-hardware',
      }),
      on: { ACTIVATED: 'kmsDone', UNREACHED: 'toPort', OTHER: 'toCode', NOT_CHECKED: 'atoRead' },
    },
    atoRead: atoRead('kmsAto'),
    kmsDone: {
      type: 'final',
      meta: resolution({
        title: 'The KMS client is activated again',
        cause: 'The client had lost its activation (after a hardware or driver change, or because it had not reached its KMS host for a while). /ato activated it again against the KMS host.',
        steps: [
          { text: 'On the client, check that the licence status is "License Status: Licensed".', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'See when the activation runs out: the client renews it by itself every 7 days while it can reach the host.', commands: [{ ref: 'slmgr-xpr' }] },
          'If the code comes back, check that the client reaches its KMS host on port 1688.',
        ],
        verify: [{ ref: 'dlv-kms-licensed' }, { ref: 'xpr-volume' }],
      }),
    },
    ...mak.states,
    ...host.states,
    retail: {
      type: 'final',
      meta: resolution({
        title: 'Activate the retail or OEM licence again',
        cause: 'A retail key or digital licence is tied to the hardware. After a big change (a new motherboard, for example) Windows must activate again with Microsoft; volume activation does not apply.',
        steps: [
          { text: 'On the PC, look first: the channel and licence status.', commands: [{ ref: 'slmgr-dlv' }] },
          { text: 'Try to activate online.', commands: [{ ref: 'slmgr-ato' }] },
          'If that fails, open Settings, Activation, Troubleshoot and choose "I changed hardware on this device recently" (it needs the Microsoft account linked to the licence).',
          'If it still fails, escalate to whoever owns the licence.',
        ],
        verify: [{ ref: 'ato-success' }, { ref: 'dlv-licensed' }],
      }),
    },
    toPort: { type: 'final', meta: handoff('port-1688') },
    toCode: { type: 'final', meta: handoff('triage', 'askCode') },
  },
});

/** The flow for "hardware changed" codes. */
export const hardwareToleranceFlow = defineFlow({ id: 'hardware-tolerance', title: 'Hardware tolerance', machine });
