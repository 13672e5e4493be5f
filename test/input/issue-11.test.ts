// Issue 11, the validation side of items 3, 4 and 7, through the fields as the wizard calls them:
// refusals name invisible characters by code point and never print them; a long paste is quoted
// by an excerpt and its length, in two rows at most; an IPv6 zone never reaches cmd.

import { describe, expect, it } from 'vitest';
import { fieldSpec, FIELDS } from '../../src/input/fields.js';
import { fitsMessage } from '../../src/input/message-fit.js';
import { hasControl, hasInvisible } from '../support/hostile.js';

const refusal = (field: string, raw: string): string => {
  const v = fieldSpec(field).validate(raw, {});
  if (v.ok) throw new Error(`${field} accepted ${JSON.stringify(raw)}: ${JSON.stringify(v.value)}`);
  return v.message;
};

describe('item 3: invisible characters are named, never printed', () => {
  it.each([
    { what: 'BEL', field: 'kmsHost', raw: 'kms\u000701.corp.contoso.com', name: 'U+0007 (BEL)' },
    { what: 'DEL', field: 'kmsHost', raw: 'kms\u007F01.corp.contoso.com', name: 'U+007F (DEL)' },
    { what: 'the C1 control OSC', field: 'kmsHost', raw: 'kms\u009D01.corp.contoso.com', name: 'U+009D' },
    { what: 'a right-to-left override', field: 'kmsHost', raw: 'kms\u202E01.corp.contoso.com', name: 'U+202E (right-to-left override)' },
    { what: 'ESC[31m', field: 'kmsHost', raw: 'kms\u001B[31m01.corp.contoso.com', name: 'U+001B (ESC)' },
    // A combining mark that has no letter to sit on (after a space) stays a mark.
    { what: 'a combining acute', field: 'taskName', raw: 'Activate \u0301Windows', name: 'U+0301 (combining acute)' },
  ])('$field: $what is named $name', ({ field, raw, name }) => {
    const message = refusal(field, raw);
    expect(message).toContain(name);
    expect(hasControl(message) || hasInvisible(message) || /\p{M}/u.test(message)).toBe(false);
  });

  it('a paste with vertical tabs and a form feed gets a refusal of at most two rows, without them', () => {
    const message = refusal('domain', 'ab\v\v\v\fcd');
    expect(message).toContain('U+000B (VT)');
    expect(message).toContain('U+000C (FF)');
    expect(hasControl(message)).toBe(false);
    expect(fitsMessage(message)).toBe(true);
  });

  it('ESC[31m pasted into any field is refused, the escape named and not printed', () => {
    for (const [field, spec] of Object.entries(FIELDS)) {
      const v = spec.validate(`${spec.samples[0]}\u001B[31m`, {});
      expect(v.ok, field).toBe(false);
      if (!v.ok) {
        expect(v.message, field).toContain('U+001B (ESC)');
        expect(hasControl(v.message), field).toBe(false);
      }
    }
  });
});

describe('item 4: a refusal never repeats a long value whole', () => {
  const paste538 = `Error: 0xC004F074 ${'The Software Licensing Service reported that the computer could not be activated. '.repeat(7)}`.slice(0, 538);

  it.each(['kmsCount', 'errorCode', 'clockOffset'])('%s, which reads pasted text, answers a 538-character paste in two rows', (field) => {
    const message = refusal(field, paste538.replace('0xC004F074', 'a code'));
    expect(message).not.toContain(paste538.slice(20, 60));
    expect(fitsMessage(message)).toBe(true);
  });

  it('quotes a long value by its start and its length', () => {
    expect(refusal('kmsCount', 'x'.repeat(538))).toBe(`Type the number after "Current count:" (0 to 50); "${'x'.repeat(19)}…" (538 characters) is not one.`);
  });

  it('a 10 KB paste gets a refusal of two rows at most, wherever it lands', () => {
    for (const field of Object.keys(FIELDS)) {
      const message = refusal(field, 'x'.repeat(10_000));
      expect(fitsMessage(message), `${field}: ${message}`).toBe(true);
    }
  });
});

describe('item 7: the KMS host field refuses an IPv6 zone', () => {
  it.each(['fe80::1%eth0', 'fe80::1%12', '[fe80::1%25]:1688', '[fe80::1%eth0]'])('refuses %s and says to leave the zone out', (raw) => {
    expect(refusal('kmsHost', raw)).toBe('Leave the zone out of the address (the part from "%"): type "fe80::1".');
  });

  it('takes the address without the zone', () => {
    expect(fieldSpec('kmsHost').validate('[fe80::1]:1688', {})).toEqual({
      ok: true,
      value: { kmsHost: 'fe80::1', port: 1688, kmsHostPort: '[fe80::1]:1688' },
    });
  });

  it('the KMS host address field refuses it too', () => {
    expect(refusal('kmsHostIp', 'fe80::1%eth0')).toContain('Leave the zone out');
  });
});
