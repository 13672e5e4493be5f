// How much room a refusal has: it shows under the field, and must fit in two rows of a
// 60-column window so the screen around it keeps its height. Measured the way Ink wraps text.

import { columnsOf as stringWidth } from '../text/columns.js';

/** The narrowest window a refusal is written for. */
export const MESSAGE_COLUMNS = 60;
/** The most rows a refusal takes at MESSAGE_COLUMNS. */
export const MESSAGE_ROWS = 2;

/** The rows `text` takes at `columns`: words wrapped at spaces, a word wider than a row broken, wide characters two columns. */
export function rowsAt(text: string, columns: number): number {
  let rows = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const w = stringWidth(word);
    const needed = used === 0 ? w : used + 1 + w;
    if (needed <= columns) {
      used = needed;
      continue;
    }
    if (used > 0) rows += 1;
    // A word wider than the row fills whole rows, and the rest of it starts the next.
    rows += Math.max(0, Math.ceil(w / columns) - 1);
    used = w % columns === 0 ? columns : w % columns;
  }
  return rows;
}

/** True when a refusal fits its room (and is no longer than the room, however it wraps). */
export const fitsMessage = (text: string): boolean =>
  text.length <= MESSAGE_COLUMNS * MESSAGE_ROWS && rowsAt(text, MESSAGE_COLUMNS) <= MESSAGE_ROWS;

/** The first of the messages that fits its room, else the last (the shortest wording, by convention). */
export function firstFitting(...messages: string[]): string {
  return messages.find(fitsMessage) ?? messages.at(-1)!;
}
