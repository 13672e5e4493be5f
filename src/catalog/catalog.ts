// The catalog: error codes, setup keys and the command library from data/, assembled on
// first use. The JSON is bundled into the bin (no file I/O at run time) and was checked
// against its schemas when the bin was built (validate-data.ts), so no schema runs here.

import { commandsOfSteps, type CommandItem, type CommandSpec, type VerifyItem, type VerifyStep } from '../../flows/step.js';
import { DATA_FILES, type DataFiles } from './data-files.js';
import type { ErrorEntry, SetupKeyEntry } from './schema.js';

/** The contents of data/, merged and indexed. */
export interface Catalog {
  errors: readonly ErrorEntry[];
  keys: readonly SetupKeyEntry[];
  commands: Readonly<Record<string, CommandSpec>>;
  /** The library of "Check that it worked" steps (data/verify.json), by id. */
  verify: Readonly<Record<string, VerifyStep>>;
  /** Error entries by canonical code. */
  byCode: ReadonlyMap<string, ErrorEntry>;
}

/** Thrown when the data is not valid; the message names file and field. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}

/** Checks that every command reference names a command in the library. */
export function checkRefs(items: readonly CommandItem[], commands: Readonly<Record<string, CommandSpec>>, where: string): void {
  for (const item of items) {
    if ('ref' in item && !commands[item.ref]) throw new CatalogError(`${where}: unknown command "${item.ref}"`);
  }
}

/**
 * Checks a resolution's "Check that it worked" list: every library check exists, and every
 * command in it is in the command library and only looks (a check must change nothing).
 */
export function checkVerify(
  items: readonly VerifyItem[], library: Readonly<Record<string, VerifyStep>>, commands: Readonly<Record<string, CommandSpec>>, where: string,
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

/**
 * Merges data files whose every file already has its schema's shape into one catalog, and
 * checks what no single file can: ids defined twice, codes in two files, unknown references.
 * (Cheap enough to run at every start; the schemas themselves run at build time.)
 */
export function buildCatalog(files: DataFiles): Catalog {
  const commands: Record<string, CommandSpec> = {};
  for (const [file, content] of Object.entries(files.commands)) {
    for (const [id, spec] of Object.entries(content)) {
      if (commands[id]) throw new CatalogError(`data/${file}: command id "${id}" is defined twice`);
      commands[id] = spec;
    }
  }
  const verify: Record<string, VerifyStep> = Object.assign({}, ...Object.values(files.verify));
  for (const [id, step] of Object.entries(verify)) checkVerify([step], verify, commands, `data/verify.json: ${id}`);
  const errors = Object.values(files.errorCodes).flat();
  if (errors.length === 0) throw new CatalogError('data/error-codes/ holds no error codes');
  const byCode = new Map<string, ErrorEntry>();
  for (const entry of errors) {
    if (byCode.has(entry.code)) throw new CatalogError(`${entry.code} is in both error-code files`);
    byCode.set(entry.code, entry);
    checkRefs(entryCommands(entry), commands, `data/error-codes: ${entry.code}`);
    checkVerify(entry.verify, verify, commands, `data/error-codes: ${entry.code}`);
  }
  const keys = Object.values(files.setupKeys).flat();
  return { errors, keys, commands, verify, byCode };
}

let loaded: Catalog | undefined;

/** The catalog, assembled on first call from the data the build checked. */
export function getCatalog(): Catalog {
  loaded ??= buildCatalog(DATA_FILES);
  return loaded;
}

/** Every command of a code's fix, in the order it is done: each step's, then any not yet placed under one. */
export function entryCommands(entry: ErrorEntry): CommandItem[] {
  return [...commandsOfSteps(entry.resolution.steps), ...(entry.commands ?? [])];
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
