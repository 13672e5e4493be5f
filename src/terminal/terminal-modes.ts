// The terminal modes the wizard sets, and their undoing. Entering: raw keys, the alternate
// screen (the technician's shell screen comes back untouched on exit), bracketed paste (a
// paste arrives marked, so its line breaks never press Enter), hidden cursor. Leaving undoes
// each, once, whatever ends the wizard: q, Ctrl+C, a signal or a crash.

const ALT_ON = '\u001B[?1049h';
const ALT_OFF = '\u001B[?1049l';
const PASTE_ON = '\u001B[?2004h';
const PASTE_OFF = '\u001B[?2004l';
const CURSOR_HIDE = '\u001B[?25l';
const CURSOR_SHOW = '\u001B[?25h';
const SGR_RESET = '\u001B[0m';

/** The streams the modes are set on. */
export interface TerminalStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/** A terminal in the wizard's modes; `leave()` is safe to call any number of times. */
export interface TerminalModes {
  leave(): void;
}

function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // The terminal may be gone (SIGHUP): nothing left to restore on it.
  }
}

/** Puts the terminal in the wizard's modes. */
export function enterTerminal({ stdin, stdout }: TerminalStreams): TerminalModes {
  stdin.setRawMode?.(true);
  stdout.write(ALT_ON + PASTE_ON + CURSOR_HIDE);
  let left = false;
  return {
    leave() {
      if (left) return;
      left = true;
      quietly(() => stdout.write(SGR_RESET + PASTE_OFF + CURSOR_SHOW + ALT_OFF));
      quietly(() => stdin.setRawMode?.(false));
      quietly(() => stdin.pause());
    },
  };
}
