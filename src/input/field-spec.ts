// The shape of a typed field, shared by the per-topic field files.

import type { Answers } from '../../flows/lib/context.js';
import type { Validation } from './validate.js';

/** One typed field: its label, example, validator and sample answers (for tests). */
export interface FieldSpec {
  label: string;
  example: string;
  /** Returns every template value the answer sets, the field's own name first. */
  validate(raw: string, answers: Answers): Validation<Answers>;
  /** The most characters the field holds; a longer paste is cut there, with a notice. */
  maxLength?: number;
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

/** Wraps a single-value validation as the answers it sets. */
export const single = <T extends string | number>(name: string, v: Validation<T>): Validation<Answers> =>
  v.ok ? { ok: true, value: { [name]: v.value } } : v;
