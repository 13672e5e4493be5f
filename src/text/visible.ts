// Makes user text safe to echo to a terminal. Anything a technician typed or pasted that a
// terminal would act on instead of showing — control characters, the ESC that starts an
// escape sequence, C1 controls, bidi overrides that reorder the line, zero-width characters —
// is replaced by its name in angle brackets, so it is seen, not obeyed.


import { knownName } from '../input/char-names.js';

// Controls, DEL and C1; bidi marks, embeddings, overrides and isolates; zero-width and
// invisible formatting characters; line and paragraph separators; lone surrogates.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const nameOf = (ch: string): string => {
  const code = ch.charCodeAt(0);
  // C0 controls and DEL by their usual abbreviations (ASCII / ECMA-48): <ESC>, <BEL>, <DEL>.
  if (code < 0x20 || code === 0x7f) return `<${knownName(ch)}>`;
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
};

/** The characters of `text` a terminal would obey rather than show, each once, in order of appearance. */
export function unsafeCharacters(text: string): string[] {
  return [...new Set(text.match(UNSAFE) ?? [])];
}

/** `text` with every such character written as a \\uXXXX escape (the live checks' report style). */
export function escapedUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` with every character a terminal would obey rather than show named, e.g. `<ESC>[31m`. */
export function visible(text: string): string {
  return text.replace(UNSAFE, nameOf);
}

// JSON.stringify escapes C0 controls and lone surrogates, but writes DEL, the C1 controls and the
// bidi and invisible format characters as they are: a terminal showing the JSON would obey them.
const UNSAFE_IN_JSON = /[\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;

/** `value` as indented JSON in which every such character is a \uXXXX escape: the same data, safe to show. */
export function visibleJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
