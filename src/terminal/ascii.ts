// Terminals whose locale is not UTF-8 (LANG=C, ISO-8859-1) show "❯ › — · ↑↓" as mojibake.
// There the wizard draws ASCII instead: each symbol becomes one ASCII character of the same
// width, so nothing else on the screen moves.

const SYMBOLS: Record<string, string> = {
  '❯': '>', '›': '>', '‹': '<', '»': '>', '«': '<', '—': '-', '–': '-', '‐': '-', '‑': '-', '−': '-',
  '·': '*', '•': '*', '…': '.', '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '×': 'x',
  '↑': '^', '↓': 'v', '←': '<', '→': '>', '✓': '+', '✗': 'x', '█': '#', '▏': '|', '\u00A0': ' ',
};

/** True when the terminal can show UTF-8: Windows consoles can; elsewhere the locale says. */
export function unicodeTerminal(env: Readonly<Record<string, string | undefined>> = process.env, platform = process.platform): boolean {
  if (platform === 'win32') return true;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale);
}

/** `text` with every non-ASCII character replaced by an ASCII one (escape sequences kept). */
export function toAscii(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x00-\x7f]/gu, (ch) => SYMBOLS[ch] ?? '?');
}
