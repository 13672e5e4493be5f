// The client-side branch of the dns-srv flow: the record is right, yet the client still does
// not activate. Does the client look in the domain by itself (its DNS suffix), does it have a
// KMS client key (the channel; 0x8007007B starts here), and does it activate when pointed
// straight at the host (also offered when the host does not publish)? The ends: fix the
// suffix, keep the host set by hand, or fix the host's name record.

import { derive, question, resolution } from '../lib/builders.js';
import type { FlowContext } from '../lib/context.js';

const hasDomain = ({ context }: { context: FlowContext }) => context.answers.domain !== undefined;

/**
 * Remembers that the technician saw "VOLUME_KMSCLIENT channel". Answers travel from flow to
 * flow, so the entry of dns-srv (channelFirst in dns-srv.ts) never asks the channel twice.
 */
const kmsClientChannel = derive(() => ({ keyChannel: 'VOLUME_KMSCLIENT' }));

/** The channel question was answered: this PC has a KMS client setup key. */
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
      ],
      help: {
        commands: [{ ref: 'ipconfig-all' }],
        lookFor: '"Primary Dns Suffix" and the "DNS Suffix Search List" must include {domain}. KeyManagementServiceLookupDomain stays empty unless someone ran slmgr /skms-domain; when set, the client looks only there.',
      },
    }),
    on: { OTHER_DOMAIN: 'suffixFix', SAME: 'channel' },
  },
  channel: {
    meta: question({
      title: 'What does the Description line of slmgr /dlv say?',
      body: ['Microsoft has seen 0x8007007B on PCs with a retail key while DNS was fine: only a PC with a KMS client setup key activates against a KMS host.'],
      commands: [{ ref: 'slmgr-dlv' }],
      options: [
        { label: 'VOLUME_KMSCLIENT channel: a KMS client', event: 'KMS_CLIENT' },
        { label: 'RETAIL or OEM channel: find the KMS client setup key', event: 'WRONG_KEY' },
      ],
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'The line ends with the channel, e.g. "Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel". In PowerShell, ProductKeyChannel Volume:GVLK is a KMS client; Retail or OEM:DM is not.',
      },
      reads: 'channel-kms-client',
    }),
    on: {
      KMS_CLIENT: [
        { guard: hasDomain, target: 'tryDirect', actions: kmsClientChannel },
        { target: 'askDomain', actions: kmsClientChannel },
      ],
      WRONG_KEY: 'toKeys',
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
      ],
      help: {
        commands: [{ ref: 'nslookup-kms-host' }],
        lookFor: 'slmgr /skms prints "Key Management Service machine name set to {kmsHostPort} successfully.", then slmgr /ato "Product activated successfully." or an error. To try the address: nslookup {kmsHost} gives it; run slmgr /skms <address>:{port} and slmgr /ato again.',
      },
      reads: 'ato-direct',
    }),
    on: { WORKS: 'directWorks', NAME_FAILS: 'nameResolution', BOTH_FAIL: 'toPort' },
  },

  suffixFix: {
    type: 'final',
    meta: resolution({
      title: 'Make the client look for the record in {domain}',
      cause: 'The record is in {domain}, but the client\'s activation service looks in another domain: its primary DNS suffix, the domain DHCP gives it, or one set with slmgr /skms-domain. nslookup finding a record does not prove the activation service can.',
      steps: [
        'Compare "Primary Dns Suffix" and "Connection-specific DNS Suffix" (ipconfig /all) and the lookup domain (second command) with {domain}.',
        'For this client: tell it to look in {domain} (slmgr /skms-domain), then activate.',
        'For many clients: give them the right DNS suffix (join the domain, or set DHCP option 15), or have the KMS host publish in their domain too: add that domain as a line of DnsDomainPublishList under HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform on the host, then restart its Software Protection service.',
      ],
      commands: [
        { ref: 'ipconfig-all' }, { ref: 'kms-lookup-domain' }, { ref: 'reg-publish-list' },
        { ref: 'slmgr-skms-domain' }, { ref: 'slmgr-ato' },
      ],
      verify: [{ ref: 'kms-lookup-domain' }, { ref: 'ato-success' }, { ref: 'dlv-kms-licensed' }],
    }),
  },
  directWorks: {
    type: 'final',
    meta: resolution({
      title: 'The client activates with the host set by hand',
      cause: 'The client reaches {kmsHost} and activates, so the host and the network are fine: only finding the host through DNS fails. The SRV record is not where this client looks.',
      steps: [
        'You can leave it like this: the client renews with {kmsHost} by itself. But if that host is ever replaced, this client will not find the new one.',
        'To go back to DNS: fix where the client looks (its DNS suffix, slmgr /skms-domain, or the host\'s DnsDomainPublishList), then clear the host set by hand (slmgr /ckms) and activate again.',
      ],
      commands: [{ ref: 'slmgr-dlv' }, { ref: 'kms-lookup-domain' }, { ref: 'slmgr-ckms' }, { ref: 'slmgr-ato' }],
      verify: [{ ref: 'ato-success' }, { ref: 'kms-found-by-dns' }],
    }),
  },
  nameResolution: {
    type: 'final',
    meta: resolution({
      title: 'Fix the name record of {kmsHost}',
      cause: 'The client reaches the KMS host by its address but not by its name: the name\'s address (A) record is missing or old, or the client asks a DNS server that does not know it.',
      steps: [
        'Compare the address nslookup gives for {kmsHost} with the one ipconfig /all shows on the KMS host.',
        'Fix the host\'s A record on the DNS server (DNS Manager: the zone > the host > Properties), or have the KMS host register its address again (ipconfig /registerdns on the host).',
        'On the client, forget the cached answers, point it at the name again and activate.',
        'Until then the client can use the address: slmgr /skms <address>:{port} (it stays set until slmgr /ckms).',
      ],
      commands: [
        { ref: 'nslookup-kms-host', where: 'client' }, { ref: 'ipconfig-all', where: 'kms-host', purpose: 'Show the KMS host\'s own address' },
        { ref: 'ipconfig-registerdns' }, { ref: 'ipconfig-flushdns' }, { ref: 'slmgr-skms' }, { ref: 'slmgr-ato' },
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
