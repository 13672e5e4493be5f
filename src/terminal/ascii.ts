// Where the terminal cannot show "❯ › — · ↑↓" (the Linux console, Windows' legacy console
// host), the wizard draws ASCII instead: each symbol becomes one ASCII character of the same
// width, so nothing else on the screen moves.

const SYMBOLS: Record<string, string> = {
  '❯': '>', '›': '>', '‹': '<', '»': '>', '«': '<', '—': '-', '–': '-', '‐': '-', '‑': '-', '−': '-',
  '·': '*', '•': '*', '…': '.', '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '×': 'x',
  '↑': '^', '↓': 'v', '←': '<', '→': '>', '✓': '+', '✗': 'x', '█': '#', '▏': '|', '\u00A0': ' ',
};

/**
 * True when the terminal can show Unicode symbols. The rule of is-unicode-supported 2.1.0
 * (Sindre Sorhus, the check Ink's own dependencies use), written out so it can be given an
 * environment: outside Windows, every terminal but the Linux kernel console (TERM=linux);
 * on Windows, only the terminals it names — the legacy console host draws them as "?".
 * The locale is not consulted: LANG=C or an unset LANG (containers, SSH) says how programs
 * encode text, not what the terminal in front of the technician can draw.
 */
export function unicodeTerminal(env: Readonly<Record<string, string | undefined>> = process.env, platform = process.platform): boolean {
  if (platform !== 'win32') return env.TERM !== 'linux';
  return (
    Boolean(env.WT_SESSION) || // Windows Terminal
    Boolean(env.TERMINUS_SUBLIME) || // Terminus (before 0.2.27)
    env.ConEmuTask === '{cmd::Cmder}' || // ConEmu and cmder
    env.TERM_PROGRAM === 'Terminus-Sublime' ||
    env.TERM_PROGRAM === 'vscode' ||
    env.TERM === 'xterm-256color' ||
    env.TERM === 'alacritty' ||
    env.TERM === 'rxvt-unicode' ||
    env.TERM === 'rxvt-unicode-256color' ||
    env.TERMINAL_EMULATOR === 'JetBrains-JediTerm'
  );
}

/** Unicode or ASCII symbols: --ascii or --unicode when given, else what the terminal can show. */
export function drawsUnicode(forced: 'ascii' | 'unicode' | undefined, env?: Readonly<Record<string, string | undefined>>, platform?: NodeJS.Platform): boolean {
  return forced ? forced === 'unicode' : unicodeTerminal(env, platform);
}

/** `text` with every non-ASCII character replaced by an ASCII one (escape sequences kept). */
export function toAscii(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x00-\x7f]/gu, (ch) => SYMBOLS[ch] ?? '?');
}
