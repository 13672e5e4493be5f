// Turns the verdict on a pasted product key into what the wizard needs: the corrected key with
// notes for the next screen (the refusals are src/input/key-refusal.ts).

import type { SetupKeyEntry } from '../catalog/schema.js';
import type { KeyCheck } from './check.js';

/** "A", "A and B", "A, B and C". */
export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** " Corrected from what you typed: …." — or "" when the key was typed exactly right. */
export function correctionNote(check: KeyCheck): string {
  if (check.corrections.length === 0) return '';
  return ` Corrected from what you typed: ${check.corrections.map((c) => c.message).join('; ')}.`;
}

/** The products a setup key is for, newest first: "Windows 11 Pro and Windows 10 Pro". */
export function productNames(products: readonly SetupKeyEntry[]): string {
  return joinAnd(products.map((p) => p.product));
}
