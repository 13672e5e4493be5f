// Our own variants of real output: other languages (labels guessed, values as Windows prints
// them), console wraps, CRLF, prompts, tables and lists, several outputs at once.

import { describe, expect, it } from 'vitest';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import type { Facts, ReadingKind } from '../../src/readers/reading.js';
import { variant, variantNames } from './fixtures.js';

interface Expected {
  kind: ReadingKind;
  code?: string;
  facts: Facts;
  parts?: ReadingKind[];
}

const CLIENT_CMID = '5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10';
const event = (e: object) => expect.objectContaining(e) as never;

const EXPECTED: Record<string, Expected> = {
  'ato-error-zh.txt': { kind: 'slmgr-ato', code: '0xC004F074', facts: {} },
  'ato-success-skms.txt': {
    kind: 'slmgr-ato',
    facts: { activated: true, kmsHostRegistered: { host: 'kms01.corp.contoso.com', port: 1688 }, activationId: '73111121-5638-40f6-bc11-f1d7b0d64300' },
  },
  'cim-host-service-list.txt': {
    kind: 'slmgr-dli',
    facts: { currentCount: 18, listeningPort: 1688, dnsPublishing: true, totalRequests: 412, failedRequests: 3, side: 'host' },
  },
  // Unfiltered: every edition; the licensed one with a key is read. Reasons with the failure
  // bit clear (informational) are not errors.
  'cim-product-all.txt': {
    kind: 'slmgr-dlv',
    facts: { productName: 'Windows(R), Enterprise edition', channel: 'kms-client', licenseStatus: 'licensed', partialKey: '2YT43' },
  },
  'cim-product-list.txt': {
    kind: 'slmgr-dlv',
    code: '0xC004F074',
    facts: {
      channel: 'kms-client', channelText: 'Volume:GVLK', licenseStatus: 'notification', notificationReason: '0xC004F074', partialKey: '2YT43',
      kmsHostDiscovered: { host: 'kms01.corp.contoso.com', port: 1688 }, side: 'client',
    },
  },
  'collect-client.json': {
    kind: 'collect',
    code: '0xC004F074',
    facts: {
      computerName: 'PC042', machineDomain: 'corp.contoso.com', domain: 'corp.contoso.com', side: 'client', utcTime: '2026-11-23 14:22:58Z',
      channel: 'kms-client', licenseStatus: 'notification', notificationReason: '0xC004F074', partialKey: '2YT43', cmid: CLIENT_CMID,
      kmsHostDiscovered: { host: 'kms01.corp.contoso.com', port: 1688 }, serviceVersion: '10.0.22631.4460',
      srvName: '_vlmcs._tcp.corp.contoso.com', srvStatus: 'found', srvRecords: [{ target: 'kms01.corp.contoso.com', port: 1688, priority: 0, weight: 0 }],
      tcp: { host: 'kms01.corp.contoso.com', port: 1688, succeeded: false },
      timeSource: 'dc01.corp.contoso.com',
      events: [event({ id: 12288, result: '0x00000000', kmsHost: { host: 'kms01.corp.contoso.com', port: 1688 } })],
    },
  },
  // A host's 12290 events hold its clients' results: not a code of the host's own.
  'collect-host.json': {
    kind: 'collect',
    facts: {
      computerName: 'KMS01', side: 'host', channel: 'kms-host', licenseStatus: 'licensed', kmsHostEnabled: true, currentCount: 3,
      listeningPort: 1688, dnsPublishing: true, utcTime: '2026-11-23 19:35:10Z',
      events: [
        event({ id: 12290, clientName: 'pc043.corp.contoso.com', cmid: CLIENT_CMID }),
        event({ id: 12290, clientName: 'pc042.corp.contoso.com', cmid: CLIENT_CMID }),
        event({ id: 12294, domain: 'corp.contoso.com' }),
      ],
    },
  },
  'dli-kms-client-de.txt': {
    kind: 'slmgr-dli',
    facts: {
      channel: 'kms-client', partialKey: '2YT43', licenseStatus: 'licensed', licenseStatusText: 'Lizenziert', graceMinutes: 259200,
      cmid: CLIENT_CMID, kmsHostDiscovered: { host: 'kms01.corp.contoso.com', port: 1688 }, side: 'client',
    },
  },
  // No label of this one is known: only the shapes are read.
  'dli-kms-client-pl.txt': {
    kind: 'slmgr-dli',
    code: '0xC004F074',
    facts: {
      channel: 'kms-client', partialKey: 'T83GX', notificationReason: '0xC004F074', cmid: '8e2f6a1c-3b4d-4c5e-9f60-7a8b9c0d1e2f',
      kmsHostDiscovered: { host: 'kms02.emea.contoso.com', port: 1688 }, side: 'client',
    },
  },
  // Chinese labels (our rendering); the status words are known, the rest is read by shape.
  'dli-kms-client-zh.txt': {
    kind: 'slmgr-dli',
    facts: {
      channel: 'kms-client', partialKey: '2YT43', licenseStatus: 'licensed', graceMinutes: 259200, cmid: CLIENT_CMID,
      kmsHostDiscovered: { host: 'kms01.corp.contoso.com', port: 1688 }, side: 'client',
    },
  },
  'dli-kms-client-wrapped-80.txt': {
    kind: 'slmgr-dli',
    facts: { kmsHostDiscovered: { host: 'kms-activation-primary-host01.emea.corp.contoso.com', port: 1688 }, cmid: '0b2c1d7e-8f3a-4d5b-9c6e-7a8b9c0d1e2f', graceMinutes: 259194 },
  },
  'dli-two-clients-same-cmid.txt': { kind: 'slmgr-dli', code: '0xC004F038', facts: { cmid: CLIENT_CMID }, parts: ['slmgr-dli', 'slmgr-dli'] },
  // Every edition is listed; the one with a key is in use, and its facts lead.
  'dlv-all-en.txt': {
    kind: 'slmgr-dlv',
    facts: {
      productName: 'Windows(R), Enterprise edition', channel: 'kms-client', licenseStatus: 'licensed', partialKey: '2YT43',
      activationId: '73111121-5638-40f6-bc11-f1d7b0d64300', cmid: CLIENT_CMID, kmsHostAddress: '10.0.0.21', serviceVersion: '10.0.19041.4355',
    },
    parts: ['slmgr-dlv', 'slmgr-dlv'],
  },
  'dlv-kms-host-fr.txt': {
    kind: 'slmgr-dlv',
    facts: {
      serviceVersion: '10.0.20348.2031', channel: 'kms-host', channelText: 'VOLUME_KMS_WS22', activationId: '9bd77860-9b31-4b7b-96ad-2564017315bf',
      partialKey: 'QXBTB', licenseStatus: 'licensed', currentCount: 27, listeningPort: 1700, side: 'host',
    },
  },
  'dlv-no-key.txt': { kind: 'slmgr-dlv', facts: { productNotFound: true } },
  'event-12288-de.txt': {
    kind: 'event', code: '0xC004F06C',
    facts: { side: 'client', events: [event({ id: 12288, result: '0xC004F06C', kmsHost: { host: 'kms01.corp.contoso.com', port: 1688 }, cmid: CLIENT_CMID })] },
  },
  'event-12288-xml.txt': { kind: 'event', code: '0x8007232B', facts: { events: [event({ id: 12288, result: '0x8007232B', neededCount: 25 })] } },
  'event-12293-denied.txt': { kind: 'event', code: '0x80072338', facts: { side: 'host', events: [event({ id: 12293, result: '0x80072338', domain: 'corp.contoso.com' })] } },
  'event-12294-other-domain.txt': { kind: 'event', facts: { side: 'host', events: [event({ id: 12294, domain: 'emea.contoso.com' })] } },
  'events-client-count-low.txt': {
    kind: 'event', code: '0xC004F038',
    facts: { events: [event({ id: 12289, result: '0xC004F038', activated: false, count: 3 }), event({ id: 12288, result: '0x00000000' })] },
  },
  'events-client-no-reply.txt': {
    kind: 'event',
    facts: { events: [event({ id: 12288, clientTime: '2026/11/23 16:10' }), event({ id: 12288, clientTime: '2026/11/23 14:10' })] },
  },
  'events-client-table.txt': { kind: 'event', facts: { events: [event({ id: 12289 }), event({ id: 12288, time: '11/23/2026 2:10:04 PM' })] } },
  'events-host-12290-clones.txt': {
    kind: 'event',
    facts: {
      side: 'host',
      events: [
        event({ id: 12290, clientName: 'pc043.corp.contoso.com', cmid: CLIENT_CMID, result: '0x00000000' }),
        event({ id: 12290, clientName: 'pc042.corp.contoso.com', cmid: CLIENT_CMID }),
        event({ id: 12290, clientName: 'pc077.corp.contoso.com', cmid: 'c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b' }),
      ],
    },
  },
  'nslookup-srv-de.txt': {
    kind: 'nslookup-srv',
    facts: { srvStatus: 'found', srvRecords: [{ priority: 10, weight: 5, port: 1700, target: 'kms02.corp.contoso.com' }], domain: 'corp.contoso.com' },
  },
  'nslookup-srv-none.txt': { kind: 'nslookup-srv', facts: { srvStatus: 'none', domain: 'corp.contoso.com', dnsServer: 'dc01.corp.contoso.com' } },
  'nslookup-srv-one-record.txt': {
    kind: 'nslookup-srv',
    facts: { srvStatus: 'found', srvRecords: [{ priority: 0, weight: 0, port: 1688, target: 'kms01.corp.contoso.com', addresses: ['10.0.0.21'] }] },
  },
  'nslookup-srv-timeout.txt': { kind: 'nslookup-srv', facts: { srvStatus: 'timeout', domain: 'corp.contoso.com' } },
  'nslookup-srv-two-records.txt': {
    kind: 'nslookup-srv',
    facts: {
      srvStatus: 'found',
      srvRecords: [
        { priority: 0, weight: 0, port: 1688, target: 'kms01.corp.contoso.com', addresses: ['10.0.0.21'] },
        { priority: 0, weight: 0, port: 1688, target: 'kms-old.corp.contoso.com', addresses: ['10.0.0.9'] },
      ],
    },
  },
  'resolve-dnsname-srv-list.txt': {
    kind: 'resolve-dnsname-srv',
    facts: { domain: 'emea.contoso.com', srvStatus: 'found', srvRecords: [{ target: 'kms02.emea.contoso.com', port: 1688, priority: 0, weight: 0 }] },
  },
  'resolve-dnsname-srv-none.txt': { kind: 'resolve-dnsname-srv', facts: { domain: 'corp.contoso.com', srvStatus: 'none' } },
  'resolve-dnsname-srv-table.txt': {
    kind: 'resolve-dnsname-srv',
    facts: { domain: 'corp.contoso.com', srvStatus: 'found', srvRecords: [{ target: 'kms01.corp.contoso.com', port: 1688, priority: 0, weight: 0, addresses: ['10.0.0.21'] }] },
  },
  'resolve-dnsname-srv-timeout-de.txt': { kind: 'resolve-dnsname-srv', facts: { srvStatus: 'timeout' } },
  'several-outputs.txt': {
    kind: 'slmgr-dli',
    code: '0xC004F074',
    facts: { cmid: '8e2f6a1c-3b4d-4c5e-9f60-7a8b9c0d1e2f', srvStatus: 'none', tcp: { host: 'kms01.corp.contoso.com', port: 1688, succeeded: true } },
    parts: ['slmgr-dli', 'nslookup-srv', 'test-netconnection'],
  },
  'test-netconnection-closed-warning.txt': {
    kind: 'test-netconnection',
    facts: { tcp: { host: 'kms01.corp.contoso.com', address: '10.0.0.21', port: 1688, succeeded: false, nameResolved: true } },
  },
  'test-netconnection-no-name.txt': {
    kind: 'test-netconnection',
    facts: { tcp: { host: 'kms02.corp.contoso.com', port: 1688, nameResolved: false, pingSucceeded: false } },
  },
  'w32tm-status-cmos.txt': { kind: 'w32tm-status', facts: { timeSource: 'Local CMOS Clock', stratum: 0 } },
  'w32tm-status-domain.txt': { kind: 'w32tm-status', facts: { timeSource: 'dc01.corp.contoso.com', stratum: 4, lastSync: '11/23/2026 2:10:04 PM' } },
  'w32tm-stripchart-de.txt': { kind: 'w32tm-stripchart', facts: { ntpTarget: 'kms01.corp.contoso.com', clockOffsetSeconds: 18000.1189082 } },
  'w32tm-stripchart-error.txt': {
    kind: 'w32tm-stripchart',
    facts: { ntpTarget: 'kms01.corp.contoso.com', clockSamples: [{ time: '14:22:58', error: '0x800705B4' }, { time: '14:23:01', error: '0x800705B4' }, { time: '14:23:04', error: '0x800705B4' }] },
  },
  'ato-not-genuine.txt': { kind: 'slmgr-ato', code: '0xC004F200', facts: { licenseStatus: 'notification', notificationReason: '0xC004F200' } },
  'dlv-office-kms-host.txt': { kind: 'slmgr-dlv', facts: { application: 'office', channel: 'kms-host', currentCount: 7, listeningPort: 1688, side: 'host' } },
  'dlv-all-kms-host-office.txt': {
    kind: 'slmgr-dlv',
    facts: { application: 'office', channel: 'kms-host', licenseStatus: 'licensed', currentCount: 7 },
    parts: ['slmgr-dlv', 'slmgr-dlv', 'slmgr-dlv'],
  },
  'event-error-details-12290.txt': { kind: 'error-details', code: '0xC004F042', facts: { codes: ['0xC004F042', '0xC004F015'] } },
  'event-error-details-12290-header.txt': { kind: 'event', code: '0xC004F042', facts: { side: 'host', events: [expect.objectContaining({ id: 12290, result: '0xC004F042' })] } },
  'events-host-12290-clock.txt': { kind: 'event', code: '0xC004F06C', facts: { side: 'host', events: [expect.objectContaining({ id: 12290, clientName: 'pc042.corp.contoso.com' }), expect.objectContaining({ id: 12290, clientName: 'pc077.corp.contoso.com' })] } },
  'nslookup-srv-no-header.txt': { kind: 'nslookup-srv', facts: { srvStatus: 'found', dnsServer: 'dc01.contoso.com', srvRecords: [{ priority: 0, weight: 0, port: 1688, target: 'kms-server.contoso.com' }] } },
  'resolve-dnsname-srv-soa-only.txt': { kind: 'resolve-dnsname-srv', facts: { domain: 'corp.contoso.com', srvStatus: 'none' } },
  'xpr-permanent.txt': { kind: 'slmgr-xpr', facts: { permanent: true, productName: 'Windows(R), Professional edition' } },
  'xpr-volume.txt': { kind: 'slmgr-xpr', facts: { expiry: '5/21/2027 2:03:11 PM', productName: 'Windows(R), ServerStandard edition' } },
};

describe('our variants', () => {
  it('has an expectation for every variant file', () => {
    expect(variantNames()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reads ${name} as ${expected.kind}`, () => {
      const reading = readOutput(variant(name));
      expect(reading.kind).toBe(expected.kind);
      expect(reading.code).toBe(expected.code);
      expect(reading.facts).toMatchObject(expected.facts);
      expect(reading.parts?.map((p) => p.kind)).toEqual(expected.parts);
    });
  }
});
