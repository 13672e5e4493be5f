// Which way a copy travels, read from the environment alone (no probing, no I/O): the
// terminal's own clipboard by OSC 52, or this machine's clipboard through clipboardy.

import type { Multiplexer } from './osc52.js';

/** Environment variables, as in `process.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

/** What the choice of transport depends on. */
export interface ClipboardSituation {
  env: Env;
  platform: NodeJS.Platform;
  /** There is a terminal to write OSC 52 to (the wizard passed a writer for it). */
  hasTerminal: boolean;
}

/** A way to the clipboard: this machine's (clipboardy) or the terminal's (OSC 52). */
export type Transport = 'native' | 'osc52';

const set = (env: Env, name: string): boolean => (env[name] ?? '') !== '';

/** An SSH session: this machine's clipboard is not the one the technician pastes from. */
export const isRemote = (env: Env): boolean => set(env, 'SSH_TTY') || set(env, 'SSH_CONNECTION') || set(env, 'SSH_CLIENT');

/**
 * The multiplexer OSC 52 must be wrapped for. TERM=tmux* also counts: over SSH from inside
 * tmux, TMUX is not passed on but TERM is. TERM=screen* alone does not: older tmux sets it too,
 * and a screen wrapping sent to tmux is dropped.
 */
export function multiplexerOf(env: Env): Multiplexer | undefined {
  if (set(env, 'TMUX') || (env.TERM ?? '').startsWith('tmux')) return 'tmux';
  if (set(env, 'STY')) return 'screen';
  return undefined;
}

/**
 * Whether clipboardy has something to talk to: pbcopy and Set-Clipboard always exist; on
 * Linux it needs a display (X11 or Wayland), WSL (clip.exe) or Termux.
 */
export function hasNativeClipboard(platform: NodeJS.Platform, env: Env): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  if (platform === 'android') return set(env, 'TERMUX_VERSION');
  return set(env, 'DISPLAY') || set(env, 'WAYLAND_DISPLAY') || set(env, 'WSL_DISTRO_NAME') || set(env, 'WSL_INTEROP');
}

/** Why OSC 52 cannot be sent here, or undefined when it can. */
export function osc52Blocker(situation: ClipboardSituation): string | undefined {
  if (!situation.hasTerminal) return 'there is no terminal to send it to';
  if (situation.env.TERM === 'dumb') return 'the terminal is TERM=dumb';
  return undefined;
}

/**
 * The transports to try, in order. Remote or inside a multiplexer, OSC 52 first: the
 * terminal in front of the technician holds the clipboard they paste from. Locally, the
 * native clipboard first, as it confirms the copy; OSC 52 when it fails or is missing.
 */
export function transportsFor(situation: ClipboardSituation): Transport[] {
  const { env, platform } = situation;
  const terminalFirst = isRemote(env) || multiplexerOf(env) !== undefined;
  const order: Transport[] = terminalFirst ? ['osc52', 'native'] : ['native', 'osc52'];
  return order.filter((t) => (t === 'native' ? hasNativeClipboard(platform, env) : osc52Blocker(situation) === undefined));
}
