// "Check that it worked": every check of data/verify.json that runs a command shows what success
// looks like; the readers read that output, in the command's own shape (slmgr's, and its
// PowerShell twin's), as that success — or the command is one no reader claims (own-commands).

import { describe, expect, it } from 'vitest';
import { getCatalog, resolveCommand } from '../../src/catalog/catalog.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import type { Facts } from '../../src/readers/reading.js';
import { NOT_READ } from './command-table.js';
import {
  CLIENT_PRODUCT, CLIENT_SERVICE, command, eventMessage, eventsOutput, HOST_PRODUCT, HOST_SERVICE, nslookupSrvOutput, resolveSrvOutput,
  sample, twinOutput, variant,
} from './own-outputs.js';
import { NOW, usDate } from './twin-output.js';

/** A check's success, as its command and its twin print it, and the facts that say so. */
interface Success {
  cmd: () => string;
  twin?: () => string;
  facts: Facts;
  /** Facts the output must not show. */
  absent?: (keyof Facts)[];
}

const LICENSED = { ...CLIENT_PRODUCT, LicenseStatus: 1, LicenseStatusReason: 0 };
const MAK = { ...LICENSED, Description: 'Windows(R) Operating System, VOLUME_MAK channel', ProductKeyChannel: 'Volume:MAK' };
const MAK_DLV = [
  'Name: Windows(R), Enterprise edition',
  'Description: Windows(R) Operating System, VOLUME_MAK channel',
  'Activation ID: 2c060131-0e43-4e01-adc1-cf5ad1100da8',
  'Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f',
  'Product Key Channel: Volume:MAK',
  'Partial Product Key: 7KXRQ',
  'License Status: Licensed',
].join('\r\n');

const dlvLicensed = (facts: Facts = {}): Success => ({
  cmd: () => variant('dlv-all-en.txt'),
  twin: () => twinOutput(command('slmgr-dlv.twin'), [[LICENSED]]),
  facts: { licenseStatus: 'licensed', channel: 'kms-client', ...facts },
});
const hostLicensed: Success = {
  cmd: () => variant('dlv-kms-host-fr.txt'),
  twin: () => twinOutput(command('slmgr-dlv-host.twin'), [[HOST_PRODUCT], [HOST_SERVICE]]),
  facts: { licenseStatus: 'licensed', channel: 'kms-host' },
};
const hostCount: Success = {
  cmd: () => sample('dli-kms-host-1.txt'),
  twin: () => twinOutput(command('slmgr-dli-host.twin'), [[HOST_SERVICE]]),
  facts: { listeningPort: 1688, side: 'host', currentCount: expect.any(Number) as never },
};
const published: Success = {
  cmd: () => eventsOutput(command('events-host-dns'), [{ id: 12294, time: '11/23/2026 2:12:40 PM', message: 'Publishing the Key Management Service (KMS) to DNS in the \'corp.contoso.com\' domain is successful.' }]),
  facts: { side: 'host', events: [expect.objectContaining({ id: 12294, domain: 'corp.contoso.com' })] as never },
};
const srvFound = (id: string): Success => ({
  cmd: () => nslookupSrvOutput(command(id), 'kms01.corp.contoso.com', 1688),
  twin: () => resolveSrvOutput(command(`${id}.twin`), 'kms01.corp.contoso.com', 1688),
  facts: { srvStatus: 'found', srvRecords: [expect.objectContaining({ target: 'kms01.corp.contoso.com', port: 1688 })] as never },
});
const kmsInfo = (values: object, facts: Facts, absent?: (keyof Facts)[]): Success => ({ cmd: () => twinOutput(command('client-kms-info'), [[{ ...CLIENT_SERVICE, ...values }]]), facts, ...(absent ? { absent } : {}) });
const portOpen: Success = { cmd: () => sample('test-netconnection-1688-ok-1.txt'), facts: { tcp: expect.objectContaining({ succeeded: true }) as never } };

