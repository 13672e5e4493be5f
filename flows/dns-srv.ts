// The DNS SRV record flow. A KMS client finds its KMS host through the SRV record
// _vlmcs._tcp.<its DNS domain>. We look that record up and follow what came back: records
// (the right host? a stale one? found, yet activation still fails), no record (is there a KMS
// host, is it publishing, or create the record by hand), or a DNS server that fails.
// Codes that are not about the lookup start further in: 0x80072338 at the publishing
// permission, 0x8007007B at the key channel (Microsoft saw it on PCs with a retail key), and
// 0x8007232A / 0x8007267C at the DNS configuration once the domain is known.
// This file holds the entry and the hand-offs; each branch, with its ends, is in dns-srv/, and
// the checks for a question the technician could not answer in dns-srv/checklists.ts.

import { handoff, input } from './lib/builders.js';
import { contextFromInput, type FlowContext } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { pasteable } from './lib/not-checked.js';
import { flowSetup } from './lib/setup.js';
import { checklistEnds } from './dns-srv/checklists.js';
import { channelChecked, clientSideBranch } from './dns-srv/client-side.js';
import { dnsConfigBranch } from './dns-srv/dns-config.js';
import { noHostBranch } from './dns-srv/no-host.js';
import { otherZoneBranch } from './dns-srv/other-zone.js';
import { publishingBranch } from './dns-srv/publishing.js';
import { recordsBranch } from './dns-srv/records.js';

const codeIs = (...codes: string[]) => ({ context }: { context: FlowContext }) => codes.includes(context.code ?? '');

/**
 * 0x8007007B starts at the key channel, unless the technician has already answered it: the
 * channel question itself comes back here when the domain is still unknown, and port-1688
 * hands back into this flow (at askDomain, its initial state) when the host's name does not
 * resolve. Both would otherwise bounce straight back to the channel.
 */
const channelFirst = ({ context }: { context: FlowContext }) =>
  context.code === '0x8007007B' && !channelChecked({ context });

const machine = () => flowSetup.createMachine({
  id: 'dns-srv',
  context: contextFromInput,
  initial: 'askDomain',
  states: {
    askDomain: {
      // 0x80072338 needs no such check: its branch only ends or hands off to srv-create, so
      // coming here with that code is always a fresh start (typed in triage, say).
      always: [
        { guard: codeIs('0x80072338'), target: 'permissionServer' },
        { guard: channelFirst, target: 'channel' },
      ],
      meta: input({
        title: 'Which DNS domain is the client in?',
        body: ['A KMS client looks for its KMS host in its own DNS domain: a domain PC in its Active Directory domain, another PC in the domain DHCP gives it.'],
        field: 'domain',
        prefill: true,
        help: pasteable({
          commands: [{ ref: 'ipconfig-all' }, { ref: 'systeminfo-domain' }],
          lookFor: 'On the client: "Primary Dns Suffix . . . . . . . : corp.contoso.com" for a domain PC. If that is empty, the "Connection-specific DNS Suffix" of the connected adapter (from DHCP). systeminfo shows "Domain:" (WORKGROUP for a PC outside a domain).',
        }),
        reads: 'client-domain',
      }),
      on: {
        ANSWER: [
          { guard: codeIs('0x8007232A', '0x8007267C'), target: 'dnsServers', actions: 'saveAnswer' },
          { target: 'lookup', actions: 'saveAnswer' },
        ],
      },
    },
    ...recordsBranch,
    ...clientSideBranch,
    ...noHostBranch,
    ...publishingBranch,
    ...otherZoneBranch,
    ...dnsConfigBranch,
    ...checklistEnds,
    toPort: { type: 'final', meta: handoff('port-1688') },
    toKeys: { type: 'final', meta: handoff('key-lookup') },
    toCreate: { type: 'final', meta: handoff('srv-create') },
    toCreateKnown: { type: 'final', meta: handoff('srv-create', 'askPort') },
    toCreateHost: { type: 'final', meta: handoff('srv-create', 'askHost') },
  },
});

/** The DNS SRV record flow. */
export const dnsSrvFlow = defineFlow({ id: 'dns-srv', title: 'DNS SRV record', machine });
