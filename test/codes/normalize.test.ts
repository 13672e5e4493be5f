import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCodes, formatCode, pickCode } from '../../src/codes/normalize.js';
import { anatomy, unknownCodeText } from '../../src/codes/facility.js';
import { findError } from '../../src/catalog/catalog.js';
import { capture as sample } from '../support/fixtures.js';

const known = (c: string) => findError(c) !== undefined;

describe('pickCode: every way a technician writes 0xC004F074', () => {
  it.each([
    '0xC004F074', '0xc004f074', 'C004F074', '0XC004F074', 'c004f074', '  0xC004F074  ',
    '-1073418124', '3221549172',
    'Error: 0xC004F074 The Software Licensing Service reported that the computer could not be activated.',
    '错误: 0xC004F074 软件授权服务报告无法激活计算机。',
    'Fehler: 0xC004F074 Der Softwarelizenzierungsdienst hat gemeldet…',
    'Notification Reason: 0xC004F074.',
    '(0xC004F074)',
  ])('%s', (text) => {
    expect(pickCode(text, known)).toBe('0xC004F074');
  });
});

describe('findCodes ignores what only looks like a code', () => {
  it('finds nothing in text with no code', () => {
    expect(findCodes('the machine will not activate')).toEqual([]);
    expect(findCodes('')).toEqual([]);
    expect(pickCode('kms01 & calc')).toBeUndefined();
  });

  it('skips GUIDs, product IDs, installation IDs and success codes', () => {
    const text = [
      'Activation ID: de32eafd-aaee-4662-9444-c1befb41bde2',
      'Client Machine ID (CMID): 2ffcfc30-6a6a-49ec-92b8-f6150c7df211',
      'Extended PID: 03612-04297-000-000000-03-1033-17763.0000-1862025',
      'Installation ID: 189844539606059265855451803261440643485915018321605276862695924',
      'Info: 0x00000000, 0x00000008, 1, 0, 10, 120, 10080',
      'Software licensing service version: 10.0.17763.2028',
      'Trusted time: 7/5/2025 9:13:33 AM',
    ].join('\n');
    expect(findCodes(text)).toEqual([]);
  });

  it('reads the notification reason out of a whole pasted slmgr /dlv', () => {
    expect(pickCode(sample('dlv-kms-client-error-1.txt'), known)).toBe('0xC004F00F');
  });

  it('reads the error out of a transcript with a product key and a wrapped message', () => {
    const text = sample('ato-error-0xc004f074-wrapped-1.txt');
    expect(pickCode(text, known)).toBe('0xC004F074');
    expect(findCodes(text).map((f) => f.code)).toEqual(['0xC004F074']);
  });

  it('reads the samples of slmgr errors', () => {
    expect(pickCode(sample('ato-error-0x8007232b-1.txt'), known)).toBe('0x8007232B');
    expect(pickCode(sample('ato-error-0xc004e015-1.txt'), known)).toBe('0xC004E015');
    expect(pickCode(sample('ato-error-0xc004f074-en-1.txt'), known)).toBe('0xC004F074');
  });

  it('takes the result code of an event 12288, not its status flags', () => {
    expect(pickCode(sample('event-12288-client-1.txt'), known)).toBe('0xC004F06C');
  });

  it('prefers the labelled error when a paste holds several codes', () => {
    expect(pickCode('tried 0x8007232B first\nError: 0xC004F074 No KMS', known)).toBe('0xC004F074');
  });
});

describe('canonical form', () => {
  it('is lower-case 0x and eight upper-case hex digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0x8000_0000, max: 0xfff0_0000 }), (n) => {
        const code = formatCode(n);
        expect(code).toMatch(/^0x[0-9A-F]{8}$/);
        expect(pickCode(code)).toBe(code);
        expect(pickCode(code.toLowerCase())).toBe(code);
        expect(pickCode(String(n))).toBe(code); // unsigned decimal
        expect(pickCode(String(n | 0))).toBe(code); // signed decimal
      }),
    );
  });

  it('never throws on arbitrary pasted text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      for (const f of findCodes(text)) expect(f.code).toMatch(/^0x[89A-F][0-9A-F]{7}$/);
    }));
  });
});

describe('unknown codes get an honest answer', () => {
  it('names the Win32 error inside 0x8007xxxx codes', () => {
    expect(anatomy('0x8007232B').win32).toBe(9003);
    const text = unknownCodeText('0x80070020').join(' ');
    expect(text).toContain('not in kms-doctor');
    expect(text).toContain('Win32 error 32');
    expect(text).toContain('slui.exe 0x2a 0x80070020');
  });

  it('names the Software Licensing range for 0xC004xxxx codes', () => {
    expect(unknownCodeText('0xC004FFFF').join(' ')).toContain('Software Licensing');
  });
});
