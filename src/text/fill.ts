// Fills `{name}` placeholders in step texts and command templates. Values come only from
// validated answers (or values flows computed from them); a missing one stays a visible
// `<placeholder>` so a command is never silently incomplete.

import { placeholderFor } from '../input/fields.js';

/** Template values by name. */
export type TemplateValues = Readonly<Record<string, string | number | undefined>>;

/** A filled template and the names it still lacks. */
export interface Filled {
  text: string;
  missing: string[];
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Replaces each `{name}` with its value, or its `<placeholder>` when there is none. */
export function fillTemplate(template: string, values: TemplateValues): Filled {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.push(name);
      return placeholderFor(name);
    }
    return String(value);
  });
  return { text, missing };
}

/** Just the filled text. */
export function fill(template: string, values: TemplateValues): string {
  return fillTemplate(template, values).text;
}
