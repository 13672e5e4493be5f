// Product keys in the note: a key the technician typed is someone's licence, so only its last
// five characters are written (as slmgr /dli shows a "Partial Product Key"). A published KMS
// client setup key is public, so it is written whole.

import { getCatalog } from '../../catalog/catalog.js';
import { PRODUCT_KEY_ALPHABET } from '../../catalog/patterns.js';

const KEY_ANYWHERE = new RegExp(`(?<![A-Z0-9])(?:[${PRODUCT_KEY_ALPHABET}]{5}-){4}[${PRODUCT_KEY_ALPHABET}]{5}(?![A-Z0-9])`, 'gi');

/** The published KMS client setup keys (GVLKs), upper case. */
export const publishedKeys = (): ReadonlySet<string> => new Set(getCatalog().keys.map((k) => k.key));

/** A key with all but its last five characters hidden: XXXXX-XXXXX-XXXXX-XXXXX-3V66T. */
export const maskedKey = (key: string): string => `XXXXX-XXXXX-XXXXX-XXXXX-${key.slice(-5)}`;

/** `text` with every product key masked, except the published setup keys. */
export function maskProductKeys(text: string, published: ReadonlySet<string> = publishedKeys()): string {
  return text.replace(KEY_ANYWHERE, (key) => (published.has(key.toUpperCase()) ? key : maskedKey(key)));
}
