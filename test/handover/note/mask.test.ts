import { describe, expect, it } from 'vitest';
import { maskProductKeys } from '../../../src/handover/note/mask.js';

describe('masking product keys', () => {
  it('keeps only the last five characters of a key that is not published', () => {
    expect(maskProductKeys("slmgr /ipk BCDFG-HJKMP-QRTVW-XY234-6789B; @{ProductKey='BCDFG-HJKMP-QRTVW-XY234-6789B'}")).toBe(
      "slmgr /ipk XXXXX-XXXXX-XXXXX-XXXXX-6789B; @{ProductKey='XXXXX-XXXXX-XXXXX-XXXXX-6789B'}",
    );
  });

  it('masks a key in lower case too', () => {
    expect(maskProductKeys('bcdfg-hjkmp-qrtvw-xy234-6789b')).toBe('XXXXX-XXXXX-XXXXX-XXXXX-6789b');
  });

  it('leaves a published KMS client setup key whole, in any case', () => {
    expect(maskProductKeys('W269N-WFGWX-YVC9B-4J6C9-T83GX')).toBe('W269N-WFGWX-YVC9B-4J6C9-T83GX');
    expect(maskProductKeys('w269n-wfgwx-yvc9b-4j6c9-t83gx')).toBe('w269n-wfgwx-yvc9b-4j6c9-t83gx');
  });

  it('leaves what only looks alike: a longer run, or a confirmation ID', () => {
    expect(maskProductKeys('BBCDFG-HJKMP-QRTVW-XY234-6789B')).toBe('BBCDFG-HJKMP-QRTVW-XY234-6789B');
    const cid = '112233-445566-778899-001122-334455-667788-990011-223344';
    expect(maskProductKeys(cid)).toBe(cid);
  });
});
