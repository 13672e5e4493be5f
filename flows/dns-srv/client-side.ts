// The client-side branch of the dns-srv flow: the record is right, yet the client still does
// not activate. Does the client look in the domain by itself (its DNS suffix), does it have a
// KMS client key (the channel; 0x8007007B starts here), and does it activate when pointed
// straight at the host (also offered when the host does not publish)? The ends: fix the
// suffix, keep the host set by hand, or fix the host's name record.

import { derive, question, resolution } from '../lib/builders.js';
import { NOT_CHECKED, pasteable } from '../lib/not-checked.js';
import type { FlowContext } from '../lib/context.js';

const hasDomain = ({ context }: { context: FlowContext }) => context.answers.domain !== undefined;

/**
 * Remembers that the technician saw "VOLUME_KMSCLIENT channel". Answers travel from flow to
 * flow, so the entry of dns-srv (channelFirst in dns-srv.ts) never asks the channel twice.
 */
const kmsClientChannel = derive(() => ({ keyChannel: 'VOLUME_KMSCLIENT' }));

/** The channel question was asked and not answered: the entry must not ask it again either. */
const channelNotChecked = derive(() => ({ keyChannel: 'not checked' }));

/** The channel question was answered (or passed over): ask it no more. */
export const channelChecked = ({ context }: { context: FlowContext }) => context.answers.keyChannel !== undefined;

