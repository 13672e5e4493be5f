// How a command is laid out in a window of a given width so that it still reads as what it is
// and still pastes as a working command.
//
// - A long PowerShell command is laid out as PowerShell (powershell-lines.ts): a pipeline a
//   stage a line, statements a line each, script blocks opened up — broken only where
//   PowerShell reads on, so a mouse selection of its lines still runs.
// - Nothing else is ever broken by us: cmd ends a command at a line break. What is still wider
//   than the window is left to the terminal's soft wrap (a selection of a soft-wrapped line
//   pastes as one line), padded with spaces so that the wrap falls between two words rather
//   than inside one. Padding only goes where a space already is and outside quotes, so it
//   never changes what the command does.

import type { Shell } from '../../flows/step.js';
import { layOut } from './powershell-lines.js';

/**
 * Pads `line` (drawn from column `firstColumn`) with spaces so that where the terminal wraps
 * it at `columns`, the next row starts with a whole word, indented like the first row. Only
 * spaces outside quotes are widened, and only plain ASCII lines are measured (a wider
 * character would put the wrap somewhere we cannot count).
 */
export function padForSoftWrap(line: string, columns: number, firstColumn = 0): string {
  if (firstColumn + line.length <= columns || !/^[\x20-\x7e]*$/.test(line)) return line;
  // The line's own indentation (a PowerShell line inside a block) is kept as it is.
  const indentation = /^ */.exec(line)![0];
  if (indentation.length > 0) return indentation + padForSoftWrap(line.slice(indentation.length), columns, firstColumn + indentation.length);
  const lead = ' '.repeat(Math.min(firstColumn, Math.floor(columns / 4)));
  // Words, each with whether the space before it is outside quotes.
  const words: { text: string; free: boolean }[] = [];
  let quote: string | undefined;
  let word = '';
  let free = true;
  for (const c of line) {
    if (c === ' ' && !quote) {
      if (word) words.push({ text: word, free });
      word = '';
      free = true;
      continue;
    }
    if (quote ? c === quote : c === '"' || c === "'") quote = quote ? undefined : c;
    word += c;
  }
  if (word) words.push({ text: word, free });
  let out = '';
  let column = firstColumn; // where the next character lands, 0 … columns-1
  for (const [i, w] of words.entries()) {
    let gap = i === 0 ? '' : ' ';
    const at = (column + gap.length) % columns;
    // The word would run over the row's end: start it on the next row, as far in as the first.
    if (i > 0 && w.free && at + w.text.length > columns && lead.length + w.text.length <= columns) {
      gap = ' '.repeat(columns - column) + lead;
    }
    out += gap + w.text;
    column = (column + gap.length + w.text.length) % columns;
  }
  return out;
}

/** The lines of `text` as PowerShell a person reads (broken where it may be) or as it is, unpadded. */
export function readableLines(text: string, shell: Shell, width: number): string[] {
  const lines = text.split('\n');
  return shell === 'powershell' ? lines.flatMap((l) => layOut(l, width)) : lines;
}

/**
 * The lines `text` is drawn as, `indent` columns in, in a window `columns` wide: PowerShell
 * broken where it may be, every line padded so the terminal wraps it between words.
 */
export function commandLines(text: string, shell: Shell, columns: number, indent = 0): string[] {
  return readableLines(text, shell, Math.max(20, columns - indent - 1)).map((l) => padForSoftWrap(l, columns, indent));
}
