// The outcome of reading one typed value, shared by every validator.

/**
 * The outcome of validating one typed value. An accepted value may carry a `note` telling the
 * technician how it was rewritten (a name put in punycode, a zone left out).
 */
export type Validation<T> =
  | { ok: true; value: T; note?: string }
  | { ok: false; message: string };

/** An accepted value, with a note when it is not quite what was typed. */
export const ok = <T>(value: T, note?: string): Validation<T> => (note === undefined ? { ok: true, value } : { ok: true, value, note });
/** A refusal, with what is wrong. */
export const fail = <T>(message: string): Validation<T> => ({ ok: false, message });
