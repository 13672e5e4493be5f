// Every {placeholder} in the data and the flows is a name some answer or flow can fill.

import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import { FIELDS } from '../../src/input/fields.js';
import { FLOWS } from '../../flows/registry.js';
import { flowMetas } from '../support/steps.js';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

function namesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(PLACEHOLDER)) out.add(m[1]!);
  else if (Array.isArray(value)) value.forEach((v) => namesIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => namesIn(v, out));
  return out;
}

/** Every name a typed field sets (its own and what it implies, e.g. kmsHostPort). */
function fieldNames(): Set<string> {
  const names = new Set(Object.keys(FIELDS));
  for (const spec of Object.values(FIELDS)) {
    for (const sample of spec.samples) {
      const v = spec.validate(sample, {});
      if (v.ok) Object.keys(v.value).forEach((k) => names.add(k));
    }
  }
  return names;
}

describe('template placeholders', () => {
  const known = new Set([...fieldNames(), ...Object.values(FLOWS).flatMap((f) => f.derived ?? []), 'code']);

  it('in the flows are all names a field or a flow sets', () => {
    expect([...namesIn(flowMetas())].filter((n) => !known.has(n))).toEqual([]);
  });

  it('in the catalog and command library are all names a field or a flow sets', () => {
    expect([...namesIn(getCatalog())].filter((n) => !known.has(n))).toEqual([]);
  });
});
