// The project's own commands, placed: the ones a reader claims, each with outputs in the shape it
// prints (and the reading they must give), and the ones no reader claims, with the reason.

import { expect } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import { LICENSE_STATUSES, type Facts, type ReadingKind } from '../../src/readers/reading.js';
import {
  CLIENT_PRODUCT, CLIENT_SERVICE, command, eventMessage, eventsOutput, HOST_PRODUCT, HOST_SERVICE, nslookupSrvOutput, resolveSrvOutput,
  returnValueOutput, sample, twinOutput, variant,
} from './own-outputs.js';
import { NOW, usDate } from './twin-output.js';

/** One output of a command and what reading it must give. */
export interface OutputCase {
  name: string;
  text: string;
  kind: ReadingKind;
  facts?: Facts;
  code?: string;
}

const statuses = (key: string, product: object, perPipeline: (p: object) => object[][], more: (n: number) => Facts = () => ({})): OutputCase[] =>
  LICENSE_STATUSES.map((status, n) => ({
    name: `LicenseStatus ${n}`,
    text: twinOutput(command(key), perPipeline({ ...product, LicenseStatus: n }) as never),
    kind: key.startsWith('slmgr-dli-host') ? 'slmgr-dli' : 'slmgr-dlv',
    facts: { licenseStatus: status, ...more(n) },
  }));

const CLIENT_FACTS: Facts = { productName: 'Windows(R), Enterprise edition', channel: 'kms-client', partialKey: '2YT43', notificationReason: '0xC004F074' };
const SLMGR_WORDS = ['Unlicensed', 'Licensed', 'Initial grace period', 'Additional grace period (KMS license expired or hardware out of tolerance)', 'Non-genuine grace period.', 'Notification', 'Extended grace period'];

const srvCases = (id: string): Record<string, () => OutputCase[]> => ({
  [id]: () => [{ name: 'one record', text: nslookupSrvOutput(command(id), 'kms01.corp.contoso.com', 1688), kind: 'nslookup-srv', facts: { srvStatus: 'found', srvRecords: [{ target: 'kms01.corp.contoso.com', port: 1688, priority: 0, weight: 0 }] } }],
  [`${id}.twin`]: () => [{ name: 'one record', text: resolveSrvOutput(command(`${id}.twin`), 'kms01.corp.contoso.com', 1688), kind: 'resolve-dnsname-srv', facts: { srvStatus: 'found', srvRecords: [{ target: 'kms01.corp.contoso.com', port: 1688, priority: 0, weight: 0 }] } }],
});

