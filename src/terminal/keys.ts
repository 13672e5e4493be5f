// The keys the wizard understands, as one small vocabulary. The key reader turns raw terminal
// bytes into these; the session reducer acts on them. Anything else a terminal may send
// (function keys, mouse reports, focus events, unknown escape sequences) becomes an `ignored`
// key, so no sequence can crash the wizard or leak into a field.

/** Named keys (cursor, editing and paging keys). */
export type KeyName =
  | 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'pageup' | 'pagedown'
  | 'enter' | 'escape' | 'tab' | 'backtab' | 'backspace' | 'delete';

/** One key press, one run of typed characters, or one paste. */
export type Key =
  /** Printable characters typed (several when they arrived in one read). */
  | { kind: 'text'; text: string }
  /** Text pasted as a whole: bracketed paste, or a chunk that can only be a paste. */
  | { kind: 'paste'; text: string; /** Characters beyond the reader's cap, counted but not kept. */ dropped?: number }
  /** A named key, possibly with modifiers (Ctrl+← arrives as `left` with ctrl). */
  | { kind: 'named'; name: KeyName; ctrl?: boolean; alt?: boolean; shift?: boolean }
  /** Ctrl plus a letter (`letter` is lower case: Ctrl+C is `c`). */
  | { kind: 'ctrl'; letter: string }
  /** Something the wizard has no use for; kept only so tests can see it was read. */
  | { kind: 'ignored'; sequence: string };

/** A named key without modifiers. */
export const named = (name: KeyName): Key => ({ kind: 'named', name });

/** True when `key` is the named key `name` without Ctrl or Alt. */
export const isKey = (key: Key, name: KeyName): boolean =>
  key.kind === 'named' && key.name === name && !key.ctrl && !key.alt;

/** True for Ctrl+`letter`. */
export const isCtrl = (key: Key, letter: string): boolean => key.kind === 'ctrl' && key.letter === letter;
