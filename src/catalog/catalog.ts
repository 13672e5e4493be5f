// The catalog: error codes, setup keys and the command library from data/, assembled on
// first use. The JSON is bundled into the bin (no file I/O at run time) and was checked
// against its schemas when the bin was built (validate-data.ts), so no schema runs here.

import type { CommandItem, CommandSpec } from '../../flows/step.js';
import { DATA_FILES, type DataFiles } from './data-files.js';
import type { ErrorEntry, SetupKeyEntry } from './schema.js';

/** The contents of data/, merged and indexed. */
export interface Catalog {
  errors: readonly ErrorEntry[];
  keys: readonly SetupKeyEntry[];
  commands: Readonly<Record<string, CommandSpec>>;
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
  const errors = Object.values(files.errorCodes).flat();
  if (errors.length === 0) throw new CatalogError('data/error-codes/ holds no error codes');
  const byCode = new Map<string, ErrorEntry>();
  for (const entry of errors) {
    if (byCode.has(entry.code)) throw new CatalogError(`${entry.code} is in both error-code files`);
    byCode.set(entry.code, entry);
    checkRefs(entry.commands, commands, `data/error-codes: ${entry.code}`);
  }
  const keys = Object.values(files.setupKeys).flat();
  return { errors, keys, commands, byCode };
}

let loaded: Catalog | undefined;

/** The catalog, assembled on first call from the data the build checked. */
export function getCatalog(): Catalog {
  loaded ??= buildCatalog(DATA_FILES);
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