/** What success looks like for each check whose command a reader claims. */
const SUCCESS: Record<string, Success> = {
  'dlv-licensed': dlvLicensed(),
  'dlv-kms-licensed': { ...dlvLicensed(), cmd: () => variant('dlv-all-en.txt'), facts: { licenseStatus: 'licensed', channel: 'kms-client' } },
  'dlv-mak-licensed': { cmd: () => MAK_DLV, twin: () => twinOutput(command('slmgr-dlv.twin'), [[MAK]]), facts: { licenseStatus: 'licensed', channel: 'mak' } },
  'dlv-new-key-licensed': dlvLicensed({ partialKey: expect.any(String) as never }),
  'dlv-setup-key-licensed': dlvLicensed({ partialKey: expect.any(String) as never }),
  'dlv-adba-licensed': dlvLicensed(),
  'dlv-avma-licensed': dlvLicensed(),
  'xpr-volume': {
    cmd: () => variant('xpr-volume.txt'),
    twin: () => twinOutput(command('slmgr-xpr.twin'), [[{ ...LICENSED, GracePeriodRemaining: 259200 }]]),
    facts: { expiry: expect.any(String) as never },
  },
  'xpr-permanent': { cmd: () => variant('xpr-permanent.txt'), twin: () => twinOutput(command('slmgr-xpr.twin'), [[{ ...LICENSED, GracePeriodRemaining: 0 }]]), facts: { permanent: true } },
  'client-12289-activated': {
    cmd: () => eventsOutput(command('events-client'), [{ id: 12289, time: '11/23/2026 2:12:41 PM', message: eventMessage(12289, '0x0, 0x00000000, 1, 0, 25, 0x0, 0x0, 2026/11/23 14:12') }]),
    facts: { side: 'client', events: [expect.objectContaining({ id: 12289, result: '0x00000000', activated: true })] as never },
  },
  'kms-found-by-dns': kmsInfo({}, { kmsHostDiscovered: { host: 'kms01.corp.contoso.com', port: 1688 } }, ['kmsHostRegistered']),
  'kms-set-by-hand': kmsInfo({ KeyManagementServiceMachine: 'kms01.corp.contoso.com', KeyManagementServicePort: 1688 }, { kmsHostRegistered: { host: 'kms01.corp.contoso.com', port: 1688 } }),
  'new-cmid': kmsInfo({ ClientMachineID: 'c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b' }, { cmid: 'c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b' }),
  'kms-lookup-domain': { cmd: () => twinOutput(command('kms-lookup-domain'), [[{ ...CLIENT_SERVICE, KeyManagementServiceLookupDomain: 'corp.contoso.com' }]]), facts: { lookupDomain: 'corp.contoso.com' } },
  'port-open': portOpen,
  'port-open-azure': portOpen,
  'srv-found': srvFound('nslookup-srv'),
  'srv-found-zone': srvFound('nslookup-srv-zone'),
  'host-published': published,
  'host-published-zone': published,
  'host-published-each': published,
  'host-dlv-licensed': hostLicensed,
  'host-new-key-licensed': hostLicensed,
  'host-count-rising': hostCount,
  'host-count-enough': hostCount,
  'host-kms-listening': hostCount,
  'host-12290-client': {
    cmd: () => eventsOutput(command('events-host'), [{ id: 12290, time: '11/23/2026 2:12:40 PM', message: eventMessage(12290, '0x0,25,pc042.corp.contoso.com,5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10,2026/11/23 14:12,0,1,259200,73111121-5638-40f6-bc11-f1d7b0d64300') }]),
    facts: { side: 'host', events: [expect.objectContaining({ id: 12290, clientName: 'pc042.corp.contoso.com', result: '0x00000000' })] as never },
  },
  'clock-synced': { cmd: () => variant('w32tm-status-domain.txt'), facts: { timeSource: 'dc01.corp.contoso.com' } },
};

/** The checks that run a command, with that command's library id. */
function checksWithCommands(): { id: string; ref: string; hasTwin: boolean }[] {
  return Object.entries(getCatalog().verify).flatMap(([id, step]) => {
    if (!step.command || !('ref' in step.command)) return [];
    return [{ id, ref: step.command.ref, hasTwin: resolveCommand(step.command).twin !== undefined }];
  });
}

describe('every check that runs a command is read as success, or its command is one no reader claims', () => {
  const checks = checksWithCommands();

  it('finds the checks', () => {
    expect(checks.length).toBeGreaterThan(35);
  });

  it('each is placed', () => {
    const unplaced = checks.filter((c) => !(c.id in SUCCESS) && !(c.ref in NOT_READ)).map((c) => `${c.id} (${c.ref})`);
    expect(unplaced).toEqual([]);
    const both = checks.filter((c) => c.id in SUCCESS && c.ref in NOT_READ).map((c) => c.id);
    expect(both).toEqual([]);
  });

  const cases = checks.filter((c) => c.id in SUCCESS).flatMap((c) => {
    const s = SUCCESS[c.id]!;
    if (c.hasTwin) expect(s.twin, `${c.id}: its command has a twin`).toBeDefined();
    return [[`${c.id} (${c.ref})`, s.cmd, s] as const, ...(s.twin ? [[`${c.id} (${c.ref}, PowerShell)`, s.twin, s] as const] : [])];
  });
  it.each(cases)('%s', (_name, text, s) => {
    const reading = readOutput(text());
    expect(reading.kind).not.toBe('unknown');
    expect(reading.facts).toMatchObject(s.facts);
    for (const key of s.absent ?? []) expect(reading.facts[key], key).toBeUndefined();
  });
});

describe('the /xpr twin shows what slmgr words (item 13)', () => {
  it.each([
    ['a KMS activation', 'Windows(R) Operating System, VOLUME_KMSCLIENT channel', 'VOLUME_KMSCLIENT'],
    ['a timebased evaluation', 'Windows(R) Operating System, TIMEBASED_EVAL channel', 'TIMEBASED_EVAL'],
    ['an Automatic VM Activation', 'Windows(R) Operating System, VIRTUAL_MACHINE_ACTIVATION channel', 'VIRTUAL_MACHINE_ACTIVATION'],
  ])('%s: the channel it is and when it ends, never "Volume activation" for another kind', (_what, description, token) => {
    const text = twinOutput(command('slmgr-xpr.twin'), [[{ ...LICENSED, Description: description, GracePeriodRemaining: 4000 }]]);
    expect(text).not.toMatch(/Volume activation will expire/);
    expect(text).toContain(token);
    expect(readOutput(text).facts).toMatchObject({ licenseStatus: 'licensed', expiry: usDate(new Date(NOW + 4000 * 60_000)) });
  });
});
