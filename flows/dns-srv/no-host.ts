// The no-record branch of the dns-srv flow, first half: is there a KMS host at all? With one,
// the flow goes on to whether it publishes (publishing.ts); without one, it ends at the three
// ways to activate instead: a MAK, a new KMS host, or Active Directory-based activation.

import { question, resolution } from '../lib/builders.js';

/** Whether there is a KMS host, with the ends for none. */
export const noHostBranch = {
  hasHost: {
    meta: question({
      title: 'Is there a KMS host in your organisation?',
      body: ['No record means no KMS host has published itself in {domain}: either there is none, or it does not publish there.'],
      options: [
        { label: 'Yes, there is a KMS host', event: 'YES' },
        { label: 'No, there is no KMS host', event: 'NO' },
      ],
      help: {
        commands: [{ ref: 'slmgr-dlv-host', purpose: 'On a server you think is the KMS host: show its licence and KMS settings' }],
        lookFor: 'Ask whoever looks after licensing. On a KMS host the Description line says "VOLUME_KMS_C channel" or "VOLUME_KMS channel" and a "Current count" is shown; a client says VOLUME_KMSCLIENT.',
      },
    }),
    on: { YES: 'askHost', NO: 'noHost' },
  },
  noHost: {
    meta: question({
      title: 'Without a KMS host, how should this PC activate?',
      options: [
        { label: 'With a MAK: a key that activates each PC with Microsoft', event: 'MAK' },
        { label: 'Set up a KMS host for the organisation', event: 'SETUP' },
        { label: 'Active Directory-based activation (domain PCs only)', event: 'ADBA' },
      ],
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'A KMS host activates clients only once it has seen 25 Windows client PCs (or 5 servers), so a few PCs are easier with a MAK. Active Directory-based activation needs Windows 8.1 or Server 2012 and later, joined to the domain. The Name line shows the edition.',
      },
    }),
    on: { MAK: 'useMak', SETUP: 'setUpHost', ADBA: 'useAdba' },
  },

  useMak: {
    type: 'final',
    meta: resolution({
      title: 'Activate with a MAK',
      cause: 'Without a KMS host, a PC with a KMS client setup key has nothing to activate against. A MAK (Multiple Activation Key) activates each PC directly with Microsoft, online or by phone.',
      steps: [
        'Get the MAK for this Windows edition from your volume licensing portal (VLSC).',
        'In an elevated prompt, install the MAK in place of the current key (second command, with your MAK).',
        'Activate online. Without internet access, activate by phone: slmgr /dti shows the installation ID to read out, slmgr /atp enters the confirmation ID you get back.',
      ],
      commands: [{ ref: 'slmgr-dlv' }, { ref: 'slmgr-ipk', purpose: 'Install your MAK (type it in place of <product-key>)' }, { ref: 'slmgr-ato' }],
      verify: [{ ref: 'ato-success' }, { ref: 'dlv-mak-licensed' }, { ref: 'xpr-permanent' }],
    }),
  },
  setUpHost: {
    type: 'final',
    meta: resolution({
      title: 'Set up a KMS host',
      cause: 'KMS clients need a KMS host: a server with a KMS host key (CSVLK) that activates the clients on your network and publishes its SRV record in DNS, so they find it by themselves.',
      steps: [
        'Get the KMS host key (CSVLK) for your newest Windows from the volume licensing portal; the key decides which Windows versions the host activates.',
        'On the server, elevated: install the Volume Activation Services role, then the KMS host key, and activate the host.',
        'Turn on the KMS firewall rule so clients can reach port 1688.',
        'The host publishes its SRV record by itself: event 12294 says it did. Then look the record up from a client.',
        'Clients activate once the host has seen 25 client PCs (or 5 servers).',
      ],
      commands: [
        { ref: 'events-host-dns' }, { ref: 'nslookup-srv', where: 'client' }, { ref: 'install-volume-activation' },
        { ref: 'slmgr-ipk', where: 'kms-host', purpose: 'Install the KMS host key, CSVLK (type it in place of <product-key>)' },
        { ref: 'slmgr-ato', where: 'kms-host', purpose: 'Activate the KMS host' }, { ref: 'firewall-kms-rule-enable' },
      ],
      // A client activates only once the new host's count is high enough (0xC004F038 until then).
      verify: [
        { ref: 'host-ato-success' }, { ref: 'host-dlv-licensed' }, { ref: 'host-published' },
        { ref: 'srv-found' }, { ref: 'host-count-enough' }, { ref: 'flush-ato-success' },
      ],
    }),
  },
  useAdba: {
    type: 'final',
    meta: resolution({
      title: 'Use Active Directory-based activation',
      cause: 'With Active Directory-based activation, domain PCs (Windows 8.1, Server 2012 and later) with a KMS client setup key activate from the domain itself: no KMS host, no SRV record.',
      steps: [
        'An Enterprise Admin installs the Volume Activation Services role on a domain server and opens Volume Activation Tools.',
        'Choose "Active Directory-Based Activation", enter the KMS host key (CSVLK), activate it online or by phone, and commit.',
        'slmgr /ao-list then lists the activation object. Clients activate when their Software Protection service starts (slmgr /ato does it now); slmgr /dlv shows "AD Activation client information".',
      ],
      commands: [
        { ref: 'slmgr-ao-list' }, { ref: 'slmgr-dlv' },
        { ref: 'install-volume-activation', where: 'any', purpose: 'On a domain server: install Volume Activation Services' }, { ref: 'slmgr-ato' },
      ],
      verify: [{ ref: 'ao-listed' }, { ref: 'ato-success' }, { ref: 'dlv-adba-licensed' }],
    }),
  },
} as const;
