// Every {placeholder} in the data and the flows is a name some answer or flow can fill.

import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import { FIELDS } from '../../src/input/fields.js';
import { FLOWS } from '../../flows/registry.js';

/** Names flows and fields set besides the fields themselves. */
const DERIVED = new Set([
  'code', 'port', 'kmsHostPort', 'codeAnatomy', 'product', 'productKey', 'edition', 'keyNote',
  'confirmationId', 'dnsServer',
]);
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

function namesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(PLACEHOLDER)) out.add(m[1]!);
  else if (Array.isArray(value)) value.forEach((v) => namesIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => namesIn(v, out));
  return out;
}

function flowMetas(): unknown[] {
  const metas: unknown[] = [];
  const walk = (node: { meta?: unknown; states?: Record<string, unknown> }) => {
    if (node.meta) metas.push(node.meta);
    Object.values(node.states ?? {}).forEach((s) => walk(s as never));
  };
  for (const flow of Object.values(FLOWS)) walk(flow.machine.root as never);
  return metas;
}

describe('template placeholders', () => {
  const known = new Set([...Object.keys(FIELDS), ...DERIVED]);

  it('in the catalog and command library are all known names', () => {
    const unknown = [...namesIn(getCatalog())].filter((n) => !known.has(n));
    expect(unknown).toEqual([]);
  });

  it('in the flows are all known names', () => {
    const unknown = [...namesIn(flowMetas())].filter((n) => !known.has(n));
    expect(unknown).toEqual([]);
  });
});
