// build:exe removes node.exe's Authenticode signature before injecting the script (a signature
// that no longer matches reads as a damaged file). Checked on a small PE laid out by hand.

import { describe, expect, it } from 'vitest';
import { isSigned, withoutSignature } from '../../scripts/build-exe-pe.mjs';

/** A PE32+ file of `length` bytes whose certificate table (security directory) is `table`. */
function pe(length: number, table: { offset: number; size: number }): Buffer {
  const file = Buffer.alloc(length, 0xaa);
  file.writeUInt32LE(0x80, 0x3c); // e_lfanew
  file.write('PE\0\0', 0x80, 'latin1');
  const optional = 0x80 + 24;
  file.writeUInt16LE(0x20b, optional); // PE32+
  file.writeUInt32LE(0x1234_5678, optional + 64); // checksum
  const security = optional + 112 + 4 * 8;
  file.writeUInt32LE(table.offset, security);
  file.writeUInt32LE(table.size, security + 4);
  return file;
}

describe('withoutSignature', () => {
  it('cuts the certificate table off the end and clears its directory entry and the checksum', () => {
    const signed = pe(0x400, { offset: 0x300, size: 0x100 });
    expect(isSigned(signed)).toBe(true);
    const unsigned = withoutSignature(signed);
    expect(unsigned.length).toBe(0x300);
    expect(isSigned(unsigned)).toBe(false);
    expect(unsigned.readUInt32LE(0x80 + 24 + 112 + 32)).toBe(0);
    expect(unsigned.readUInt32LE(0x80 + 24 + 64)).toBe(0);
    expect(unsigned.subarray(0x200, 0x300)).toEqual(signed.subarray(0x200, 0x300)); // the rest untouched
  });

  it('leaves an unsigned file as it is', () => {
    const plain = pe(0x300, { offset: 0, size: 0 });
    expect(withoutSignature(plain)).toEqual(plain);
  });

  it('refuses what it does not understand rather than cut blindly', () => {
    expect(() => withoutSignature(pe(0x400, { offset: 0x200, size: 0x100 }))).toThrow('not at the end');
    const notPe = pe(0x300, { offset: 0, size: 0 });
    notPe.write('XX', 0x80, 'latin1');
    expect(() => withoutSignature(notPe)).toThrow('not a PE file');
  });
});
