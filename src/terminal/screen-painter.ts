// Draws Ink's frames on the alternate screen, whole, every time: from the top-left corner,
// each line followed by "erase to the end of the line", then "erase below". Whatever was on
// the screen before — a frame of another height, lines the terminal re-flowed on a resize,
// rows a long command soft-wrapped into — is painted over, so no stale line can stay. Ink
// runs in debug mode (it hands over each whole frame and draws nothing itself); frames that
// arrive in one tick are painted once. A frame taller than the window is clipped, never
// scrolled. The caret marker a field draws becomes the terminal's real cursor.

import { CARET_MARK } from './caret-mark.js';
import { textWidth } from './text-width.js';
import { toAscii } from './ascii.js';

export { CARET_MARK } from './caret-mark.js';

const ESC = '\u001B';
const SYNC_ON = `${ESC}[?2026h`;
const SYNC_OFF = `${ESC}[?2026l`;
// Colours and styles are kept; every other escape sequence or control character is dropped.
// eslint-disable-next-line no-control-regex
const NOT_SGR = /\u001B(?:\[(?![\d;]*m)[\x20-\x3f]*[\x40-\x7e]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[^[\]])|[\u0000-\u0008\u000B-\u001A\u001C-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const SGR = /\u001B\[[\d;]*m/g;

/** What the painter needs of the real terminal. */
export interface PaintTarget {
  write(text: string): unknown;
  columns?: number;
  rows?: number;
}

/** The painter: a stream for Ink to write frames to, and the redraw controls. */
export interface ScreenPainter {
  /** Give this to Ink as its stdout. */
  stream: NodeJS.WriteStream;
  /** Clears the whole screen and paints the last frame again (Ctrl+L, a resize). */
  redraw(): void;
  /** Stops painting; frames written later are dropped. */
  close(): void;
}

const visibleWidth = (text: string): number => textWidth(text.replace(SGR, ''));

/** The bytes that paint `frame` on a `columns`×`rows` screen. */
export function paintFrame(frame: string, columns: number, rows: number, options: { ascii?: boolean; clear?: boolean } = {}): string {
  const lines = frame.replace(/\n$/, '').split('\n');
  let out = SYNC_ON + (options.clear ? `${ESC}[2J` : '') + `${ESC}[H`;
  let used = 0;
  let caret: { row: number; column: number } | undefined;
  for (const [i, raw] of lines.entries()) {
    let line = raw.replace(/\t/g, ' ').replace(NOT_SGR, '');
    const mark = line.indexOf(CARET_MARK);
    if (mark >= 0) {
      const column = visibleWidth(line.slice(0, mark));
      caret = { row: used + Math.floor(column / columns), column: column % columns };
      line = line.replaceAll(CARET_MARK, '');
    }
    if (options.ascii) line = toAscii(line);
    const width = visibleWidth(line);
    const height = Math.max(1, Math.ceil(width / columns));
    if (used + height > rows) break;
    // A line that exactly fills its last row needs no erase (and erasing there would take its last character).
    out += line + (width > 0 && width % columns === 0 ? '' : `${ESC}[K`);
    used += height;
    if (i < lines.length - 1 && used < rows) out += '\r\n';
  }
  out += `${ESC}[J`;
  out += caret && caret.row < rows ? `${ESC}[${caret.row + 1};${caret.column + 1}H${ESC}[?25h` : `${ESC}[?25l`;
  return out + SYNC_OFF;
}

/** A painter on `target` (the real terminal). */
export function createPainter(target: PaintTarget & NodeJS.EventEmitter, options: { ascii?: boolean } = {}): ScreenPainter {
  let latest: string | undefined;
  let scheduled = false;
  let clearNext = true;
  let closed = false;
  const paint = () => {
    scheduled = false;
    if (closed || latest === undefined) return;
    const text = paintFrame(latest, target.columns || 80, target.rows || 24, { ascii: options.ascii, clear: clearNext });
    clearNext = false;
    try {
      target.write(text);
    } catch {
      // The terminal went away; the wizard ends on its own (SIGHUP).
    }
  };
  let painted = false;
  const schedule = () => {
    if (scheduled || closed) return;
    // The first frame is painted at once: the technician is waiting for it.
    if (!painted) {
      painted = true;
      paint();
      return;
    }
    scheduled = true;
    setImmediate(paint);
  };
  const stream = new Proxy(target, {
    get(object, prop) {
      if (prop === 'write') {
        return (chunk: unknown) => {
          if (typeof chunk === 'string' && chunk !== '') {
            latest = chunk;
            schedule();
          }
          return true;
        };
      }
      // A terminal that reports no size (0×0: a pseudo-terminal before its first resize, as
      // `docker exec -t`, `script` or a serial console give) is drawn at 80×24; at 0 columns
      // Ink would lay the wizard out one character per line.
      if (prop === 'columns') return object.columns || 80;
      if (prop === 'rows') return object.rows || 24;
      const value = Reflect.get(object, prop, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  }) as unknown as NodeJS.WriteStream;
  return {
    stream,
    redraw() {
      clearNext = true;
      schedule();
    },
    close() {
      closed = true;
    },
  };
}
