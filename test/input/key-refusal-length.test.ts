// A refusal of a product key fits its two rows of 60 columns even when the character named takes
// many words: a variation selector (U+FE0F) before the first group, found by the random hostile
// text of hostile-properties.test.ts, made a sentence of 130 characters. The reason ("keys use
// only …") is then left out; the character is still named.

import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/input/fields.js';
import { fitsMessage } from '../../src/input/message-fit.js';

describe('a product key with a variation selector before its first group', () => {
  it('is refused in a message that fits, naming the character', () => {
    const v = FIELDS.productKey!.validate('\uFE0FCDFG-HJKMP-QRTVW-XY234-6789B', {});
    expect(v).toEqual({ ok: false, message: 'That is not a product key: the 1st character of group 1 is U+FE0F (variation selector).' });
    if (!v.ok) expect(fitsMessage(v.message)).toBe(true);
  });
});
