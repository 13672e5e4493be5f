// The typed fields of the keys flows: what each stores (the corrected key, never the pasted text),
// what each refuses and how it says so.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRODUCT_KEY_PATTERN } from '../../src/catalog/schema.js';
import { fieldSpec } from '../../src/input/fields.js';
import { checkConfirmationId } from '../../src/keys/confirmation-id.js';

const PRO = 'W269N-WFGWX-YVC9B-4J6C9-T83GX';
const OWN = 'BCDFG-HJKMP-QRTVW-XY234-6789B';
const validate = (field: string, raw: string) => fieldSpec(field).validate(raw, {});

describe('productKey', () => {
  it('stores the corrected key, what it is, and what was corrected', () => {
    expect(validate('productKey', ` ${PRO.toLowerCase().replaceAll('-', '\u2013')}`)).toEqual({
      ok: true,
      value: {
        productKey: PRO,
        keyStatus: 'setup-key',
        keyProducts: 'Windows 11 Pro and Windows 10 Pro',
        keyFixedNote: ' Corrected from what you typed: removed blank space around the key; the letters were lower case (product keys are written in capitals); every separator was an en dash (U+2013), not a hyphen.',
      },
    });
  });

  it('accepts a well-formed key that is no setup key', () => {
    expect(validate('productKey', OWN)).toEqual({ ok: true, value: { productKey: OWN, keyStatus: 'not-a-setup-key', keyProducts: '', keyFixedNote: '' } });
  });

  it.each([
    ['', /^Type or paste the key/],
    ['W269N-WFGWX-YVC9B-4J6C-T83GX', /^That is not a product key: group 4 \(4J6C\) has 4 characters, not 5\.$/],
    ['W269N-WFGWX-YVC0B-4J6C9-T83GX', /the 4th character of group 3 is "0"; keys have no O and no 0\.$/],
    ['hello world', /\(\d+ more problems\)$/],
  ])('refuses %j: %s', (raw, message) => {
    const v = validate('productKey', raw);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.message).toMatch(message);
  });

  it('only ever stores a key safe on a command line', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (raw) => {
      const v = validate('productKey', raw);
      if (v.ok) expect(String(v.value.productKey)).toMatch(PRODUCT_KEY_PATTERN);
    }));
  });
});

describe('makKey and hostKey', () => {
  it('a MAK also fills productKey, so slmgr /ipk installs it', () => {
    expect(validate('makKey', OWN.replaceAll('-', ' '))).toMatchObject({ ok: true, value: { makKey: OWN, productKey: OWN } });
  });

  it('refuses a setup key where the MAK belongs, naming its products', () => {
    const v = validate('makKey', PRO);
    expect(v).toEqual({ ok: false, message: expect.stringContaining(`${PRO} is the public KMS client setup key for Windows 11 Pro and Windows 10 Pro, not a MAK.`) });
  });

  it('refuses a setup key where the KMS host key belongs', () => {
    const v = validate('hostKey', 'WX4NM-KYWYW-QJJR4-XV3QB-6VM33');
    expect(v).toEqual({ ok: false, message: 'This is the public KMS client setup key for Windows Server 2022 Datacenter, not a KMS host key (CSVLK).' });
  });

  it('stores the host key under its own name, not as productKey', () => {
    expect(validate('hostKey', OWN)).toEqual({ ok: true, value: { hostKey: OWN, hostKeyFixedNote: '' } });
  });
});

describe('keyQuery', () => {
  it('accepts words that match, and says how many keys match', () => {
    expect(validate('keyQuery', '  server   2022 std ')).toEqual({ ok: true, value: { keyQuery: 'server 2022 std', keyMatches: 1 } });
    expect(validate('keyQuery', 'win 11 pro')).toMatchObject({ ok: true, value: { keyMatches: 6 } });
  });

  it('refuses words that match nothing, naming the word to drop', () => {
    expect(validate('keyQuery', 'server 2022 stnadard')).toEqual({
      ok: false,
      message: 'No setup key matches "server 2022 stnadard". Nothing matches "stnadard". Try fewer words.',
    });
  });

  it('refuses a combination that matches nothing although each word does', () => {
    const v = validate('keyQuery', 'win 7 datacenter');
    expect(v).toEqual({ ok: false, message: expect.stringMatching(/^No setup key matches "win 7 datacenter"\. Try fewer words/) });
  });

  it('refuses text without a searchable word', () => {
    expect(validate('keyQuery', 'windows')).toMatchObject({ ok: false, message: expect.stringContaining('e.g. server 2022 std') });
  });
});

describe('confirmationId', () => {
  const CID = '112233-445566-778899-001122-334455-667788-990011-223344';

  it.each([
    ['hyphens', CID],
    ['spaces', CID.replaceAll('-', ' ')],
    ['en dashes and blanks', ` ${CID.replaceAll('-', ' \u2013 ')} `],
    ['no separators', CID.replaceAll('-', '')],
  ])('accepts %s and stores the digits only', (_name, raw) => {
    expect(validate('confirmationId', raw)).toEqual({ ok: true, value: { confirmationId: CID.replaceAll('-', '') } });
  });

  it.each([
    ['', /^Type the confirmation ID/],
    [CID.replace('0', 'O'), /the 1st character of group 4 is the letter "O"\. If the source shows 0, type 0\./],
    [CID.replace('1', 'l'), /the letter "l"\. If the source shows 1, type 1\./],
    [CID.replace('7', 'X'), /the letter "X"\.$/],
    [CID.replace('-', '#'), /is "#"/],
    [CID.slice(0, -7), /^That has 42 digits, but a confirmation ID has 48 digits \(8 groups of 6\)\.$/],
    [CID.replace('445566', '44556'), /has 47 digits.*Group 2 \(44556\) has 5 digits, not 6\./],
    ['1'.repeat(63), /63 digits.*installation ID/],
  ])('refuses %j', (raw, message) => {
    const v = checkConfirmationId(raw);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.message).toMatch(message);
  });

  it('only ever stores digits', () => {
    fc.assert(fc.property(fc.string({ maxLength: 70 }), (raw) => {
      const v = validate('confirmationId', raw);
      if (v.ok) expect(String(v.value.confirmationId)).toMatch(/^\d{48}$/);
    }));
  });
});
