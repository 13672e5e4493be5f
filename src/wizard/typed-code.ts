// An error code typed at a question. A junior with "0xC004F074" on a ticket types it at the
// first screen instead of choosing "An error code" first; each digit used to highlight a choice
// (the 4 the SRV record) and Enter then chose it. Here "0x" starts a code; hex digits follow;
// Enter looks it up (as the code question would), Backspace takes a digit back, Esc drops it.
// A lone "0" waits to see whether an "x" follows; anything else is then the key it always was.

import { isKey, type Key } from '../terminal/keys.js';
import { lookUpCode, type Session } from './session.js';

/** What an error code is: 0x and eight hex digits. */
const FULL = /^0x[0-9a-f]{8}$/i;
const HEX = /^[0-9a-f]$/i;

/** A question's `0`: the start of a code, perhaps (nothing shows until the `x`). */
export const startTypedCode = (s: Session): Session => ({ ...s, typedCode: '0' });

/** The line the screen shows while a code is typed; undefined while only the `0` is. */
export function typedCodeLine(s: Session): string | undefined {
  const typed = s.typedCode;
  if (!typed || typed.length < 2) return undefined;
  const missing = 10 - typed.length;
  return missing > 0
    ? `Error code: ${typed}${'_'.repeat(missing)} (${missing} more hex digit${missing === 1 ? '' : 's'}; Esc drops it)`
    : `Error code: ${typed} (Enter looks it up; Esc drops it)`;
}

/** A key while a code is typed; `other` handles a key that ends the typing, as if it came alone. */
export function onTypedCodeKey(s: Session, key: Key, other: (s: Session, key: Key) => Session): Session {
  const typed = s.typedCode ?? '';
  const dropped: Session = { ...s, typedCode: undefined };
  const text = key.kind === 'text' ? key.text : undefined;
  if (typed === '0') return text === 'x' || text === 'X' ? { ...s, typedCode: '0x', notice: undefined } : other(dropped, key);
  if (text !== undefined && HEX.test(text)) return typed.length < 10 ? { ...s, typedCode: typed + text.toUpperCase(), notice: undefined } : s;
  if (isKey(key, 'backspace')) return typed.length > 2 ? { ...s, typedCode: typed.slice(0, -1), notice: undefined } : dropped;
  if (isKey(key, 'escape')) return { ...dropped, notice: undefined };
  if (isKey(key, 'enter')) {
    if (FULL.test(typed)) return lookUpCode({ ...dropped, notice: undefined }, `0x${typed.slice(2).toUpperCase()}`);
    return { ...s, notice: `An error code is 0x and eight hex digits, as in 0xC004F074: ${typed} has ${typed.length - 2}.` };
  }
  return other(dropped, key);
}
