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
import verifySteps from '../../data/verify.json' with { type: 'json' };
import type { CommandItem, CommandSpec, VerifyItem, VerifyStep } from '../../flows/step.js';
import {
  commandLibrarySchema, errorCatalogSchema, setupKeyCatalogSchema, verifyLibrarySchema,
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
  /** The "Check that it worked" steps resolutions share, by id (data/verify.json). */
  verify: Readonly<Record<string, VerifyStep>>;
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

/**
 * Checks a resolution's "Check that it worked" list: every library check exists, and every
 * command in it is in the command library and only looks (a check must change nothing).
 */
export function checkVerify(
  items: readonly VerifyItem[], library: Record<string, VerifyStep>, commands: Record<string, CommandSpec>, where: string,
): void {
  for (const item of items) {
    const step = 'ref' in item ? library[item.ref] : item;
    if (!step) throw new CatalogError(`${where}: unknown check "${(item as { ref: string }).ref}" (data/verify.json)`);
    if (!step.command) continue;
    checkRefs([step.command], commands, where);
    const spec = 'ref' in step.command ? commands[step.command.ref]! : step.command;
    if (spec.changes) throw new CatalogError(`${where}: the check "${step.text}" runs a command that changes the machine`);
  }
}

function loadVerify(commands: Record<string, CommandSpec>): Record<string, VerifyStep> {
  const library = parse('verify.json', verifyLibrarySchema, verifySteps);
  for (const [id, step] of Object.entries(library)) checkVerify([step], library, commands, `data/verify.json: ${id}`);
  return library;
}

function load(): Catalog {
  const commands = loadCommands();
  const verify = loadVerify(commands);
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
    checkVerify(entry.verify, verify, commands, `data/error-codes: ${entry.code}`);
  }
  const keys = parse('setup-keys.json', setupKeyCatalogSchema, setupKeys);
  return { errors, keys, commands, verify, byCode };
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

/** A "Check that it worked" item as a step: library references are looked up and re-aimed. */
export function resolveVerify(item: VerifyItem): VerifyStep {
  if (!('ref' in item)) return item;
  const step = getCatalog().verify[item.ref];
  if (!step) throw new CatalogError(`unknown check "${item.ref}"`);
  const { command } = step;
  if (!item.where || !command) return step;
  const where = item.where;
  if ('ref' in command) return { ...step, command: { ...command, where } };
  return { ...step, command: { ...command, where, ...(command.twin ? { twin: { ...command.twin, where } } : {}) } };
}
