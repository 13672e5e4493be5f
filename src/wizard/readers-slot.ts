// Where the key map finds the readers of pasted output (paste-answers.ts and the readers under
// src/readers/, a tenth of the wizard's code). They are loaded just after the first screen is
// drawn, not before it: a technician does not paste within the first few milliseconds, and
// the wizard starts faster without them. On a busy machine loading them takes seconds: the
// runner holds a paste that comes first (and the keys after it) until they are in
// (src/terminal/key-gate.ts); without a runner, a paste goes into the field as text.

import type * as PasteAnswers from './paste-answers.js';

/** What the key map uses of the readers. */
export type Readers = Pick<typeof PasteAnswers, 'readPaste' | 'autoAnswer' | 'startWith'>;

let readers: Readers | undefined;

/** The readers, once loaded. */
export const loadedReaders = (): Readers | undefined => readers;

/** Makes `r` the readers (the runner after loading them; tests at once). */
export function installReaders(r: Readers): void {
  readers = r;
}

/** Loads the readers (once) and installs them. */
export async function loadReaders(): Promise<void> {
  if (!readers) installReaders(await import('./paste-answers.js'));
}
