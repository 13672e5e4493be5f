// How many terminal columns text takes, without loading string-width (its emoji tables cost
// ~20 ms at start, and explain and keys never draw a screen). Good enough for wording that
// must fit a width: East Asian wide and fullwidth characters and emoji take two columns,
// combining marks and invisible characters none, everything else one. The wizard's own
// layout measures with string-width.

// Ranges that take two columns (East Asian Wide and Fullwidth, and the emoji planes).
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
// Ranges that take none: combining marks, zero-width and format characters.
const NONE: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f],
  [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xfeff, 0xfeff],
];

const within = (ranges: typeof WIDE, cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** The columns `text` takes (no escape sequences expected in it). */
export function columnsOf(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || within(NONE, cp)) continue;
    n += within(WIDE, cp) ? 2 : 1;
  }
  return n;
}
