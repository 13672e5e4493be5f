// The MAK flow's branch for online activation refused by Microsoft for a reason outside the
// key: the computer's clock (0xC004B011) or the country the request seems to come from
// (0xC004C017). Apart because neither is about the MAK itself: each is fixed where the time or
// the internet traffic comes from.

import { CENTERS } from '../lib/activation.js';
import { question, resolution } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/read-first.js';
import type { CommandItem, CommandSpec } from '../step.js';

const ATO: CommandItem = { ref: 'slmgr-ato' };
/** netsh's view of the machine-wide proxy: "Direct access (no proxy server)." when there is none. */
const PROXY: CommandSpec = { purpose: 'Show the proxy this machine uses', shell: 'cmd', where: 'client', elevated: false, changes: false, text: 'netsh winhttp show proxy' };

/** The states from "what did the activation server refuse?" to the clock and location fixes. */
export const onlineRefusedStates: Record<string, object> = {
  onlineRefused: {
    meta: question({
      title: 'What did the activation server refuse?',
      options: [
        { label: 'The computer\'s clock is wrong (0xC004B011)', event: 'CLOCK' },
        { label: 'The key is blocked for this country or region (0xC004C017)', event: 'GEO' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'The error slmgr /ato printed ("Error: 0x…"), or the "Notification Reason:" line of slmgr /dlv.',
      },
    }),
    on: { CLOCK: 'clockSource', GEO: 'geoBlock', NOT_CHECKED: 'codeFirst' },
  },
  clockSource: {
    meta: question({
      title: 'Where does this computer get its time?',
      body: ['The Source line of w32tm /query /status says where.'],
      commands: [{ ref: 'w32tm-status' }],
      options: [
        { label: 'A domain controller or time server (a server name)', event: 'SERVER' },
        { label: '"Local CMOS Clock" or "Free-running System Clock"', event: 'LOCAL' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'w32tm-status' }, { ref: 'utc-now', where: 'client' }],
        lookFor: 'The "Source:" line. A server name means the clock follows it; "Local CMOS Clock" or "Free-running System Clock" means nothing corrects it. Compare the UTC time with a reliable clock. Pasting the w32tm output here answers the question.',
      },
      reads: 'time-source',
    }),
    // A resynchronisation is harmless, and its answer tells whether anything corrects the clock.
    on: { SERVER: 'clockResync', LOCAL: 'clockManual', NOT_CHECKED: 'clockResync' },
  },
  geoBlock: {
    meta: question({
      title: 'Does this site reach the internet through another country?',
      body: ['Microsoft judges the location by the internet address the request comes from, so a proxy or VPN abroad can cause this.'],
      options: [
        { label: 'Yes: a proxy or VPN elsewhere', event: 'PROXY' },
        { label: 'No, it goes out to the internet locally', event: 'LOCAL' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ...PROXY, purpose: 'Show the proxy this machine uses (none: "Direct access")' }],
        lookFor: '"Direct access (no proxy server)." means no machine-wide proxy. Ask the network team where the site\'s internet traffic leaves.',
      },
    }),
    // The local connection comes first: its first step checks the proxy.
    on: { PROXY: 'geoLocal', LOCAL: 'geoCall', NOT_CHECKED: 'geoLocal' },
  },
  clockResync: {
    type: 'final',
    meta: resolution({
      title: 'Resynchronise the clock, then activate',
      cause: 'Microsoft\'s activation server found this computer\'s clock wrong. It takes its time from a server, so a resynchronisation corrects it, unless that server is wrong too.',
      steps: [
        { text: 'On the client, compare the UTC time with a reliable clock (UTC does not depend on the time zone).', commands: [{ ref: 'utc-now', where: 'client' }] },
        {
          text: 'Resynchronise. If the time is still wrong, the time server is wrong: tell whoever runs it. If w32tm says "The computer did not resync because no time data was available.", nothing corrects the clock: set it by hand in Settings (Time & language).',
          commands: [{ ref: 'w32tm-resync' }],
        },
        { text: 'Activate again.', commands: [ATO] },
      ],
      verify: [{ ref: 'clock-synced' }, { ref: 'utc-right' }, { ref: 'ato-success' }],
    }),
  },
  clockManual: {
    type: 'final',
    meta: resolution({
      title: 'Set the clock, then activate',
      cause: 'Microsoft\'s activation server found this computer\'s clock wrong, and nothing corrects it: it runs on its own hardware clock.',
      steps: [
        { text: 'On the client, compare the UTC time with a reliable clock.', commands: [{ ref: 'utc-now', where: 'client' }] },
        'Set the date, time and time zone in Settings (Time & language) or Control Panel (Date and Time).',
        'If the machine is in a domain, its time service is not synchronising at all: tell whoever runs the domain controllers.',
        { text: 'Activate again.', commands: [ATO] },
      ],
      verify: [{ ref: 'utc-right' }, { ref: 'ato-success' }],
    }),
  },
  geoLocal: {
    type: 'final',
    meta: resolution({
      title: 'Activate through the local internet connection',
      cause: 'Microsoft will not activate this key from the country or region it believes the request comes from. Traffic leaving through a proxy or VPN abroad looks foreign (our reading of the error, not a Microsoft statement).',
      steps: [
        { text: 'On the machine, check the proxy it uses, and ask the network team where the site\'s traffic leaves.', commands: [PROXY] },
        { text: 'Activate while the machine goes out to the internet locally (off the VPN, or past the proxy).', commands: [ATO] },
        `If it is refused again, contact ${CENTERS}.`,
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'dlv-licensed' }],
    }),
  },
  geoCall: {
    type: 'final',
    meta: resolution({
      title: 'Check where the key may be used',
      cause: 'Microsoft\'s activation server will not activate this key from this country or region.',
      steps: [
        { text: 'On the machine, note the last five characters of the key ("Partial Product Key:") and its channel.', commands: [{ ref: 'slmgr-dlv' }] },
        'Check with whoever bought the licence that the key is meant for this country or region.',
        `Otherwise contact ${CENTERS}.`,
        { text: 'Once it is cleared, activate again.', commands: [ATO] },
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'dlv-licensed' }],
    }),
  },
};
