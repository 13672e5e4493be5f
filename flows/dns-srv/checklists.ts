// The ends of the dns-srv flow for a technician who could not answer a question ("I haven't
// checked / I can't tell"): the checks a senior would have them run, in order, each with its
// command and what a good answer looks like.

import { resolution } from '../lib/builders.js';

/** DNS checked step by step; whether there is a KMS host; how to activate without one. */
export const checklistEnds = {
  checkDns: {
    type: 'final',
    meta: resolution({
      lead: 'What this does',
      title: 'Check DNS step by step',
      cause: 'The client finds its KMS host through DNS. Run these on the client, in order: the first that does not look as described is where it stops.',
      steps: [
        { text: 'Find the "DNS Servers" line: no line, or an empty one, means the PC has no DNS server.', commands: [{ ref: 'ipconfig-all' }] },
        { text: 'Ask DNS about {domain}: "primary name server" means it answers for it; "timed out" or "Server failed" means it does not.', commands: [{ ref: 'nslookup-soa', where: 'client' }] },
        { text: 'Look the record up: "svr hostname" and "port" name the KMS host; "Non-existent domain" means there is no record.', commands: [{ ref: 'nslookup-srv', where: 'client' }] },
        { text: 'Activate (elevated): the client finds the host by itself once DNS names it.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [
        {
          text: 'On the client, look the record up again.',
          command: { ref: 'nslookup-srv', where: 'client' },
          expect: 'A "svr hostname = …" line naming your KMS host, and its "port = …"',
        },
        { ref: 'ato-success' },
      ],
    }),
  },
  findHost: {
    meta: resolution({
      lead: 'What this does',
      title: 'Find your KMS host',
      cause: 'No record in {domain} means no KMS host publishes there: there is none, or it publishes elsewhere. These show whether there is one.',
      steps: [
        'Ask whoever looks after licensing whether there is a KMS host, and its name.',
        { text: 'On the client, a host set by hand (KeyManagementServiceMachine) or found before names one.', commands: [{ ref: 'client-kms-info' }] },
        { text: 'On a server you think is the host: a "VOLUME_KMS_C channel" (or "VOLUME_KMS") and a "Current count" mean it is one.', commands: [{ ref: 'slmgr-dlv-host' }] },
      ],
      verify: [{ ref: 'host-dlv-licensed' }],
      next: { label: 'There is one: type its name', event: 'YES' },
    }),
    on: { YES: 'askHost' },
  },
  chooseActivation: {
    type: 'final',
    meta: resolution({
      lead: 'What this does',
      title: 'Choose how this PC activates',
      cause: 'Without a KMS host there are three ways to activate; whoever looks after licensing chooses. These facts decide it.',
      steps: [
        { text: 'On the PC, note its edition (Name line) and key channel (end of the Description line).', commands: [{ ref: 'slmgr-dlv' }] },
        { text: 'See whether it is in a domain ("Domain:"; WORKGROUP means it is not).', commands: [{ ref: 'systeminfo-domain' }] },
        'A few PCs: a MAK activates each with Microsoft. A KMS host activates clients once 25 Windows PCs (or 5 servers) ask it. Domain PCs with Windows 8.1, Server 2012 or later: Active Directory-based activation.',
        'Then press Esc and choose that way.',
      ],
      verify: [{ ref: 'dlv-licensed' }],
    }),
  },
} as const;
