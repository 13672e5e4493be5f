// The KMS host's "Current count", as typed or pasted, and what it means for a client.

import { composeWithQuote } from './bad-characters.js';
import type { Validation } from './validation.js';

/** The count never goes above 50: the host keeps the 50 most recent machines (twice the highest need, 25). */
export const MAX_KMS_COUNT = 50;

const fail = (message: string): Validation<number> => ({ ok: false, message });

/**
 * The count from a number, or from a pasted line of `slmgr /dli` ("Current count: 18") or of
 * the CIM query ("KeyManagementServiceCurrentCount : 18").
 */
export function readKmsCount(raw: string): Validation<number> {
  const text = raw.trim();
  if (text === '') return fail('Type the number after "Current count:" in slmgr /dli on the KMS host (0 to 50).');
  const labelled = /(?:current\s*count|KeyManagementServiceCurrentCount)\s*:?\s*(-?\d+)/i.exec(text);
  const value = labelled?.[1] ?? text;
  if (!/^[+-]?\d+$/.test(value)) {
    return fail(composeWithQuote(text, (q) => `Type the number after "Current count:" (0 to 50); ${q} is not one.`));
  }
  const n = Number(value);
  if (n === -1 || n === 4294967295) {
    return fail(`${n} means that machine is not a KMS host, or no client has asked it yet. Run it on the KMS host.`);
  }
  // A number as typed while it is short; a long run of digits quoted, shortened.
  const shown = (compose: (number: string) => string) => (value.length <= 12 ? compose(value) : composeWithQuote(value, compose));
  if (n < 0) return fail(shown((v) => `The count cannot be negative (${v}): "Current count" on the KMS host is 0 to 50.`));
  if (n > MAX_KMS_COUNT) return fail(shown((v) => `The count never goes above 50, so ${v} cannot be right.`));
  return { ok: true, value: n };
}

/** How many more different machines must ask before a client that needs `required` activates. */
export const neededClients = (count: number, required: number): number => Math.max(0, required - count);
