// Naming the characters a value may not contain, for refusal messages. A technician who
// pasted "corp.contoso.com; del *" should see every wrong character, not only the first.

import { joinWords } from '../text/join-words.js';

const nameOf = (ch: string): string => {
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  // Non-ASCII letters get their code point: a Cyrillic "а" looks exactly like a Latin "a".
  if (/[\p{L}\p{N}]/u.test(ch) && !/[\x20-\x7E]/.test(ch)) return `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
  return `"${ch}"`;
};

/** Every distinct character of `text` that `allowed` refuses, named for a message ("";", a space and "*""). */
export function describeBadCharacters(text: string, allowed: RegExp): string | undefined {
  const bad = [...new Set([...text].filter((ch) => !allowed.test(ch)))].map(nameOf);
  if (bad.length === 0) return undefined;
  return joinWords(bad);
}
