// Files as Windows writes them decode to the same text.

import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/text/decode.js';

const TEXT = 'Lizenzstatus: Lizenziert — Clé de produit partielle : 2YT43\r\n错误: 0xC004F074\r\n';

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]!; be[i + 1] = le[i]!; }
  return be;
};

describe('decodeText', () => {
  const cases: Record<string, Buffer> = {
    'UTF-8': Buffer.from(TEXT, 'utf8'),
    'UTF-8 with a BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]),
    'UTF-16 LE with a BOM (PowerShell 5.1 >)': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
    'UTF-16 LE without a BOM': Buffer.from(TEXT, 'utf16le'),
    'UTF-16 BE with a BOM': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]),
    'UTF-16 BE without a BOM': utf16be(TEXT),
  };
  for (const [name, bytes] of Object.entries(cases)) {
    it(`reads ${name}`, () => expect(decodeText(bytes)).toBe(TEXT));
  }

  it('reads an ANSI (Windows-1252) file that is not UTF-8', () => {
    expect(decodeText(Buffer.from([0x4c, 0xfc, 0x63, 0x6b, 0x65, 0x3a, 0x20, 0x80]))).toBe('Lücke: €');
  });

  it('reads empty and one-byte files', () => {
    expect(decodeText(Buffer.alloc(0))).toBe('');
    expect(decodeText(Buffer.from('x'))).toBe('x');
  });
});
