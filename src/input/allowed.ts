// The characters each kind of value may hold once it is accepted. A field declares, for every
// template value it sets, one of these classes (FieldSpec.allowed); its validator builds values
// from them, and the tests render every command with every accepted hostile value and check
// that nothing outside the class got in. Each is a one-character class without flags that keep
// state (no /g), so `allowed.test(ch)` can be called on any character.

import { PRODUCT_KEY_ALPHABET } from '../catalog/patterns.js';

/** A DNS name in the form commands use: lower-case ASCII letters, digits, hyphens and dots. */
export const DNS_NAME_CHAR = /[a-z0-9.-]/;
/** A host as a command names it: a DNS name, an IPv4 or an IPv6 address (no zone: "%" is special in cmd). */
export const HOST_CHAR = /[a-z0-9.:-]/;
/** A host and port as slmgr /skms takes them: `name:1688`, `10.0.0.5:1688`, `[fd00::5]:1688`. */
export const HOST_PORT_CHAR = /[a-z0-9.:[\]-]/;
/** An IPv4 or IPv6 address. */
export const IP_CHAR = /[0-9a-f.:]/;
/** A whole number that is never negative. */
export const DIGIT_CHAR = /[0-9]/;
/** A number as JavaScript writes a finite, modest one: `-18720`, `0.1`. */
export const NUMBER_CHAR = /[0-9.-]/;
/** An error code as kms-doctor writes it: `0xC004F074`. */
export const HEX_CODE_CHAR = /[0-9A-Fx]/;
/** A product key: the product-key alphabet and hyphens. */
export const KEY_CHAR = new RegExp(`[${PRODUCT_KEY_ALPHABET}-]`);
/** A TimeSpan as PowerShell takes it: `01:00:00`, `7.00:00:00`. */
export const TIME_SPAN_CHAR = /[0-9.:]/;
/** A UTC time as kms-doctor writes it: `2026-11-23 14:22:58Z`. */
export const UTC_TIME_CHAR = /[0-9 :Z-]/;
/** Words kms-doctor composes itself from numbers and fixed words: `5 h 12 min`, `The client's … apart`. */
export const WORDS_CHAR = /[A-Za-z0-9 .'-]/;
/** A list of DNS names as a sentence shows it: `corp.contoso.com, emea.contoso.com`. */
export const NAME_LIST_CHAR = /[a-z0-9., -]/;
/** The same list as reg add takes a REG_MULTI_SZ: names with a literal `\0` between them. */
export const REG_NAME_LIST_CHAR = /[a-z0-9.\\-]/;
/** The same list as a PowerShell array: `'corp.contoso.com','emea.contoso.com'`. */
export const PS_NAME_LIST_CHAR = /[a-z0-9.,'-]/;
/**
 * A scheduled task's name, in double quotes for cmd and single quotes for PowerShell: letters
 * and digits of any script, spaces and . _ ( ) -; never a quote (nor PowerShell's curly
 * look-alikes), "%", "!", "^", "$" or a wildcard.
 */
export const TASK_NAME_CHAR = /[\p{L}\p{Nd} ._()-]/u;
/** Words that search the setup keys (never part of a command): `server 2022 std`, `win 10/11`. */
export const QUERY_CHAR = /[A-Za-z0-9 .\/()+-]/;
/** Sentences for the prose of a screen, never a command: anything that shows as itself, no control or invisible character. */
export const PROSE_CHAR = /[ \p{L}\p{N}\p{P}\p{S}]/u;

/** True when every character of `value` is in `allowed`. */
export function onlyAllowed(value: string, allowed: RegExp): boolean {
  for (const ch of value) if (!allowed.test(ch)) return false;
  return true;
}
