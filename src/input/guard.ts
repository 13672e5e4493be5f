// The one door every typed or pasted value comes through, whatever the field. Before a field
// reads the text: a value longer than the field takes is refused, and so is any control or
// invisible character that would act on the terminal or hide part of the text (ESC, BEL, NUL,
// DEL, C1 controls, bidi overrides, line separators); then the text is folded (fold.ts). After
// the field has read it: every value it sets must hold only the characters its spec allows,
// or the value never reaches a command; and a refusal is made safe to print.

import type { Answers } from '../../flows/lib/context.js';
import { composeWithNames, safeMessage } from './bad-characters.js';
import type { FieldSpec } from './field-spec.js';
import { INVISIBLE, fold } from './fold.js';
import { onlyAllowed } from './allowed.js';
import { fail, ok, type Validation } from './validation.js';

/**
 * Characters no field takes: controls and format characters (bidi controls, tags), line and
 * paragraph separators, lone surrogates. Not tab, CR and LF, which pasted text has and fields
 * read as blanks (or refuse by name), nor the zero-width characters fold.ts removes.
 */
const FORBIDDEN = new RegExp(`(?![\\t\\n\\r]|${INVISIBLE.source})[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]`, 'u');
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

/** The refusal of a value longer than a field takes; the input layer says the same when it stops a paste. */
export function tooLongMessage(maxLength: number, length: number): string {
  return `That is ${length} characters; this field takes at most ${maxLength}.`;
}

/** The text as the field's validator will read it, or the refusal that stops it first. */
export function screen(raw: string, spec: Pick<FieldSpec, 'maxLength' | 'fold'>): Validation<string> {
  if (raw.length > spec.maxLength) return fail(tooLongMessage(spec.maxLength, raw.length));
  if (FORBIDDEN.test(raw)) {
    return fail(composeWithNames(raw.match(FORBIDDEN_ALL) ?? [], (names) => `Remove the control or invisible characters: ${names}.`));
  }
  return ok(fold(raw, spec.fold ?? 'ascii'));
}

/** Throws when a field hands back a value its spec does not allow: a bug, never a command. */
function checkAllowed(field: string, spec: FieldSpec, values: Answers): void {
  for (const [name, value] of Object.entries(values)) {
    const allowed = spec.allowed[name];
    if (!allowed) throw new Error(`internal error: field ${field} set ${name}, which its spec does not declare`);
    if (!onlyAllowed(String(value), allowed)) {
      throw new Error(`internal error: field ${field} set ${name} to a value outside ${allowed}: ${JSON.stringify(value)}`);
    }
  }
}

/** The field with its validator behind the door: screened before, checked after. */
export function guardField(field: string, spec: FieldSpec): FieldSpec {
  const read = spec.validate;
  return {
    ...spec,
    validate(raw, answers) {
      const text = screen(raw, spec);
      if (!text.ok) return text;
      const result = read(text.value, answers);
      if (!result.ok) return fail(safeMessage(result.message));
      checkAllowed(field, spec, result.value);
      return result.note === undefined ? result : { ...result, note: safeMessage(result.note) };
    },
  };
}
