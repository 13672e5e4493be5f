// Ink turns every frame into text cell by cell (@alcalzone/ansi-tokenize's styledCharsToString),
// asking for the escape codes that lead from one cell's style to the next: four Sets and three
// arrays per cell, mostly to learn that two neighbours look the same (blank padding, a word
// in one colour). The build (scripts/build-plugins.mjs) skips that question when the styles
// are the same codes in the same order, for which the answer is always "no codes": ~7–10 ms
// of the first frame of a code's screen. test/terminal/same-styles.test.ts compares outputs.

/** One style code as ansi-tokenize keeps it. */
interface StyleCode {
  code: string;
}

/** True when two cells carry the same style codes in the same order. */
export function sameStyles(a: readonly StyleCode[], b: readonly StyleCode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.code !== b[i]!.code) return false;
  return true;
}
