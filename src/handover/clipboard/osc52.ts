// OSC 52 ("set the clipboard to this base64 text") as the bytes a terminal accepts, and the
// wrappings that carry it through a terminal multiplexer, which would otherwise swallow it.

const ESC = '\u001B';
const BEL = '\u0007';
const ST = `${ESC}\\`;

/**
 * The most base64 characters we put in one OSC 52: about what the strictest common terminals
 * accept (hterm and others cap the whole sequence near 100 000 bytes, some lower). A longer
 * text is refused rather than cut: half a block of commands pasted into a shell runs as
 * something else, with nothing to tell the technician that the end is missing.
 */
export const OSC52_MAX_BASE64 = 74_000;

/**
 * GNU screen keeps a DCS string in a small fixed buffer and drops what does not fit, so the
 * sequence goes through it in pieces this long (gemini-cli uses the same size).
 */
export const SCREEN_CHUNK = 240;

/** The terminal multiplexer between the wizard and the terminal, when there is one. */
export type Multiplexer = 'tmux' | 'screen';

/** The plain sequence: `ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL`. */
export function osc52(text: string): string {
  return `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
}

/**
 * tmux passes a DCS string that starts with "tmux;" to the outer terminal, every ESC inside
 * written twice (and only with `allow-passthrough on` since tmux 3.3).
 */
export function wrapForTmux(sequence: string): string {
  return `${ESC}Ptmux;${sequence.split(ESC).join(ESC + ESC)}${ST}`;
}

/** GNU screen passes each DCS string on as it is; the terminal sees the pieces joined up. */
export function wrapForScreen(sequence: string): string {
  let out = '';
  for (let i = 0; i < sequence.length; i += SCREEN_CHUNK) {
    out += `${ESC}P${sequence.slice(i, i + SCREEN_CHUNK)}${ST}`;
  }
  return out;
}

/** The bytes to write for `text`, or why it cannot go by OSC 52. */
export type Osc52Bytes = { ok: true; bytes: string } | { ok: false; message: string };

/** The sequence for `text`, wrapped for the multiplexer in between; refused when too long. */
export function osc52Bytes(text: string, multiplexer?: Multiplexer): Osc52Bytes {
  const base64Length = Math.ceil(Buffer.byteLength(text, 'utf8') / 3) * 4;
  if (base64Length > OSC52_MAX_BASE64) {
    return {
      ok: false,
      message: `too long for a terminal's clipboard (${base64Length.toLocaleString('en-US')} characters of base64; terminals take about ${OSC52_MAX_BASE64.toLocaleString('en-US')})`,
    };
  }
  const sequence = osc52(text);
  const bytes = multiplexer === 'tmux' ? wrapForTmux(sequence) : multiplexer === 'screen' ? wrapForScreen(sequence) : sequence;
  return { ok: true, bytes };
}
