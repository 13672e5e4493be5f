// An input stream Ink can hold that never reads: the keyboard reader (keyboard.ts) owns the
// real one, and Ink must not put it in raw mode or read from it.

import { EventEmitter } from 'node:events';

/** A terminal input that never types. */
export class NoInput extends EventEmitter {
  isTTY = true;
  setRawMode() {}
  setEncoding() {}
  read() {
    return null;
  }
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}