/** The suffix, channel and try-direct questions, with their ends. */
export const clientSideBranch = {
  suffixCheck: {
    meta: question({
      title: 'Does the client look in {domain} by itself?',
      body: ['nslookup uses the domain you type; the activation service uses the client\'s own domain. Run these on the client: the first adds the client\'s own DNS suffix.'],
      commands: [{ ref: 'nslookup-srv-suffix' }, { ref: 'kms-lookup-domain' }],
      options: [
        { label: 'The first finds nothing, or a lookup domain other than {domain} is set', event: 'OTHER_DOMAIN' },
        { label: 'It finds the same _vlmcs._tcp.{domain} record', event: 'SAME' },
        NOT_CHECKED,
      ],
      help: {
        commands: [{ ref: 'ipconfig-all' }],
        lookFor: '"Primary Dns Suffix" and the "DNS Suffix Search List" must include {domain}. KeyManagementServiceLookupDomain stays empty unless someone ran slmgr /skms-domain; when set, the client looks only there.',
      },
    }),
    // Not known: the next check, the key's channel, does not need the answer.
    on: { OTHER_DOMAIN: 'suffixFix', SAME: 'channel', NOT_CHECKED: 'channel' },
  },
  channel: {
    meta: question({
      title: 'What does the Description line of slmgr /dlv say?',
      body: ['Microsoft has seen 0x8007007B on PCs with a retail key while DNS was fine: only a PC with a KMS client setup key activates against a KMS host.'],
      commands: [{ ref: 'slmgr-dlv' }],
      options: [
        { label: 'VOLUME_KMSCLIENT channel: a KMS client', event: 'KMS_CLIENT' },
        { label: 'RETAIL or OEM channel: find the KMS client setup key', event: 'WRONG_KEY' },
        NOT_CHECKED,
      ],
      help: pasteable({
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'The line ends with the channel, e.g. "Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel". In PowerShell, ProductKeyChannel Volume:GVLK is a KMS client; Retail or OEM:DM is not.',
      }),
      reads: 'channel-kms-client',
    }),
    on: {
      KMS_CLIENT: [
        { guard: hasDomain, target: 'tryDirect', actions: kmsClientChannel },
        { target: 'askDomain', actions: kmsClientChannel },
      ],
      WRONG_KEY: 'toKeys',
      // Not known: the next check, pointing the client at the host, does not need the channel.
      NOT_CHECKED: [
        { guard: hasDomain, target: 'tryDirect', actions: channelNotChecked },
        { target: 'askDomain', actions: channelNotChecked },
      ],
    },
  },
  tryDirect: {
    meta: question({
      title: 'Point the client straight at {kmsHost}: does it activate?',
      body: ['This skips DNS: the client uses this host until slmgr /ckms clears it. Run both in an elevated prompt on the client.'],
      commands: [{ ref: 'slmgr-skms' }, { ref: 'slmgr-ato' }],
      options: [
        { label: '"Product activated successfully."', event: 'WORKS' },
        { label: 'It fails with the name, but works with the host\'s IP address', event: 'NAME_FAILS' },
        { label: 'It fails with the name and with the IP address', event: 'BOTH_FAIL' },
        NOT_CHECKED,
      ],
      help: pasteable({
        commands: [{ ref: 'nslookup-kms-host' }],
        lookFor: 'slmgr /skms prints "Key Management Service machine name set to {kmsHostPort} successfully.", then slmgr /ato "Product activated successfully." or an error. To try the address: nslookup {kmsHost} gives it; run slmgr /skms <address>:{port} and slmgr /ato again.',
      }),
      reads: 'ato-direct',
    }),
    // Not known: the port test on {kmsHost} is the next check.
    on: { WORKS: 'directWorks', NAME_FAILS: 'nameResolution', BOTH_FAIL: 'toPort', NOT_CHECKED: 'toPort' },
  },

  suffixFix: {
    type: 'final',
    meta: resolution({
      title: 'Make the client look in {domain}',
      cause: 'The record is in {domain}, but the client\'s activation service looks in another domain: its primary DNS suffix, the one DHCP gives it, or one set with slmgr /skms-domain. nslookup finding a record does not prove the service can.',
      steps: [
        { text: 'On the client, compare "Primary Dns Suffix" and "Connection-specific DNS Suffix" with {domain}…', commands: [{ ref: 'ipconfig-all' }] },
        { text: '…and the lookup domain, if one is set.', commands: [{ ref: 'kms-lookup-domain' }] },
        { text: 'For this client: tell it to look in {domain} (elevated)…', commands: [{ ref: 'slmgr-skms-domain' }] },
        { text: '…then activate.', commands: [{ ref: 'slmgr-ato' }] },
        {
          text: 'For many clients: give them the right DNS suffix (join the domain, or DHCP option 15), or have the KMS host publish in their domain too: add it as a line of DnsDomainPublishList on the host (shown here), then restart its Software Protection service.',
          commands: [{ ref: 'reg-publish-list' }],
        },
      ],
      verify: [{ ref: 'kms-lookup-domain' }, { ref: 'ato-success' }, { ref: 'dlv-kms-licensed' }],
    }),
  },
  directWorks: {
    type: 'final',
    meta: resolution({
      title: 'The host works when set by hand',
      cause: 'The client reaches {kmsHost} and activates, so the host and the network are fine: only finding the host through DNS fails. The SRV record is not where this client looks.',
      steps: [
        { text: 'On the client, the licence is fine now. You can leave it so: it renews with {kmsHost} by itself, but will not find a new host if that one is replaced.', commands: [{ ref: 'slmgr-dlv' }] },
        { text: 'To go back to DNS, see where the client looks and fix that: its DNS suffix, slmgr /skms-domain, or the host\'s DnsDomainPublishList.', commands: [{ ref: 'kms-lookup-domain' }] },
        { text: 'Then clear the host set by hand (elevated)…', commands: [{ ref: 'slmgr-ckms' }] },
        { text: '…and activate again.', commands: [{ ref: 'slmgr-ato' }] },
      ],
      verify: [{ ref: 'ato-success' }, { ref: 'kms-found-by-dns' }],
    }),
  },
  nameResolution: {
    type: 'final',
    meta: resolution({
      title: 'Fix the name record of {kmsHost}',
      cause: 'The client reaches the KMS host by its address but not by its name: the name\'s address (A) record is missing or old, or the client asks a DNS server that does not know it.',
      steps: [
        { text: 'On the client, look {kmsHost} up…', commands: [{ ref: 'nslookup-kms-host', where: 'client' }] },
        { text: '…and compare with the address the KMS host shows.', commands: [{ ref: 'ipconfig-all', where: 'kms-host', purpose: 'Show the KMS host\'s own address' }] },
        { text: 'Fix the host\'s A record on the DNS server (DNS Manager: the zone > the host > Properties), or have the KMS host register its address again (elevated).', commands: [{ ref: 'ipconfig-registerdns' }] },
        { text: 'On the client, forget the cached answers…', commands: [{ ref: 'ipconfig-flushdns' }] },
        { text: '…point it at the name again…', commands: [{ ref: 'slmgr-skms' }] },
        { text: '…and activate.', commands: [{ ref: 'slmgr-ato' }] },
        'Until then, the client can use the address: slmgr /skms <address>:{port} (it stays set until slmgr /ckms).',
      ],
      verify: [
        {
          text: 'On the client, look the KMS host\'s name up again.',
          command: { ref: 'nslookup-kms-host', where: 'client' },
          expect: 'The address given for {kmsHost} is the one ipconfig /all shows on the KMS host',
        },
        { ref: 'ato-success' },
        { ref: 'dlv-kms-licensed' },
      ],
    }),
  },
} as const;
