import type { Plugin } from 'esbuild';

/** Replaces exact texts in the files matching `filter`; fails the build when one no longer matches. */
export function patchSource(name: string, filter: RegExp, edits: [from: string, to: string, expected: number][], prefix?: string): Plugin;
/** Keeps Yoga's wasm loader off fetch (and so off undici). */
export const yogaWithoutFetch: Plugin;
/** Puts src/terminal/fast-width.ts in front of every copy of string-width. */
export function fastStringWidth(root: string): Plugin;
/** Bounds Ink's measure-text and wrap-text caches with src/terminal/bounded-cache.ts. */
export function boundedInkCaches(root: string): Plugin[];
/** Resolves Ink's devtools bridge to an empty module. */
export function noInkDevtools(root: string): Plugin;
/** Replaces the bundle's grapheme segmenters with src/terminal/fast-graphemes.ts. */
export function fastGraphemes(root: string): Plugin[];
/** Skips the style difference between two cells with the same styles in Ink's frame-to-text step. */
export function fastStyledChars(root: string): Plugin;
