// Every real sample is read as the output it is, with the facts it shows.

import { describe, expect, it } from 'vitest';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import type { Facts, ReadingKind } from '../../src/readers/reading.js';
import { sample, sampleNames } from './fixtures.js';

interface Expected {
  kind: ReadingKind;
  code?: string;
  facts: Facts;
}

const EXPECTED: Record<string, Expected> = {
  'ato-error-0x8007232b-1.txt': { kind: 'slmgr-ato', code: '0x8007232B', facts: {} },
  'ato-error-0xc004e015-1.txt': { kind: 'slmgr-ato', code: '0xC004E015', facts: {} },
  'ato-error-0xc004f074-en-1.txt': { kind: 'slmgr-ato', code: '0xC004F074', facts: {} },
  'ato-error-0xc004f074-wrapped-1.txt': {
    kind: 'slmgr-ato',
    code: '0xC004F074',
    facts: {
      productName: 'Windows(R), ServerStandard edition',
      activationId: 'de32eafd-aaee-4662-9444-c1befb41bde2',
      partialKey: 'J464C',
      kmsHostRegistered: { host: 'external.kms.ospl.offseclabs.com' },
    },
  },
  'dli-kms-client-1.txt': {
    kind: 'slmgr-dli',
    facts: {
      productName: 'Windows(R) 7, Enterprise edition',
      channel: 'kms-client',
      channelText: 'VOLUME_KMSCLIENT',
      partialKey: 'DVQ7P',
      licenseStatus: 'licensed',
      graceMinutes: 243720,
      cmid: '2ffcfc30-6a6a-49ec-92b8-f6150c7df211',
      kmsHostDiscovered: { host: 'emeronb10-rc3.sppvltest.net', port: 1688 },
      hostCaching: true,
      side: 'client',
    },
  },
  'dli-kms-host-1.txt': {
    kind: 'slmgr-dli',
    facts: {
      productName: 'Windows Server(R), ServerEnterprise edition',
      channel: 'kms-host',
      channelText: 'VOLUME_KMS_C',
      partialKey: 'PYWKV',
      licenseStatus: 'licensed',
      kmsHostEnabled: true,
      currentCount: 2,
      listeningPort: 1688,
      dnsPublishing: true,
      totalRequests: 826,
      failedRequests: 0,
      side: 'host',
    },
  },
  'dlv-kms-client-error-1.txt': {
    kind: 'slmgr-dlv',
    code: '0xC004F00F',
    facts: {
      serviceVersion: '10.0.17763.2028',
      productName: 'Windows(R), ServerStandard edition',
      channel: 'kms-client',
      activationId: 'de32eafd-aaee-4662-9444-c1befb41bde2',
      partialKey: 'J464C',
      licenseStatus: 'notification',
      notificationReason: '0xC004F00F',
      side: 'client',
    },
  },
  'event-12288-client-1.txt': {
    kind: 'event',
    code: '0xC004F06C',
    facts: {
      side: 'client',
      events: [{
        id: 12288,
        result: '0xC004F06C',
        kmsHost: { host: '<KMS Host FQDN>', port: 1688 },
        cmid: '36f27b39-2fd5-440b-be67-a09996d27a38',
        clientTime: '2010/09/29 17:52',
        neededCount: 5,
        params: expect.any(Array) as unknown as string[],
      }],
    },
  },
  'event-12290-host-1.txt': {
    kind: 'event',
    code: '0xC004F06C',
    facts: {
      side: 'host',
      events: [{
        id: 12290,
        result: '0xC004F06C',
        neededCount: 5,
        clientName: '<KMS Client name>',
        cmid: '36f27b39-2fd5-440b-be67-a09996d27a38',
        clientTime: '2010/9/29 21:46',
        params: expect.any(Array) as unknown as string[],
      }],
    },
  },
  'nslookup-srv-found-1.txt': {
    kind: 'nslookup-srv',
    facts: {
      dnsServer: '*my DNS server hostname*',
      srvName: '_vlmcs._tcp',
      srvStatus: 'found',
      srvRecords: [{ priority: 20, weight: 0, port: 1688, target: '*my container hostname*' }],
    },
  },
  'slmgr-usage-en-1.txt': { kind: 'unknown', facts: {} },
  'test-netconnection-1688-fail-1.txt': {
    kind: 'test-netconnection',
    facts: { tcp: { host: '<KMS host server>', address: '<KMS host server IP address>', port: 1688, succeeded: false, pingSucceeded: true } },
  },
  'test-netconnection-1688-ok-1.txt': {
    kind: 'test-netconnection',
    facts: { tcp: { host: '*my container hostname*', address: '*my container IP*', port: 1688, succeeded: true } },
  },
  'w32tm-stripchart-dataonly-1.txt': {
    kind: 'w32tm-stripchart',
    facts: {
      ntpTarget: 'time.windows.com',
      clockSamples: [
        { time: '14:22:58', offsetSeconds: 0.1439319 },
        { time: '14:23:00', offsetSeconds: 0.1189082 },
        { time: '14:23:02', offsetSeconds: 0.0932805 },
      ],
      clockOffsetSeconds: 0.1189082,
    },
  },
  'w32tm-stripchart-offset-1.txt': {
    kind: 'w32tm-stripchart',
    facts: {
      ntpTarget: 'foo.my.domain',
      clockSamples: [{ time: '14:34:59', offsetSeconds: 600.0106644 }, { time: '14:35:01', offsetSeconds: 600.0107934 }],
    },
  },
};

describe('real samples', () => {
  it('has an expectation for every sample, and a sample for every expectation', () => {
    expect(sampleNames()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reads ${name} as ${expected.kind}`, () => {
      const reading = readOutput(sample(name));
      expect(reading.kind).toBe(expected.kind);
      expect(reading.code).toBe(expected.code);
      expect(reading.facts).toMatchObject(expected.facts);
      // One output per sample: the "# source:" line of a fixture is not an output of its own.
      expect(reading.parts).toBeUndefined();
    });
  }

  it('joins the line the console cut inside "additio" / "nal"', async () => {
    const { toLines } = await import('../../src/readers/text-lines.js');
    const text = toLines(sample('ato-error-0xc004f074-wrapped-1.txt')).join('\n');
    expect(text).toContain('could not be activated. No Key Management Service (KMS) could be contacted. Please see the Application Event Log for additional information.');
  });

  it('reads no fact into slmgr\'s usage text, which names every option', () => {
    expect(readOutput(sample('slmgr-usage-en-1.txt'))).toEqual({ kind: 'unknown', facts: {} });
  });
});
