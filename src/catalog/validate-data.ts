// The build-time check of data/: every file against its zod schema, then what only the whole
// catalog can show (ids defined twice, unknown command references). scripts/build.mjs runs it
// before bundling and refuses to build broken data; the message names the file and the field.
// Only the build and the tests import this module, so zod never reaches the bin.

import type { z } from 'zod';
import { buildCatalog, CatalogError, type Catalog } from './catalog.js';
import { DATA_FILES, type DataFiles, type UncheckedDataFiles } from './data-files.js';
import { HOST_COMPAT_FILE, type HostCompat } from './host-compat.js';
import { hostCompatSchema } from './host-compat-schema.js';
import { commandLibrarySchema, errorCatalogSchema, setupKeyCatalogSchema, verifyLibrarySchema } from './schema.js';

/** Everything the build checks: the catalog's files and the KMS host compatibility table. */
export interface UncheckedData extends UncheckedDataFiles {
  hostCompat: Readonly<Record<string, unknown>>;
}

/** The shipped data, as the build checks it. */
export const SHIPPED_DATA: UncheckedData = { ...DATA_FILES, hostCompat: { 'kms-host-compat.json': HOST_COMPAT_FILE } };

/** Parses one file with its schema, or throws a CatalogError naming the file and the fields. */
export function parseFile<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new CatalogError(`data/${file} is not valid:\n${issues.join('\n')}`);
}

function parseEach<T>(files: Readonly<Record<string, unknown>>, schema: z.ZodType<T>): Record<string, T> {
  return Object.fromEntries(Object.entries(files).map(([file, value]) => [file, parseFile(file, schema, value)]));
}

/** Checks all of data/; returns the catalog it makes, or throws a CatalogError. */
export function validateData(data: UncheckedData = SHIPPED_DATA): { catalog: Catalog; hostCompat: HostCompat[] } {
  const files: DataFiles = {
    errorCodes: parseEach(data.errorCodes, errorCatalogSchema),
    commands: parseEach(data.commands, commandLibrarySchema),
    setupKeys: parseEach(data.setupKeys, setupKeyCatalogSchema),
    verify: parseEach(data.verify, verifyLibrarySchema),
  };
  const hostCompat = Object.values(parseEach(data.hostCompat, hostCompatSchema));
  return { catalog: buildCatalog(files), hostCompat };
}
