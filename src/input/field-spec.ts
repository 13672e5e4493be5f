// The shape of a typed field, shared by the per-topic field files.

import type { Answers } from '../../flows/lib/context.js';
import type { FoldKind } from './fold.js';
import type { Validation } from './validation.js';

/** One typed field: its label, example, validator, limits and sample answers (for tests). */
export interface FieldSpec {
  label: string;
  example: string;
  /**
   * Returns every template value the answer sets, the field's own name first. In `FIELDS` this
   * is guarded (guard.ts): too long, control or invisible characters are refused before it runs.
   */
  validate(raw: string, answers: Answers): Validation<Answers>;
  /**
   * The longest text the field takes, in UTF-16 code units (string length). The input layer
   * stops a longer paste there and says so with `tooLongMessage`; the validator refuses it.
   */
  maxLength: number;
  /** For every template value the field sets, the characters it may hold (see allowed.ts). */
  allowed: Readonly<Record<string, RegExp>>;
  /** How the text is prepared before `validate` reads it (fold.ts); 'ascii' unless said. */
  fold?: FoldKind;
  /** Valid answers that drive flows down different branches (used by graph tests). */
  samples: readonly string[];
  /** How the value shows in a command while unknown, when `<kebab-name>` is not right. */
  placeholder?: string;
  /**
   * The text to start the field with, for a step that asks to confirm an earlier answer.
   * Default: the answer of the field's own name.
   */
  prefill?(answers: Answers): string | undefined;
}

/** The longest DNS name (RFC 1035). */
export const DNS_NAME_MAX = 253;
/** A host name with `:65535` after it (an IPv6 address in brackets with a port is shorter). */
export const HOST_PORT_MAX = DNS_NAME_MAX + 6;
/** A number typed by hand (a port, a TTL), with room for blanks around it. */
export const NUMBER_MAX = 16;
/** Text pasted for kms-doctor to read a value out of (a message, slmgr or w32tm output). */
export const PASTE_MAX = 20_000;

/** Wraps a single-value validation as the answers it sets (a note is kept). */
export const single = <T extends string | number>(name: string, v: Validation<T>): Validation<Answers> =>
  v.ok ? withValues(v, { [name]: v.value }) : v;

/** The answers an accepted value sets, keeping its note. */
export const withValues = (v: { note?: string }, value: Answers): Validation<Answers> =>
  v.note === undefined ? { ok: true, value } : { ok: true, value, note: v.note };
