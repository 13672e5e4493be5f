import { describe, expect, it } from 'vitest';
import { SCREEN_CHUNK, osc52, osc52Bytes, wrapForScreen, wrapForTmux } from '../../../src/handover/clipboard/osc52.js';

const ESC = '\x1b';
const BEL = '\x07';
// "slmgr /ato" in base64, worked out by hand: c2xt ZTIg L2F0 bw==
const ATO = 'c2xtZ3IgL2F0bw==';

describe('the OSC 52 sequence', () => {
  it('is ESC ] 52 ; c ; base64 BEL, byte for byte', () => {
    expect(osc52('slmgr /ato')).toBe(`${ESC}]52;c;${ATO}${BEL}`);
  });

  it('encodes the text as UTF-8', () => {
    expect(osc52('é')).toBe(`${ESC}]52;c;w6k=${BEL}`);
  });

  it('is wrapped for tmux in a DCS passthrough with every ESC doubled', () => {
    expect(wrapForTmux(osc52('slmgr /ato'))).toBe(`${ESC}Ptmux;${ESC}${ESC}]52;c;${ATO}${BEL}${ESC}\\`);
    expect(osc52Bytes('slmgr /ato', 'tmux')).toEqual({ ok: true, bytes: `${ESC}Ptmux;${ESC}${ESC}]52;c;${ATO}${BEL}${ESC}\\` });
  });

  it('goes through GNU screen as one DCS string when short', () => {
    expect(wrapForScreen(osc52('slmgr /ato'))).toBe(`${ESC}P${ESC}]52;c;${ATO}${BEL}${ESC}\\`);
    expect(osc52Bytes('slmgr /ato', 'screen')).toEqual({ ok: true, bytes: `${ESC}P${ESC}]52;c;${ATO}${BEL}${ESC}\\` });
  });

  it('goes through GNU screen in 240-byte DCS pieces when long', () => {
    const text = 'a'.repeat(300); // 400 base64 characters: a sequence of 408 bytes
    const sequence = osc52(text);
    expect(sequence).toHaveLength(408);
    const wrapped = wrapForScreen(sequence);
    expect(wrapped).toBe(`${ESC}P${sequence.slice(0, 240)}${ESC}\\${ESC}P${sequence.slice(240)}${ESC}\\`);
    expect(SCREEN_CHUNK).toBe(240);
  });

  it('is sent plain when there is no multiplexer', () => {
    expect(osc52Bytes('slmgr /ato')).toEqual({ ok: true, bytes: `${ESC}]52;c;${ATO}${BEL}` });
  });
});

describe('the size limit', () => {
  // Written out, not read from OSC52_MAX_BASE64 (the constant under test): 74 000 base64
  // characters are 55 500 bytes of text; the sequence around them is 8 more.
  it('takes a text whose base64 is exactly the limit', () => {
    const result = osc52Bytes('x'.repeat(55_500));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.bytes).toHaveLength(74_008);
  });

  it('refuses one byte more, saying why, instead of cutting it', () => {
    expect(osc52Bytes('x'.repeat(55_501))).toEqual({
      ok: false, message: "too long for a terminal's clipboard (74,004 characters of base64; terminals take about 74,000)",
    });
  });

  it('counts UTF-8 bytes, not characters', () => {
    // 27 751 two-byte characters are 55 502 bytes: over the limit although fewer characters.
    expect(osc52Bytes('é'.repeat(27_751)).ok).toBe(false);
    expect(osc52Bytes('é'.repeat(27_750)).ok).toBe(true);
  });
});
