// What each kind of field makes of text that looks right but is not plain ASCII: full-width
// forms, other scripts' digits, dash look-alikes and invisible characters are folded where the
// meaning is certain; international names go into punycode and say so; names that imitate
// others, and characters that only stand for others, are refused.

import { describe, expect, it } from 'vitest';
import { fieldSpec } from '../../src/input/fields.js';

const validate = (field: string, raw: string) => fieldSpec(field).validate(raw, {});
const refusal = (field: string, raw: string): string => {
  const v = validate(field, raw);
  if (v.ok) throw new Error(`${field} accepted ${JSON.stringify(raw)}: ${JSON.stringify(v.value)}`);
  return v.message;
};

describe('numbers', () => {
  it.each([
    ['\uFF11\uFF16\uFF18\uFF18', 1688], // full-width
    ['\u0661\u0666\u0668\u0668', 1688], // Arabic-Indic
    ['\u06F1\u06F6\u06F8\u06F8', 1688], // Extended Arabic-Indic
    ['\u0967\u096C\u096E\u096E', 1688], // Devanagari
    ['\u200B1688\uFEFF', 1688], // zero-width characters around it
  ])('the port in example %# is %d', (raw, port) => {
    expect(validate('port', raw)).toEqual({ ok: true, value: { port } });
  });

  it('does not read a superscript as a digit: "1688²" is no port', () => {
    expect(refusal('port', '1688\u00B2')).toBe('The port must be a whole number from 1 to 65535; "1688²" is not.');
  });

  it('reads a minus sign as a minus', () => {
    expect(refusal('kmsCount', '\u22123')).toBe('The count cannot be negative (-3): "Current count" on the KMS host is 0 to 50.');
    // A typed offset is only a size (which clock is wrong is asked, not guessed from a sign): −5h 12min is 5 h 12 min apart.
    expect(validate('clockOffset', '\u22125h 12min')).toMatchObject({ ok: true, value: { skewDirection: 'apart', skewSeconds: 5 * 3600 + 12 * 60 } });
  });

  it('reads dash look-alikes in a date as hyphens', () => {
    expect(validate('clientUtc', '2026\u201011\u201323 14:22:58Z')).toEqual({ ok: true, value: { clientUtc: '2026-11-23 14:22:58Z' } });
  });

  it('reads other scripts\' digits in a confirmation ID', () => {
    const cid = '112233-445566-778899-001122-334455-667788-990011-223344';
    const arabic = cid.replace(/\d/g, (d) => String.fromCodePoint(0x0660 + Number(d)));
    expect(validate('confirmationId', arabic)).toEqual({ ok: true, value: { confirmationId: cid.replaceAll('-', '') } });
  });
});

describe('DNS names', () => {
  it.each([
    // full-width letters and full stops
    ['\uFF43\uFF4F\uFF52\uFF50\uFF0E\uFF43\uFF4F\uFF4E\uFF54\uFF4F\uFF53\uFF4F\uFF0E\uFF43\uFF4F\uFF4D', 'corp.contoso.com'],
    ['corp\u3002contoso\u3002com', 'corp.contoso.com'],
    ['kms\u200B01.corp\u00AD.contoso.com', 'kms01.corp.contoso.com'],
    ['kms\u201001.corp.contoso.com.', 'kms-01.corp.contoso.com'],
  ])('folds the example %# to %s', (raw, name) => {
    expect(validate('domain', raw)).toEqual({ ok: true, value: { domain: name } });
  });

  it('writes an international name in punycode and says so', () => {
    const note = 'Written in punycode, the form DNS uses: "xn--bcher-kva.example".';
    expect(validate('domain', 'bücher.example')).toEqual({ ok: true, value: { domain: 'xn--bcher-kva.example' }, note });
    expect(validate('zone', 'BÜCHER.example.')).toEqual({ ok: true, value: { zone: 'xn--bcher-kva.example' }, note });
    expect(validate('domain', 'xn--bcher-kva.example')).toEqual({ ok: true, value: { domain: 'xn--bcher-kva.example' } });
    expect(validate('domain', 'пример.рф')).toMatchObject({ ok: true, value: { domain: 'xn--e1afmkfd.xn--p1ai' } });
    expect(validate('kmsHost', 'kms01.bücher.example:1689')).toMatchObject({
      ok: true, value: { kmsHost: 'kms01.xn--bcher-kva.example', kmsHostPort: 'kms01.xn--bcher-kva.example:1689' },
    });
  });

  it('refuses a name that mixes alphabets, naming the odd letters', () => {
    expect(refusal('domain', 'c\u043Entoso.com')).toBe('A name part mixes alphabets, as look-alike names do: "о" (U+043E).');
    expect(refusal('kmsHostFqdn', 'kms\u0660\u0661.corp.contoso.com')).toBe('A name part mixes alphabets, as look-alike names do: "٠" (U+0660) and "١" (U+0661).');
  });

  it('refuses a name written in Cyrillic letters that all look Latin, typed or in punycode', () => {
    expect(refusal('domain', '\u0430\u0440\u0440\u04CF\u0435.com')).toBe('"аррӏе" is all Cyrillic letters that look Latin, as look-alike names are.');
    expect(refusal('domain', 'xn--80ak6aa92e.com')).toBe('"аррӏе" is all Cyrillic letters that look Latin, as look-alike names are.');
  });

  it('refuses characters that stand for others, and broken punycode', () => {
    expect(refusal('computerName', 'kms\u00B2.corp.contoso.com')).toBe('"kms²" has characters that stand for others: type it in plain letters and digits.');
    expect(refusal('zone', 'xn--zz.example')).toBe('"xn--zz" in the zone is not valid punycode (an xn-- name part).');
  });

  it('puts every domain of a list in punycode', () => {
    expect(validate('domainList', 'corp.contoso.com bücher.example')).toMatchObject({
      ok: true, value: { domainListPs: "'corp.contoso.com','xn--bcher-kva.example'" },
    });
  });
});

describe('IPv6 zones', () => {
  it('leaves the zone of a DNS server\'s link-local address out, and says so', () => {
    expect(validate('dnsServer', 'fe80::1%12')).toEqual({
      ok: true, value: { dnsServer: 'fe80::1' }, note: 'Left out the zone "%12": the command takes the address alone.',
    });
  });

  it('refuses a "zone" that is not one, rather than dropping what follows the "%"', () => {
    expect(refusal('dnsServer', 'fe80::1%$(calc)')).toBe('Leave the zone out of the address (the part from "%"): type "fe80::1".');
  });
});

describe('task names', () => {
  it('folds full-width letters and no-break spaces, keeps other scripts\' letters', () => {
    expect(validate('taskName', '\uFF21\uFF43\uFF54\uFF49\uFF56\uFF41\uFF54\uFF45\u00A0Windows')).toEqual({ ok: true, value: { taskName: 'Activate Windows' } });
    expect(validate('taskName', 'Aktivieren Sie Windows (täglich)')).toEqual({ ok: true, value: { taskName: 'Aktivieren Sie Windows (täglich)' } });
  });

  it('refuses a dash look-alike, which would name another task', () => {
    expect(refusal('taskName', 'Activate \u2013 Windows')).toBe('A task name here has only letters, digits, spaces and . _ - ( ); this one contains "–" (U+2013).');
  });
});

describe('product keys', () => {
  it('reads a key typed in full-width characters', () => {
    const key = 'W269N-WFGWX-YVC9B-4J6C9-T83GX';
    const wide = [...key].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xFEE0)).join('');
    expect(validate('productKey', wide)).toMatchObject({ ok: true, value: { productKey: key } });
  });
});
