// The no-record branch of the dns-srv flow, first half: is there a KMS host at all? With one,
// the flow goes on to whether it publishes (publishing.ts); without one, it ends at the three
// ways to activate instead: a MAK, a new KMS host, or Active Directory-based activation.

import { question, resolution } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/not-checked.js';

/** Whether there is a KMS host, with the ends for none. */
export const noHostBranch = {
  hasHost: {
    meta: question({
      title: 'Is there a KMS host in your organisation?',
      body: ['No record means no KMS host has published itself in {domain}: either there is none, or it does not publish there.'],
      options: [
        { label: 'Yes, there is a KMS host', event: 'YES' },
        { label: 'No, there is no KMS host', event: 'NO' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'slmgr-dlv-host', purpose: 'On a server you think is the KMS host: show its licence and KMS settings' }],
        lookFor: 'Ask whoever looks after licensing. On a KMS host the Description line says "VOLUME_KMS_C channel" or "VOLUME_KMS channel" and a "Current count" is shown; a client says VOLUME_KMSCLIENT.',
      },
    }),
    // Not known: how to find out, then on to its name.
    on: { YES: 'askHost', NO: 'noHost', NOT_CHECKED: 'findHost' },
  },
  noHost: {
    meta: question({
      title: 'Without a KMS host, how should this PC activate?',
      options: [
        { label: 'With a MAK: a key that activates each PC with Microsoft', event: 'MAK' },
        { label: 'Set up a KMS host for the organisation', event: 'SETUP' },
        { label: 'Active Directory-based activation (domain PCs only)', event: 'ADBA' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'A KMS host activates clients only once it has seen 25 Windows client PCs (or 5 servers), so a few PCs are easier with a MAK. Active Directory-based activation needs Windows 8.1 or Server 2012 and later, joined to the domain. The Name line shows the edition.',
      },
    }),
    // Not known: what decides it, for whoever looks after licensing.
    on: { MAK: 'useMak', SETUP: 'setUpHost', ADBA: 'useAdba', NOT_CHECKED: 'chooseActivation' },
  },

  useMak: {
    type: 'final',
    meta: resolution({
      title: 'Activate with a MAK',
      cause: 'Without a KMS host, a PC with a KMS client setup key has nothing to activate against. A MAK (Multiple Activation Key) activates each PC directly with Microsoft, online or by phone.',
      steps: [
        { text: 'Get the MAK for this Windows edition (the Name line) from your volume licensing portal (VLSC).', commands: [{ ref: 'slmgr-dlv' }] },
        { text: 'Install the MAK in place of the current key (elevated).', commands: [{ ref: 'slmgr-ipk', purpose: 'Install your MAK (type it in place of <product-key>)' }] },
        { text: 'Activate online. Without internet access, activate by phone: slmgr /dti shows the installation ID to read out, slmgr /atp enters the confirmation ID you get back.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'dlv-mak-licensed' }, { ref: 'xpr-permanent' }],
    }),
  },
  setUpHost: {
    type: 'final',
    meta: resolution({
      title: 'Set up a KMS host',
      cause: 'KMS clients need a KMS host: a server with a KMS host key (CSVLK) that activates them and publishes its SRV record in DNS, where they find it.',
      steps: [
        'Get the KMS host key (CSVLK) for your newest Windows from the licensing portal: it decides which Windows the host activates.',
        { text: 'On the server (elevated), install the Volume Activation Services role…', commands: [{ ref: 'install-volume-activation' }] },
        { text: '…then the KMS host key…', commands: [{ ref: 'slmgr-ipk', where: 'kms-host', purpose: 'Install the KMS host key, CSVLK (type it in place of <product-key>)' }] },
        { text: '…and activate the host.', commands: [{ ref: 'slmgr-ato', where: 'kms-host', purpose: 'Activate the KMS host' }] },
        { text: 'Turn on the KMS firewall rule (port 1688).', commands: [{ ref: 'firewall-kms-rule-enable' }] },
        { text: 'The host publishes its SRV record by itself (event 12294). Clients activate once 25 client PCs (or 5 servers) have asked.', commands: [{ ref: 'events-host-dns' }] },
        { text: 'From a client, look the record up.', commands: [{ ref: 'nslookup-srv', where: 'client' }] },
      ],
      // A client activates only once the new host's count is high enough (0xC004F038 until then).
      verify: [{ ref: 'host-published' }, { ref: 'host-count-enough' }, { ref: 'flush-ato-success' }],
    }),
  },
  useAdba: {
    type: 'final',
    meta: resolution({
      title: 'Use AD-based activation',
      cause: 'With Active Directory-based activation, domain PCs (Windows 8.1, Server 2012 and later) with a KMS client setup key activate from the domain itself: no KMS host, no SRV record.',
      steps: [
        { text: 'An Enterprise Admin installs the Volume Activation Services role on a domain server…', commands: [{ ref: 'install-volume-activation', where: 'any', purpose: 'On a domain server: install Volume Activation Services' }] },
        '…opens Volume Activation Tools, chooses "Active Directory-Based Activation", enters the KMS host key (CSVLK), activates it online or by phone, and commits.',
        { text: 'On a client, the activation object is then listed.', commands: [{ ref: 'slmgr-ao-list' }] },
        { text: 'Clients activate when their Software Protection service starts; this does it now.', commands: [{ ref: 'slmgr-ato' }] },
        { text: 'slmgr /dlv shows "AD Activation client information".', commands: [{ ref: 'slmgr-dlv' }] },
      ],
      verify: [{ ref: 'ao-listed' }, { ref: 'ato-success' }, { ref: 'dlv-adba-licensed' }],
    }),
  },
} as const;