/** The commands and twins a reader claims, with outputs in their own shape. */
export const READS: Record<string, () => OutputCase[]> = {
  'slmgr-dlv': () => [{ name: 'a client in notification', text: sample('dlv-kms-client-error-1.txt'), kind: 'slmgr-dlv', code: '0xC004F00F', facts: { channel: 'kms-client', licenseStatus: 'notification', notificationReason: '0xC004F00F', partialKey: 'J464C' } }],
  'slmgr-dlv.twin': () => statuses('slmgr-dlv.twin', CLIENT_PRODUCT, (p) => [[p]], (n) => ({ ...CLIENT_FACTS, licenseStatusText: SLMGR_WORDS[n] })),
  'slmgr-dli': () => [{ name: 'a licensed client', text: sample('dli-kms-client-1.txt'), kind: 'slmgr-dli', facts: { channel: 'kms-client', licenseStatus: 'licensed', partialKey: 'DVQ7P' } }],
  'slmgr-dli.twin': () => statuses('slmgr-dli.twin', CLIENT_PRODUCT, (p) => [[p]], () => CLIENT_FACTS),
  'slmgr-dli-host': () => [{ name: 'a KMS host', text: sample('dli-kms-host-1.txt'), kind: 'slmgr-dli', facts: { channel: 'kms-host', currentCount: 2, listeningPort: 1688, side: 'host' } }],
  'slmgr-dli-host.twin': () => [{ name: 'a KMS host', text: twinOutput(command('slmgr-dli-host.twin'), [[HOST_SERVICE]]), kind: 'slmgr-dli', facts: { currentCount: 18, listeningPort: 1688, dnsPublishing: true, side: 'host' } }],
  'slmgr-dlv-host': () => [{ name: 'a KMS host', text: variant('dlv-kms-host-fr.txt'), kind: 'slmgr-dlv', facts: { channel: 'kms-host', licenseStatus: 'licensed', side: 'host' } }],
  'slmgr-dlv-host.twin': () => statuses('slmgr-dlv-host.twin', HOST_PRODUCT, (p) => [[p], [HOST_SERVICE]], () => ({ channel: 'kms-host', currentCount: 18, listeningPort: 1688, side: 'host' })),
  'slmgr-dlv-all': () => [{ name: 'every edition', text: variant('dlv-all-en.txt'), kind: 'slmgr-dlv', facts: { channel: 'kms-client', partialKey: '2YT43', licenseStatus: 'licensed' } }],
  'slmgr-dlv-all.twin': () => statuses('slmgr-dlv-all.twin', { ...CLIENT_PRODUCT, ID: '73111121-5638-40f6-bc11-f1d7b0d64300' }, (p) => [[p]], () => ({ channel: 'kms-client', partialKey: '2YT43', activationId: '73111121-5638-40f6-bc11-f1d7b0d64300' })),
  'slmgr-dlv-remote': () => [{ name: 'a client in notification', text: `C:\\>cscript //nologo %windir%\\system32\\slmgr.vbs pc042 /dlv\r\n${sample('dlv-kms-client-error-1.txt')}`, kind: 'slmgr-dlv', facts: { licenseStatus: 'notification', notificationReason: '0xC004F00F' } }],
  'slmgr-dlv-remote.twin': () => statuses('slmgr-dlv-remote.twin', CLIENT_PRODUCT, (p) => [[p]], () => ({ productName: CLIENT_FACTS.productName, channel: 'kms-client', notificationReason: '0xC004F074' })),
  'slmgr-xpr': () => [
    { name: 'volume', text: variant('xpr-volume.txt'), kind: 'slmgr-xpr', facts: { expiry: '5/21/2027 2:03:11 PM' } },
    { name: 'permanent', text: variant('xpr-permanent.txt'), kind: 'slmgr-xpr', facts: { permanent: true } },
  ],
  'slmgr-xpr.twin': () => [
    { name: 'a KMS activation, 180 days left', text: twinOutput(command('slmgr-xpr.twin'), [[{ ...CLIENT_PRODUCT, LicenseStatus: 1, GracePeriodRemaining: 259200 }]]), kind: 'slmgr-xpr', facts: { licenseStatus: 'licensed', expiry: usDate(new Date(NOW + 259200 * 60_000)) } },
    { name: 'permanent', text: twinOutput(command('slmgr-xpr.twin'), [[{ ...CLIENT_PRODUCT, LicenseStatus: 1, GracePeriodRemaining: 0 }]]), kind: 'slmgr-xpr', facts: { licenseStatus: 'licensed', permanent: true } },
    { name: 'an evaluation', text: twinOutput(command('slmgr-xpr.twin'), [[{ ...CLIENT_PRODUCT, Description: 'Windows(R) Operating System, TIMEBASED_EVAL channel', LicenseStatus: 1, GracePeriodRemaining: 4000 }]]), kind: 'slmgr-xpr', facts: { channel: 'eval', licenseStatus: 'licensed' } },
  ],
  'slmgr-ato': () => [
    { name: 'failed', text: sample('ato-error-0xc004f074-en-1.txt'), kind: 'slmgr-ato', code: '0xC004F074' },
    { name: 'activated', text: variant('ato-success-skms.txt'), kind: 'slmgr-ato', facts: { activated: true } },
  ],
  'slmgr-ato.twin': () => [{ name: 'ReturnValue 0', text: returnValueOutput(command('slmgr-ato.twin')), kind: 'slmgr-ato', facts: { activated: true } }],
  'slmgr-ato-remote': () => [{ name: 'failed', text: sample('ato-error-0xc004f074-en-1.txt'), kind: 'slmgr-ato', code: '0xC004F074' }],
  'slmgr-ato-remote.twin': () => [{ name: 'ReturnValue 0', text: returnValueOutput(command('slmgr-ato-remote.twin')), kind: 'slmgr-ato', facts: { activated: true } }],
  ...srvCases('nslookup-srv'),
  ...srvCases('nslookup-srv-zone'),
  ...srvCases('nslookup-srv-host-domain'),
  'nslookup-srv-suffix': () => [{ name: 'one record', text: nslookupSrvOutput({ ...command('nslookup-srv-suffix'), text: 'nslookup -type=all _vlmcs._tcp.corp.contoso.com' }, 'kms01.corp.contoso.com', 1688), kind: 'nslookup-srv', facts: { srvStatus: 'found' } }],
  'test-port': () => [{ name: 'open', text: sample('test-netconnection-1688-ok-1.txt'), kind: 'test-netconnection', facts: { tcp: expect.objectContaining({ succeeded: true, port: 1688 }) as never } }],
  'test-port-azure': () => [{ name: 'open', text: sample('test-netconnection-1688-ok-1.txt'), kind: 'test-netconnection', facts: { tcp: expect.objectContaining({ succeeded: true }) as never } }],
  'internet-check': () => [{ name: 'closed', text: sample('test-netconnection-1688-fail-1.txt'), kind: 'test-netconnection', facts: { tcp: expect.objectContaining({ succeeded: false }) as never } }],
  'w32tm-stripchart': () => [{ name: 'offsets', text: sample('w32tm-stripchart-offset-1.txt'), kind: 'w32tm-stripchart', facts: { ntpTarget: 'foo.my.domain' } }],
  'w32tm-status': () => [{ name: 'a domain member', text: variant('w32tm-status-domain.txt'), kind: 'w32tm-status', facts: { timeSource: 'dc01.corp.contoso.com' } }],
  'events-client': () => [{
    name: '12288 and 12289',
    text: eventsOutput(command('events-client'), [
      { id: 12289, time: '11/23/2026 2:12:41 PM', message: eventMessage(12289, '0x0, 0x00000000, 1, 0, 25, 0x0, 0x0, 2026/11/23 14:12') },
      { id: 12288, time: '11/23/2026 2:12:40 PM', message: eventMessage(12288, '0x0, 0x00000000, kms01.corp.contoso.com:1688, 5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10, 2026/11/23 14:12, 0, 2, 0, 73111121-5638-40f6-bc11-f1d7b0d64300, 25') },
    ]),
    kind: 'event',
    facts: { side: 'client', events: [expect.objectContaining({ id: 12289, activated: true, count: 25 }), expect.objectContaining({ id: 12288, kmsHost: { host: 'kms01.corp.contoso.com', port: 1688 } })] as never },
  }],
  'events-host': () => [{
    name: '12290',
    text: eventsOutput(command('events-host'), [{ id: 12290, time: '11/23/2026 2:12:40 PM', message: eventMessage(12290, '0x0,25,pc042.corp.contoso.com,5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10,2026/11/23 14:12,0,1,259200,73111121-5638-40f6-bc11-f1d7b0d64300') }]),
    kind: 'event',
    facts: { side: 'host', events: [expect.objectContaining({ id: 12290, clientName: 'pc042.corp.contoso.com', result: '0x00000000' })] as never },
  }],
  'events-host-dns': () => [{
    name: '12294',
    text: eventsOutput(command('events-host-dns'), [{ id: 12294, time: '11/23/2026 2:12:40 PM', message: 'Publishing the Key Management Service (KMS) to DNS in the \'corp.contoso.com\' domain is successful.' }]),
    kind: 'event',
    facts: { side: 'host', events: [expect.objectContaining({ id: 12294, domain: 'corp.contoso.com' })] as never },
  }],
  'client-kms-info': () => [{ name: 'found through DNS', text: twinOutput(command('client-kms-info'), [[CLIENT_SERVICE]]), kind: 'slmgr-dlv', facts: { cmid: '5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10', kmsHostDiscovered: { host: 'kms01.corp.contoso.com', port: 1688 }, side: 'client' } }],
  'kms-lookup-domain': () => [{ name: 'a lookup domain set', text: twinOutput(command('kms-lookup-domain'), [[{ ...CLIENT_SERVICE, KeyManagementServiceLookupDomain: 'emea.contoso.com' }]]), kind: 'slmgr-dlv', facts: { lookupDomain: 'emea.contoso.com' } }],
};

