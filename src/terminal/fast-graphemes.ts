// A stand-in for `new Intl.Segmenter(undefined, { granularity: 'grapheme' })`, wired in by the
// build for the four copies in the bundle (both string-widths, Ink's ANSI tokenizer, slice-ansi).
// Creating the first Intl.Segmenter loads ICU's break-iterator data: about 8 ms and 2.7 MiB at
// the wizard's start. For text in which every UTF-16 unit is its own grapheme — the plain
// characters of fast-width.ts and control characters (ESC of colour codes) — the segments are
// simply the units, so the real segmenter is created only when some other text comes along.
// test/terminal/fast-graphemes.test.ts compares both.

import { isCovered } from './fast-width.js';

/** One segment, as Intl.Segmenter gives it. */
export interface GraphemeSegment {
  segment: string;
  index: number;
  input: string;
}

/** What segment() returns: iterable, with containing(), as Intl's Segments. */
export interface GraphemeSegments extends Iterable<GraphemeSegment> {
  containing(index?: number): GraphemeSegment | undefined;
}

/** Controls are graphemes of their own (UAX #29 GB4/GB5), except CR before LF (GB3). */
const isLoneControl = (unit: number): boolean => (unit < 0x20 && unit !== 0x0d) || (unit >= 0x7f && unit <= 0x9f);

/** True when every unit of `text` is a grapheme by itself. */
export function isUnitSegmented(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!isCovered(unit) && !isLoneControl(unit)) return false;
  }
  return true;
}

function unitSegments(input: string): GraphemeSegments {
  const at = (index: number): GraphemeSegment => ({ segment: input[index]!, index, input });
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < input.length; i++) yield at(i);
    },
    containing(index = 0) {
      const i = Math.trunc(Number(index));
      return i >= 0 && i < input.length ? at(i) : undefined;
    },
  };
}

let real: Intl.Segmenter | undefined;

/** A grapheme segmenter that needs ICU only for text that is not unit-segmented. */
export function fastGraphemeSegmenter(): { segment(text: string): GraphemeSegments } {
  return {
    segment(text: string): GraphemeSegments {
      if (isUnitSegmented(text)) return unitSegments(text);
      real ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      return real.segment(text);
    },
  };
}
