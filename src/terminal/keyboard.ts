// Reads the keyboard in one place: every chunk the terminal sends goes through one key reader
// and its keys are handed on, in order, the moment they arrive. Nothing subscribes per screen,
// so a key typed while a screen changes waits for nothing and is never lost.

import { createKeyReader } from './key-reader.js';
import type { Key } from './keys.js';

/** How long a lone ESC waits for the rest of a sequence (an arrow key split by a slow link). */
export const ESCAPE_DELAY_MS = 25;
/**
 * How long an unfinished bracketed paste waits for more of itself. Generous: over a slow SSH
 * link or on a busy machine the pieces of one paste arrive seconds apart, and a paste cut in two
 * reads its first piece alone ("Pasted text does not answer this question"). The wait starts
 * again with every piece; the paste's size is capped by the key reader (MAX_PASTE).
 */
export const PASTE_WAIT_MS = 10_000;

/** Something that emits the terminal's input as 'data' events. */
export interface KeySource {
  on(event: 'data', listener: (chunk: string | Buffer) => void): unknown;
  off(event: 'data', listener: (chunk: string | Buffer) => void): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
}

/** Starts reading keys from `source` into `onKey`; returns the function that stops it. */
export function attachKeyboard(source: KeySource, onKey: (key: Key) => void, escapeDelayMs = ESCAPE_DELAY_MS): () => void {
  const reader = createKeyReader();
  let timer: NodeJS.Timeout | undefined;
  const deliver = (keys: Key[]) => {
    for (const key of keys) onKey(key);
  };
  const onData = (chunk: string | Buffer) => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    deliver(reader.push(String(chunk)));
    if (reader.hasPending()) {
      timer = setTimeout(() => {
        timer = undefined;
        deliver(reader.flush());
      }, reader.inPaste() ? PASTE_WAIT_MS : escapeDelayMs);
    }
  };
  source.setEncoding?.('utf8');
  source.on('data', onData);
  return () => {
    if (timer) clearTimeout(timer);
    source.off('data', onData);
  };
}
