// The catalog: error codes, setup keys and the command library from data/, validated once
// on first use. The JSON is bundled into the bin, so there is no file I/O at run time.

import type { z } from 'zod';
import docsCodes from '../../data/error-codes/docs.json' with { type: 'json' };
import factsCodes from '../../data/error-codes/facts.json' with { type: 'json' };
import setupKeys from '../../data/setup-keys.json' with { type: 'json' };
import slmgrCommands from '../../data/commands/slmgr.json' with { type: 'json' };
import generalCommands from '../../data/commands/general.json' with { type: 'json' };
import codesDocsCommands from '../../data/commands/codes-docs.json' with { type: 'json' };
import codesFactsCommands from '../../data/commands/codes-facts.json' with { type: 'json' };
import dnsCommands from '../../data/commands/dns.json' with { type: 'json' };
import networkCommands from '../../data/commands/network.json' with { type: 'json' };
import keysCommands from '../../data/commands/keys.json' with { type: 'json' };
import miscCommands from '../../data/commands/misc.json' with { type: 'json' };
import type { CommandItem, CommandSpec } from '../../flows/step.js';
import {
  commandLibrarySchema, errorCatalogSchema, setupKeyCatalogSchema,
  type ErrorEntry, type SetupKeyEntry,
} from './schema.js';

/** Every command library file under data/commands/, merged by id. */
const COMMAND_FILES: Record<string, unknown> = {
  'commands/slmgr.json': slmgrCommands,
  'commands/general.json': generalCommands,
  'commands/codes-docs.json': codesDocsCommands,
  'commands/codes-facts.json': codesFactsCommands,
  'commands/dns.json': dnsCommands,
  'commands/network.json': networkCommands,
  'commands/keys.json': keysCommands,
  'commands/misc.json': miscCommands,
};

/** The validated contents of data/. */
export interface Catalog {
  errors: readonly ErrorEntry[];
  keys: readonly SetupKeyEntry[];
  commands: Readonly<Record<string, CommandSpec>>;
  /** Error entries by canonical code. */
  byCode: ReadonlyMap<string, ErrorEntry>;
}

/** Thrown when a data file does not match its schema; the message names file and field. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}

function parse<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new CatalogError(`data/${file} is not valid:\n${issues.join('\n')}`);
}

function loadCommands(): Record<string, CommandSpec> {
  const merged: Record<string, CommandSpec> = {};
  for (const [file, content] of Object.entries(COMMAND_FILES)) {
    for (const [id, spec] of Object.entries(parse(file, commandLibrarySchema, content))) {
      if (merged[id]) throw new CatalogError(`data/${file}: command id "${id}" is defined twice`);
      merged[id] = spec;
    }
  }
  return merged;
}

/** Checks that every command reference names a command in the library. */
export function checkRefs(items: readonly CommandItem[], commands: Record<string, CommandSpec>, where: string): void {
  for (const item of items) {
    if ('ref' in item && !commands[item.ref]) throw new CatalogError(`${where}: unknown command "${item.ref}"`);
  }
}

function load(): Catalog {
  const commands = loadCommands();
  const errors = [
    ...parse('error-codes/docs.json', errorCatalogSchema, docsCodes),
    ...parse('error-codes/facts.json', errorCatalogSchema, factsCodes),
  ];
  if (errors.length === 0) throw new CatalogError('data/error-codes/ holds no error codes');
  const byCode = new Map<string, ErrorEntry>();
  for (const entry of errors) {
    if (byCode.has(entry.code)) throw new CatalogError(`${entry.code} is in both error-code files`);
    byCode.set(entry.code, entry);
    checkRefs(entry.commands, commands, `data/error-codes: ${entry.code}`);
  }
  const keys = parse('setup-keys.json', setupKeyCatalogSchema, setupKeys);
  return { errors, keys, commands, byCode };
}

let loaded: Catalog | undefined;

/** The catalog, loaded and validated on first call. */
export function getCatalog(): Catalog {
  loaded ??= load();
  return loaded;
}

/** The catalog entry for a canonical code, if we know it. */
export function findError(code: string): ErrorEntry | undefined {
  return getCatalog().byCode.get(code);
}

const MESSAGE_ORDER = ['slmgr', 'docs-full-text', 'docs-table', 'windows', 'sdk'];

/** The message a technician most likely sees on screen: slmgr's wording when we have it. */
export function likelyMessage(entry: ErrorEntry): string {
  const sorted = [...entry.messages].sort((a, b) => MESSAGE_ORDER.indexOf(a.source) - MESSAGE_ORDER.indexOf(b.source));
  return sorted[0]!.text;
}

/** A command item as a full spec: library references are looked up and re-aimed. */
export function resolveCommand(item: CommandItem): CommandSpec {
  if (!('ref' in item)) return item;
  const spec = getCatalog().commands[item.ref];
  if (!spec) throw new CatalogError(`unknown command "${item.ref}"`);
  const where = item.where ?? spec.where;
  return {
    ...spec,
    where,
    purpose: item.purpose ?? spec.purpose,
    ...(spec.twin ? { twin: { ...spec.twin, where } } : {}),
  };
}
