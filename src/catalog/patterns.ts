// Patterns the data and the runtime share. Kept apart from the zod schemas so that code that
// runs in the bin (the key checker) can use them without loading zod.

/** The alphabet product keys are written in (no vowels but the N, no 0/1/5/L/S/Z). */
export const PRODUCT_KEY_ALPHABET = 'BCDFGHJKMNPQRTVWXY2346789';

/** A product key: five groups of five characters from the product-key alphabet. */
export const PRODUCT_KEY_PATTERN = new RegExp(`^(?:[${PRODUCT_KEY_ALPHABET}]{5}-){4}[${PRODUCT_KEY_ALPHABET}]{5}$`);

/** A canonical error code: lower-case 0x, eight upper-case hex digits. */
export const CODE_PATTERN = /^0x[0-9A-F]{8}$/;
