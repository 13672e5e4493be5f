// Turns the verdict on a pasted product key into what the wizard needs: a refusal in words a
// technician can act on, or the corrected key with notes for the next screen.

import type { SetupKeyEntry } from '../catalog/schema.js';
import type { KeyCheck } from './check.js';

/** "A", "A and B", "A, B and C". */
export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Why a pasted text is not a product key, with what to do (for an invalid check). */
export function refusal(check: Extract<KeyCheck, { status: 'invalid' }>): string {
  const [first, ...rest] = check.problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  if (first?.kind === 'empty') return 'Type or paste the key: five groups of five characters, like NPPR9-FWDCX-D2C8J-H872K-2YT43.';
  return `That is not a product key: ${first?.message}${more}. A key is five groups of five characters joined by hyphens.`;
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

/** The refusal when a setup key is typed where the organisation's own key belongs. */
export function setupKeyRefusal(key: string, products: readonly SetupKeyEntry[], wanted: 'MAK' | 'KMS host key (CSVLK)'): string {
  const instead = wanted === 'MAK'
    ? 'A MAK is your organisation\'s own key, from the Volume Licensing Service Center (VLSC).'
    : 'The host key is your organisation\'s own key, from the Volume Licensing Service Center (VLSC), Product Keys.';
  return `${key} is the public KMS client setup key for ${productNames(products)}, not a ${wanted}. ${instead}`;
}