const reason = (why: string, ids: string[]) => Object.fromEntries(ids.map((id) => [id, why]));

/** The commands and twins no reader claims, and why. */
export const NOT_READ: Record<string, string> = {
  ...reason('changes something and prints only that it did (a line, or ReturnValue 0 for every method)', [
    'slmgr-ipk', 'slmgr-ipk.twin', 'slmgr-skms', 'slmgr-skms.twin', 'slmgr-ckms', 'slmgr-ckms.twin', 'slmgr-skms-domain', 'slmgr-skms-domain.twin',
    'slmgr-ckms-domain', 'slmgr-ckms-domain.twin', 'slmgr-atp', 'slmgr-atp.twin', 'slmgr-rearm', 'slmgr-rearm.twin', 'slmgr-rilc', 'slmgr-rilc.twin',
    'slmgr-upk', 'slmgr-upk.twin', 'slmgr-cpky', 'slmgr-cpky.twin', 'slmgr-sdns', 'slmgr-sdns.twin', 'slmgr-cdns', 'slmgr-cdns.twin', 'slmgr-sprt',
    'slmgr-sprt.twin', 'slmgr-skhc', 'slmgr-skhc.twin', 'slmgr-ckhc', 'slmgr-ckhc.twin', 'slmgr-ipk-host', 'slmgr-ipk-host.twin', 'slmgr-skms-azure',
    'slmgr-skms-azure.twin', 'slmgr-skms-domain-host', 'slmgr-skms-domain-host.twin', 'dns-add-kms-srv', 'firewall-kms-rule-enable',
    'restart-sppsvc-host', 'net-stop-sppsvc', 'net-start-sppsvc', 'ren-tokens-dat', 'restart-sppsvc', 'dism-set-edition', 'set-dns-server',
    'ipconfig-flushdns', 'ipconfig-flushdns.twin', 'dns-remove-vlmcs', 'dnscmd-add-vlmcs', 'dnscmd-add-vlmcs.twin', 'bind-zone-line-vlmcs',
    'bind-reload-zone', 'bind-nsupdate-vlmcs', 'bind-allow-update-kms', 'bind-reload-all', 'reg-publish-list-set', 'install-volume-activation',
    'ipconfig-registerdns', 'ipconfig-registerdns.twin', 'start-sppsvc', 'w32tm-resync', 'schtask-run-highest', 'install-volume-activation-role',
    'reg-publish-list-add', 'w32tm-config-pdc', 'reg-export-enum-root', 'reg-clear-skiprearm', 'reg-clear-skiprearm.twin',
    'firewall-kms-rule-enable-netsh', 'sysprep-generalize', 'w32tm-config-domhier', 'w32tm-config-peers', 'restart-w32time', 'script-elevation-guard',
    'script-elevation-guard.twin',
  ]),
  ...reason('no question reads it: the technician reads it by eye (the step says what to look for)', [
    'nslookup-kms-host', 'nslookup-kms-host.twin', 'nslookup-soa', 'nslookup-soa.twin', 'firewall-kms-rule', 'check-elevated', 'check-elevated.twin',
    'dism-get-intl', 'sfc-verifyonly', 'events-8198', 'events-spp-errors', 'nslookup-kms-host-dns', 'nslookup-kms-host-dns.twin', 'psping-kms',
    'ping-dns-server', 'ping-dns-server.twin', 'dism-get-current-edition', 'dism-get-target-editions', 'slmgr-ao-list', 'slmgr-ao-list.twin',
    'ad-schema-version', 'rearm-count', 'nslookup-soa-zone', 'nslookup-soa-zone.twin', 'nslookup-soa-server', 'nslookup-soa-server.twin',
    'kms-host-fqdn', 'dns-get-vlmcs', 'dns-get-vlmcs-zone', 'bind-show-config', 'bind-check-zones', 'reg-publish-list', 'systeminfo-domain',
    'systeminfo-domain.twin', 'slui-text', 'ipconfig-all', 'ipconfig-all.twin', 'get-service-sppsvc', 'reg-dns-publishing', 'utc-now', 'host-updates',
    'host-os-version', 'phone-numbers', 'check-admin-member', 'check-admin-member.twin', 'schtask-runlevel', 'check-elevated-remote',
    'get-volume-activation-role', 'reg-query-publish-list', 'reg-query-publish-list.twin', 'acl-enum-root-system', 'acl-enum-root-subkeys',
    'hotfix-kb971033', 'os-version', 'os-version.twin', 'bios-serial', 'reg-query-skiprearm', 'reg-query-skiprearm.twin', 'firewall-kms-rule-netsh',
    'kms-port-listening', 'nslookup-azkms', 'nslookup-azkms.twin', 'sysprep-generalize-log', 'sysprep-generalize-log.twin', 'get-service-sppsvc-start',
    'slmgr-dti', 'slmgr-dti.twin', 'events-sppsvc', 'pdc-emulator',
  ]),
};

/** Every command and twin of data/commands, as `id` and `id.twin`. */
export const everyKey = (): string[] => Object.entries(getCatalog().commands).flatMap(([id, c]) => [id, ...(c.twin ? [`${id}.twin`] : [])]);

