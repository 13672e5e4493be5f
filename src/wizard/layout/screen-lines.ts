// A screen as lines we measured ourselves. Prose is wrapped by us at word boundaries to one
// column less than the window, so Ink never wraps it and we know each paragraph's height;
// a command is never wrapped by us (the terminal wraps it softly, and a mouse selection still
// pastes one command), so its height is its width divided by the window's.

import { textWidth } from '../../terminal/text-width.js';
import { wrapLines } from '../../text/wrap.js';

/** Colours the wizard uses. */
export type Colour = 'green' | 'yellow' | 'red' | 'cyan' | 'blue' | 'magenta';

/** How a line is drawn. */
export interface LineStyle {
  bold?: boolean;
  dim?: boolean;
  color?: Colour;
}

/** One line of a screen. */
export interface ScreenLine extends LineStyle {
  text: string;
  /** A command: printed whole, never wrapped by us. */
  command?: boolean;
  /** On a resolution: which of its commands (in screen order) this line belongs to. */
  commandIndex?: number;
  /** Drawn after a turning spinner (a live check under way). */
  spinner?: boolean;
  /** Part of "How do I find out?" (the screen turns to it when it opens). */
  help?: boolean;
}

/** A group of lines kept on one page when they fit. */
export type Block = ScreenLine[];

/** Rows a line takes in a window `columns` wide. */
export function rowsOf(line: ScreenLine, columns: number): number {
  if (!line.command) return 1;
  const width = textWidth(line.text);
  return Math.max(1, Math.ceil(width / Math.max(1, columns)));
}

/** Rows of several lines. */
export const rowsOfLines = (lines: readonly ScreenLine[], columns: number): number =>
  lines.reduce((n, l) => n + rowsOf(l, columns), 0);

/**
 * A paragraph wrapped to the window, one ScreenLine per row: the first row after `indent`, the
 * rows after it after `hanging` (a numbered step's text lines up after its number).
 */
export function prose(text: string, columns: number, style: LineStyle = {}, indent = '', hanging = indent): ScreenLine[] {
  const width = columns - 1 - Math.max(indent.length, hanging.length);
  return wrapLines(text, width).map((t, i) => ({ ...style, text: (i === 0 ? indent : hanging) + t }));
}

/** An empty line. */
export const blank = (): ScreenLine => ({ text: '' });
