// The DNS-configuration branch of the dns-srv flow: the PC with the error has no DNS server,
// or one that does not answer, or one that does not know the domain. 0x8007232A and
// 0x8007267C come here once the domain is known; a lookup that times out or fails does too.
// A server that answers sends the technician back to the lookup (records.ts).

import { input, question, resolution } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/not-checked.js';

/** The DNS server questions, with their ends. */
export const dnsConfigBranch = {
  dnsServers: {
    meta: question({
      title: 'Does the PC have a DNS server?',
      body: ['Run this on the PC that shows the error (the client, or the KMS host when its event 12293 shows the code) and find the "DNS Servers" line.'],
      commands: [{ ref: 'ipconfig-all' }],
      options: [
        { label: 'No "DNS Servers" line, or it is empty', event: 'NONE' },
        { label: 'It lists one or more addresses', event: 'SOME' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'ipconfig-all' }],
        lookFor: '"DNS Servers . . . . . . . . . . . : 10.0.0.10" under the connected adapter; further servers follow on the next lines. The PowerShell version lists ServerAddresses per adapter.',
      },
    }),
    // Not read: the DNS checks in order, each with what a good answer looks like.
    on: { NONE: 'askNewDnsServer', SOME: 'askDnsServer', NOT_CHECKED: 'checkDns' },
  },
  askNewDnsServer: {
    meta: input({
      title: 'Which DNS server should the PC use?',
      body: ['Your internal DNS server; on a domain, usually a domain controller. Another PC on the same network shows it in ipconfig /all.'],
      field: 'dnsServer',
      help: {
        commands: [{ ref: 'ipconfig-all', where: 'any', purpose: 'On a PC that works: show its DNS servers' }],
        lookFor: 'The first address of the "DNS Servers" line on a working PC of the same network.',
      },
    }),
    on: { ANSWER: { target: 'noDnsServer', actions: 'saveAnswer' } },
  },
  askDnsServer: {
    meta: input({
      title: 'Which DNS server does the PC use?',
      body: ['Type the first address of the "DNS Servers" line.'],
      field: 'dnsServer',
      help: {
        commands: [{ ref: 'ipconfig-all' }],
        lookFor: '"DNS Servers . . . . . . . . . . . : 10.0.0.10": type 10.0.0.10.',
      },
    }),
    on: { ANSWER: { target: 'dnsAnswers', actions: 'saveAnswer' } },
  },
  dnsAnswers: {
    meta: question({
      title: 'Does {dnsServer} answer for {domain}?',
      body: ['Ask that server directly, on the PC with the error.'],
      commands: [{ ref: 'nslookup-soa-server' }],
      options: [
        { label: 'Yes: it shows "primary name server" for {domain}', event: 'ANSWERS' },
        { label: '"DNS request timed out", or no answer at all', event: 'TIMEOUT' },
        { label: '"Server failed", "Query refused" or "Non-existent domain"', event: 'WRONG' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'nslookup-soa-server' }, { ref: 'ping-dns-server' }],
        lookFor: 'A good answer lists {domain} with "primary name server = …" and "responsible mail addr = …". "DNS request timed out." means no answer: the query (over UDP port 53) got none. "can\'t find {domain}: Server failed" (or Query refused, Non-existent domain) means it answered but cannot help. Ping only tells whether the server is on the network at all.',
      },
    }),
    // Not known: the next check, the SRV lookup itself, does not need the answer.
    on: { ANSWERS: 'lookup', TIMEOUT: 'dnsUnreachable', WRONG: 'wrongDnsServer', NOT_CHECKED: 'lookup' },
  },

  noDnsServer: {
    type: 'final',
    meta: resolution({
      title: 'Give the PC a DNS server',
      cause: 'The PC has no DNS server in its network settings ("No DNS servers configured for local system"), so it cannot look anything up, the KMS host included.',
      steps: [
        { text: 'On the PC, the "DNS Servers" line is missing or empty.', commands: [{ ref: 'ipconfig-all' }] },
        { text: 'Best: fix DHCP so it hands out the DNS server (option 6), then renew (ipconfig /renew). Or set {dnsServer} on the PC (elevated).', commands: [{ ref: 'set-dns-server' }] },
        { text: 'Check that {dnsServer} answers: ping it…', commands: [{ ref: 'ping-dns-server' }] },
        { text: '…then ask it about {domain}.', commands: [{ ref: 'nslookup-soa-server' }] },
        { text: 'Activate again.', commands: [{ ref: 'slmgr-ato' }] },
        'A network with no DNS server at all cannot find a KMS host: point the client at the host by hand (slmgr /skms host:1688), or use a MAK activated online or by phone.',
      ],
      verify: [{ ref: 'dns-server-set' }, { ref: 'dns-server-answers' }, { ref: 'ato-success' }],
    }),
  },
  dnsUnreachable: {
    type: 'final',
    meta: resolution({
      title: 'Reach the DNS server {dnsServer}',
      cause: '{dnsServer} does not answer this PC\'s DNS queries: the server is down, the address is wrong, or the network or a firewall blocks DNS (UDP port 53).',
      steps: [
        { text: 'Ping it…', commands: [{ ref: 'ping-dns-server' }] },
        { text: '…then ask it a real query. "DNS request timed out." means no answer over UDP port 53; any other reply, even an error, means it answers. (TCP port 53 proves nothing: queries go over UDP.)', commands: [{ ref: 'nslookup-soa-server' }] },
        {
          text: 'If both fail, check the PC\'s own address and gateway, then the way to the server with your network team. If a second DNS server is listed, ask it instead (nslookup -type=soa {domain} <its address>); if it answers, fix or remove the dead one.',
          commands: [{ ref: 'ipconfig-all' }],
        },
        { text: 'When a server answers, look the SRV record up again…', commands: [{ ref: 'nslookup-srv', where: 'client' }] },
        { text: '…and activate.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'dns-server-answers' }, { ref: 'srv-found' }, { ref: 'ato-success' }],
    }),
  },
  wrongDnsServer: {
    type: 'final',
    meta: resolution({
      title: 'Use a DNS server that knows {domain}',
      cause: '{dnsServer} answers, but not for {domain}: it is not your internal DNS server (an internet one, say), its forwarding is broken, or the domain is misspelt.',
      steps: [
        { text: 'Check the spelling of {domain} against "Primary Dns Suffix".', commands: [{ ref: 'ipconfig-all' }] },
        'Give the PC your internal DNS server (the one the domain controllers use): in DHCP, or in the network adapter\'s settings.',
        { text: 'If {dnsServer} is your internal server, your DNS team must fix it: "Server failed" here points at its zones or forwarders.', commands: [{ ref: 'nslookup-soa-server' }] },
        { text: 'Then forget the cached answers…', commands: [{ ref: 'ipconfig-flushdns' }] },
        { text: '…look the SRV record up again…', commands: [{ ref: 'nslookup-srv', where: 'client' }] },
        { text: '…and activate.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'dns-server-answers' }, { ref: 'srv-found' }, { ref: 'ato-success' }],
    }),
  },
} as const;
