// The typed fields of the network flows: the KMS count, the listening port and the clock
// fields, with the messages a technician sees when a value is refused.

import { describe, expect, it } from 'vitest';
import { fieldSpec } from '../../src/input/fields.js';
import { neededClients, readKmsCount } from '../../src/input/kms-count.js';

const refused = (field: string, raw: string, answers = {}): string => {
  const v = fieldSpec(field).validate(raw, answers);
  if (v.ok) throw new Error(`${field} accepted "${raw}"`);
  return v.message;
};
const accepted = (field: string, raw: string, answers = {}) => {
  const v = fieldSpec(field).validate(raw, answers);
  if (!v.ok) throw new Error(`${field} refused "${raw}": ${v.message}`);
  return v.value;
};

describe('kmsCount', () => {
  it.each([
    ['18', 18],
    ['0', 0],
    ['50', 50],
    ['  Current count: 2', 2],
    ['KeyManagementServiceCurrentCount : 27', 27],
  ])('reads %s as %d', (raw, n) => {
    expect(accepted('kmsCount', raw)).toEqual({ kmsCount: n });
  });

  it.each([
    ['-3', 'cannot be negative (-3)'],
    ['51', 'never goes above 50'],
    ['4294967295', 'not a KMS host'],
    ['-1', 'not a KMS host'],
    ['eighteen', '"eighteen" is not one'],
    ['18.5', '"18.5" is not one'],
    ['', 'Current count:'],
  ])('refuses %s: %s', (raw, text) => {
    expect(refused('kmsCount', raw)).toContain(text);
  });

  it('says how many more machines a client needs', () => {
    expect(neededClients(18, 25)).toBe(7);
    expect(neededClients(2, 5)).toBe(3);
    expect(neededClients(30, 25)).toBe(0);
  });

  it('reads the count out of pasted slmgr /dli output', () => {
    const dli = 'License Status: Licensed Key Management Service is enabled on this machine Current count: 2 Listening on Port: 1688';
    expect(readKmsCount(dli)).toEqual({ ok: true, value: 2 });
  });
});

describe('listenPort', () => {
  it('sets the port and re-aims host:port at the typed host', () => {
    expect(accepted('listenPort', '1700', { kmsHost: 'kms01.corp.contoso.com', port: 1688 }))
      .toEqual({ listenPort: 1700, port: 1700, kmsHostPort: 'kms01.corp.contoso.com:1700' });
    expect(accepted('listenPort', '1700', { kmsHost: 'fd00::5' })).toMatchObject({ kmsHostPort: '[fd00::5]:1700' });
  });

  it('refuses a port out of range, saying the range', () => {
    expect(refused('listenPort', '99999')).toBe('The listening port must be from 1 to 65535; 99999 is out of range.');
    expect(refused('listenPort', '16 88')).toContain('whole number');
  });
});

describe('clockOffset', () => {
  it('sets the difference, its direction, and the sentence the resolution shows', () => {
    expect(accepted('clockOffset', '2026-11-23 19:35:10Z 2026-11-23 14:23:10Z')).toMatchObject({
      clockOffset: '5 h 12 min',
      skewSeconds: 18720,
      skewText: 'The client is 5 h 12 min ahead of the KMS host',
    });
  });

  it('refuses what it cannot read, naming the forms it can', () => {
    expect(refused('clockOffset', 'about five')).toBe('"about five" is not an offset (600, -3.5s, +4h, 5h 12min) or w32tm /stripchart output.');
  });
});

describe('clientUtc and hostUtc', () => {
  it('store the time as UTC text', () => {
    expect(accepted('clientUtc', '2026-11-23 15:22:58+01:00')).toEqual({ clientUtc: '2026-11-23 14:22:58Z' });
    expect(accepted('hostUtc', '19:35')).toEqual({ hostUtc: '19:35:00' });
  });

  it('refuse an unreadable time with the format to use', () => {
    expect(refused('hostUtc', 'half past two')).toBe('"half past two" is not a time kms-doctor can read. Type 2026-11-23 14:22:58Z or 14:22:58.');
  });
});

describe('samples', () => {
  it('every sample of every network field is accepted', () => {
    for (const field of ['kmsCount', 'listenPort', 'clockOffset', 'clientUtc', 'hostUtc']) {
      for (const s of fieldSpec(field).samples) accepted(field, s, { kmsHost: 'kms01.corp.contoso.com', port: 1688, clientUtc: '2026-11-23 14:22:58Z' });
    }
  });
});
