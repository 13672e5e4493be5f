// Holds keys back, in order, while what they need is still loading. The readers of pasted
// output load just after the first screen; on a busy machine that takes seconds, and a paste
// that arrived first was not read ("Pasted text does not answer this question"). A key that
// must wait is held with every key after it, so none overtakes another; Ctrl+C never waits.

import { isCtrl, type Key } from './keys.js';

/** Passes keys to `deliver` in order; from the first that `mustWait`, holds them all until `ready` settles. */
export function keyGate(deliver: (key: Key) => void, mustWait: (key: Key) => boolean, ready: Promise<unknown>): (key: Key) => void {
  let held: Key[] | undefined;
  return (key) => {
    if (isCtrl(key, 'c')) return deliver(key);
    if (held) return void held.push(key);
    if (!mustWait(key)) return deliver(key);
    held = [key];
    const release = () => {
      const keys = held ?? [];
      held = undefined;
      for (const k of keys) deliver(k);
    };
    void ready.then(release, release);
  };
}
