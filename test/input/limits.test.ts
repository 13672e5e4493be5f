// Every limit of a typed field, at the limit and one past it, through the field's own validator
// (the path the wizard and the readers' answers take). The numbers and the refusals are written
// out: a limit moved by one, or a refusal that names the wrong one, fails here by name.

import { describe, expect, it } from 'vitest';
import { fieldSpec } from '../../src/input/fields.js';

/** A DNS name of exactly `n` characters: labels of 63 letters (the most a label may have), dots between. */
function nameOf(n: number): string {
  const labels: string[] = [];
  let left = n;
  while (left > 64) {
    labels.push('a'.repeat(63));
    left -= 64;
  }
  // 64 left would need an empty or a 64-letter label: end with 62 letters, a dot and one more.
  labels.push(...(left === 64 ? ['a'.repeat(62), 'a'] : ['a'.repeat(left)]));
  const name = labels.join('.');
  if (name.length !== n) throw new Error(`nameOf(${n}) made ${name.length}`);
  return name;
}

const check = (field: string, raw: string) => {
  const v = fieldSpec(field).validate(raw, {});
  return v.ok ? { ok: true } : { ok: false, message: v.message };
};

describe('names: 253 characters at most', () => {
  it.each(['domain', 'kmsHost', 'zone', 'kmsHostFqdn', 'dnsServer', 'computerName'])('%s takes a name of 253 characters', (field) => {
    const v = fieldSpec(field).validate(nameOf(253), {});
    expect(v.ok && Object.values(v.value as object).includes(nameOf(253))).toBe(true);
  });

  it.each([254, 255, 256])('a name of %i characters is refused, saying how long it is and how long it may be', (n) => {
    for (const field of ['domain', 'zone', 'kmsHostFqdn', 'dnsServer', 'computerName']) {
      expect(check(field, nameOf(n)), field).toEqual({ ok: false, message: `That is ${n} characters; this field takes at most 253.` });
    }
    // The host field has room for ":port" after the name, so the name's own limit speaks.
    expect(check('kmsHost', nameOf(n))).toEqual({ ok: false, message: `A host name is at most 253 characters long; this one has ${n}.` });
  });

  it('a host name of 253 characters with its port (258) is taken', () => {
    expect(fieldSpec('kmsHost').validate(`${nameOf(253)}:1688`, {})).toEqual({ ok: true, value: { kmsHost: nameOf(253), port: 1688, kmsHostPort: `${nameOf(253)}:1688` } });
  });

  it('a part between dots has 63 characters at most', () => {
    expect(check('domain', `${'a'.repeat(63)}.com`)).toEqual({ ok: true });
    expect(check('domain', `${'a'.repeat(64)}.com`)).toEqual({ ok: false, message: 'Each part of a DNS domain between dots is at most 63 characters; "aaaaaaaaaaa…" (64 characters) is longer.' });
  });
});

describe('ports: 1 to 65535', () => {
  it.each([
    ['port', 'The port'], ['listenPort', 'The listening port'],
  ])('%s: 1 and 65535 are taken, 0 and 65536 refused', (field, what) => {
    expect(check(field, '1')).toEqual({ ok: true });
    expect(check(field, '65535')).toEqual({ ok: true });
    expect(check(field, '0')).toEqual({ ok: false, message: `${what} must be from 1 to 65535; 0 is out of range.` });
    expect(check(field, '65536')).toEqual({ ok: false, message: `${what} must be from 1 to 65535; 65536 is out of range.` });
  });

  it('the port after a host name: 1 and 65535 taken, 0 and 65536 refused', () => {
    expect(fieldSpec('kmsHost').validate('kms01:65535', {})).toEqual({ ok: true, value: { kmsHost: 'kms01', port: 65535, kmsHostPort: 'kms01:65535' } });
    expect(fieldSpec('kmsHost').validate('kms01:1', {})).toEqual({ ok: true, value: { kmsHost: 'kms01', port: 1, kmsHostPort: 'kms01:1' } });
    expect(check('kmsHost', 'kms01:65536')).toEqual({ ok: false, message: 'The port after the colon must be from 1 to 65535; 65536 is out of range.' });
    expect(check('kmsHost', 'kms01:0')).toEqual({ ok: false, message: 'The port after the colon must be from 1 to 65535; 0 is out of range.' });
  });
});

describe('other numbers at their limits', () => {
  it('the TTL: 60 seconds to 604800 (one week)', () => {
    expect(fieldSpec('ttl').validate('60', {})).toEqual({ ok: true, value: { ttl: 60, ttlSpan: '00:01:00' } });
    expect(fieldSpec('ttl').validate('604800', {})).toEqual({ ok: true, value: { ttl: 604800, ttlSpan: '7.00:00:00' } });
    expect(check('ttl', '59')).toEqual({ ok: false, message: 'The TTL must be from 60 seconds (one minute) to 604800 (one week); 59 is out of that range.' });
    expect(check('ttl', '604801')).toEqual({ ok: false, message: 'The TTL must be from 60 seconds (one minute) to 604800 (one week); 604801 is out of that range.' });
  });

  it('the KMS count: 0 to 50; -1 is what a machine that is no host shows', () => {
    expect(fieldSpec('kmsCount').validate('0', {})).toEqual({ ok: true, value: { kmsCount: 0 } });
    expect(fieldSpec('kmsCount').validate('50', {})).toEqual({ ok: true, value: { kmsCount: 50 } });
    expect(check('kmsCount', '51')).toEqual({ ok: false, message: 'The count never goes above 50, so 51 cannot be right.' });
    expect(check('kmsCount', '-1')).toEqual({ ok: false, message: '-1 means that machine is not a KMS host, or no client has asked it yet. Run it on the KMS host.' });
  });
});

describe('pasted text in a field: 20 000 characters at most', () => {
  it.each(['errorCode', 'kmsCount', 'clockOffset'])('%s: 20 000 characters are read, 20 001 refused, saying so', (field) => {
    const at = field === 'errorCode' ? `${' '.repeat(19_990)}0xC004F074` : `${' '.repeat(19_998)}12`;
    expect(at).toHaveLength(20_000);
    expect(check(field, at)).toEqual({ ok: true });
    expect(check(field, ` ${at}`)).toEqual({ ok: false, message: 'That is 20001 characters; this field takes at most 20000.' });
  });
});
