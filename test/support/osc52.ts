// Reading OSC 52 back out of what a terminal received, independently of how src/ builds it:
// tmux and screen passthrough are unwrapped first, then every clipboard write is decoded.

const ESC = '\x1b';

/** Every text an OSC 52 sequence in `raw` would put on the clipboard, in order. */
export function decodeOsc52(raw: string): string[] {
  // tmux passthrough: ESC P tmux; <ESC doubled> ESC \
  let plain = raw.replace(/\x1bPtmux;((?:\x1b\x1b|[^\x1b])*)\x1b\\/g, (_, inner: string) => inner.split(ESC + ESC).join(ESC));
  // GNU screen: the sequence cut into DCS strings ESC P <piece> ESC \, joined up again.
  plain = plain.replace(/\x1bP((?:[^\x1b]|\x1b(?!\\))*)\x1b\\/g, (_, inner: string) => inner);
  return [...plain.matchAll(/\x1b\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'));
}
