// Every text a typed value can be filled into: the command library (data/commands/*.json,
// twins included), the error-code catalog (data/error-codes/*.json) and every step of every
// flow (titles, bodies, steps, help and the commands written out in place). And the check that
// a filled template holds, where each placeholder was, only the characters its value may hold.

import { readdirSync, readFileSync } from 'node:fs';
import { FLOWS } from '../../flows/registry.js';
import { placeholderFor } from '../../src/input/fields.js';
import type { TemplateValues } from '../../src/text/fill.js';

/** One template text and where it comes from, for a failing test's message. */
export interface Template {
  where: string;
  text: string;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Every string inside a JSON-like value, with the path that leads to it. */
function stringsIn(value: unknown, where: string, out: Template[]): Template[] {
  if (typeof value === 'string') {
    if (value.includes('{')) out.push({ where, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => stringsIn(v, `${where}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringsIn(v, `${where}.${k}`, out);
  }
  return out;
}

/** Every string of every JSON file in a data folder of this repository. */
function dataStrings(folder: string): Template[] {
  const dir = new URL(`../../data/${folder}/`, import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((file) =>
    stringsIn(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), `data/${folder}/${file}`, []));
}

/** Every string in the `meta` of every state of every registered flow. */
function flowStrings(): Template[] {
  const out: Template[] = [];
  const walk = (flow: string, node: { meta?: unknown; states?: Record<string, unknown>; path?: string[] }) => {
    if (node.meta) stringsIn(node.meta, `flows/${flow}:${(node.path ?? []).join('.')}`, out);
    Object.values(node.states ?? {}).forEach((s) => walk(flow, s as never));
  };
  for (const [id, flow] of Object.entries(FLOWS)) walk(id, flow.machine.root as never);
  return out;
}

/** Every template with at least one placeholder: the command library, the catalog, the flows. */
export function allTemplates(): Template[] {
  return [...dataStrings('commands'), ...dataStrings('error-codes'), ...flowStrings()].filter((t) => /\{[A-Za-z]/.test(t.text));
}

/** The placeholder names a template uses. */
export const namesIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern the template, filled with `values`, must match: its own text where it has text, and
 * where a placeholder was, only characters of that name's class in `allowed` (or the visible
 * `<placeholder>` when the value is not given).
 */
export function filledPattern(template: string, values: TemplateValues, allowed: Readonly<Record<string, RegExp>>): RegExp {
  let pattern = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    pattern += escape(template.slice(last, m.index));
    const name = m[1]!;
    const cls = allowed[name];
    if (values[name] === undefined) pattern += escape(placeholderFor(name));
    else if (cls) pattern += `(?:${cls.source})*`;
    else throw new Error(`${name} is filled but has no allowed class`);
    last = m.index! + m[0].length;
  }
  return new RegExp(`^${pattern}${escape(template.slice(last))}$`, 'u');
}
