// Keeps long commands copy-safe. Ink would hard-wrap a command wider than the terminal,
// putting a line break inside it; we render commands unwrapped so the terminal wraps them
// softly (a selection of the line pastes one working command). But Ink erases the previous
// frame by counting '\n's, so the extra rows of a soft-wrapped line would stay on screen as
// ghosts. This stream wrapper counts those rows and extends Ink's erase to cover them.

import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

// Ink (ansi-escapes eraseLines) erases with: (ESC[2K ESC[1A)* ESC[2K ESC[G
const ERASE_BLOCK = /^((?:\x1b\[[0-9;?]*[A-Za-z])*?)((?:\x1b\[2K\x1b\[1A)*\x1b\[2K\x1b\[G)/;

/** Rows that the text's lines take beyond one each, at this terminal width. */
export function extraRows(text: string, columns: number): number {
  if (!(columns > 0)) return 0;
  let extra = 0;
  for (const line of stripAnsi(text).split('\n')) {
    const width = stringWidth(line);
    if (width > columns) extra += Math.ceil(width / columns) - 1;
  }
  return extra;
}

/** Rewrites one write: extends a leading erase block by the previous frame's extra rows. */
export function extendErase(chunk: string, previousExtra: number): string {
  if (previousExtra === 0) return chunk;
  const m = ERASE_BLOCK.exec(chunk);
  if (!m) return chunk;
  return m[1]! + m[2]! + '\x1b[1A\x1b[2K'.repeat(previousExtra) + chunk.slice(m[0].length);
}

/** A proxy of `stream` whose writes keep Ink's erasing in step with soft-wrapped lines. */
export function softWrapAware(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  let previousExtra = 0;
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk !== 'string') return (stream.write as (...a: unknown[]) => boolean)(chunk, ...rest);
    const text = extendErase(chunk, previousExtra);
    // Only frames (text with line breaks) count; cursor show/hide writes do not replace a frame.
    if (text !== chunk || chunk.includes('\n')) {
      const body = ERASE_BLOCK.exec(text);
      previousExtra = extraRows(body ? text.slice(body[0].length) : text, stream.columns ?? 80);
    }
    return (stream.write as (...a: unknown[]) => boolean)(text, ...rest);
  };
  return new Proxy(stream, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
