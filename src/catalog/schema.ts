// Schemas for everything under data/. The build checks the data with these (scripts/build.mjs
// through validate-data.ts) and refuses broken data, naming file and field; the tests check it
// again. The bin itself never loads zod: only the types below reach it, and they are erased.

import { z } from 'zod';
import { isFlowId } from '../../flows/ids.js';
import { CODE_PATTERN, PRODUCT_KEY_PATTERN } from './patterns.js';

export { CODE_PATTERN, PRODUCT_KEY_ALPHABET, PRODUCT_KEY_PATTERN } from './patterns.js';

const where = z.enum(['client', 'kms-host', 'dns-server', 'reference-pc', 'any']);
const oneLine = z.string().min(1).refine((s) => !/[\r\n]/.test(s), 'a command must be a single line');

const commandBase = z.object({
  purpose: z.string().min(1),
  shell: z.enum(['cmd', 'powershell', 'sh', 'text']),
  where,
  elevated: z.boolean(),
  changes: z.boolean(),
  text: oneLine,
});

/** A command written out in full; its twin is the PowerShell/CIM equivalent. */
export const commandSpecSchema = commandBase.extend({
  twin: commandBase.extend({ shell: z.literal('powershell') }).strict().optional(),
}).strict();

/** A reference into data/commands.json. */
export const commandRefSchema = z.object({
  ref: z.string().min(1),
  where: where.optional(),
  purpose: z.string().min(1).optional(),
}).strict();

export const commandItemSchema = z.union([commandRefSchema, commandSpecSchema]);

/** data/commands.json: the shared command library, keyed by id. */
export const commandLibrarySchema = z.record(z.string().regex(/^[a-z0-9-]+$/), commandSpecSchema);

/** A resolution step: plain text, or text with the commands that carry it out. */
export const actionItemSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), commands: z.array(commandItemSchema).min(1).optional() }).strict(),
]);

/** One "Check that it worked" step written out: what to do, the read-only command, what success looks like. */
export const verifyStepSchema = z.object({
  text: z.string().min(1),
  command: commandItemSchema.optional(),
  expect: z.string().min(1).optional(),
}).strict();

/** A reference into data/verify.json; `where` re-aims its command. */
export const verifyRefSchema = z.object({ ref: z.string().min(1), where: where.optional() }).strict();

export const verifyItemSchema = z.union([verifyRefSchema, verifyStepSchema]);

/** data/verify.json: the shared library of checks, keyed by id. */
export const verifyLibrarySchema = z.record(z.string().regex(/^[a-z0-9-]+$/), verifyStepSchema);

/** Who an error concerns. */
export const activationTypeSchema = z.enum([
  'mak', 'kms-client', 'kms-host', 'adba', 'avma', 'retail', 'oem', 'any',
]);

/** Where a message text was taken from; a technician matches it against their screen. */
export const messageSourceSchema = z.enum([
  'docs-table', // the table of reference/activation-error-codes.md
  'docs-full-text', // "The full text of this error resembles…" in that document
  'slmgr', // what slmgr.vbs prints (reference/facts.md §1.1, §1.4)
  'sdk', // slerror.h MessageText (reference/facts.md §1.2–1.3)
  'windows', // what Windows shows elsewhere (event log, activation UI), per facts.md
]);

export const errorEntrySchema = z.object({
  code: z.string().regex(CODE_PATTERN),
  /** SDK symbol, e.g. SL_E_VL_KMS_COUNT_INSUFFICIENT, when a source names it. */
  symbol: z.string().optional(),
  /** A short title in our words ("The KMS host's count is too low"). */
  title: z.string().min(1),
  /** The texts Windows prints for this code, each labelled with where it comes from. */
  messages: z.array(z.object({ source: messageSourceSchema, text: z.string().min(1) }).strict()).min(1),
  activationTypes: z.array(activationTypeSchema).min(1),
  /**
   * The cause, in one or two plain sentences for a junior technician. Short enough to sit on
   * the code's first screen above the first question; details go in resolution.summary.
   */
  cause: z.string().min(1).max(300),
  resolution: z.object({
    summary: z.string().min(1),
    /** Numbered steps in the order they are done, each with its own commands right under it. */
    steps: z.array(actionItemSchema).min(1),
  }).strict(),
  /** Commands not yet placed under a step (the older shape, being moved into the steps). */
  commands: z.array(commandItemSchema).min(1).optional(),
  /** "Check that it worked": what to run once the fix is done, on which machine, and what success looks like. */
  verify: z.array(verifyItemSchema).min(1),
  /** The flow that diagnoses it (flows/ids.ts). */
  flow: z.string().refine(isFlowId, 'names a flow that does not exist'),
  /** Which reference document the entry comes from. */
  source: z.enum(['activation-error-codes.md', 'facts.md §1.2', 'facts.md §1.3']),
  /** facts.md's confidence mark for the cause and fix, when it gives one. */
  confidence: z.enum(['confirmed', 'third-party', 'inferred', 'unconfirmed']).optional(),
  /** Where the sources disagree, which one we followed and why; documents are named by title. */
  sourceNotes: z.string().optional(),
  /** The further documents sourceNotes names, as ids of data/sources.json: shown with their addresses. */
  furtherSources: z.array(z.string().min(1)).min(1).optional(),
  /**
   * For a code whose flow asks nothing (the generic code-overview flow): why nothing needs
   * asking, in plain words, shown on its first screen.
   */
  whyNoQuestions: z.string().min(1).optional(),
  /** Codes a technician should also look at. */
  related: z.array(z.string().regex(CODE_PATTERN)).optional(),
}).strict();

export const errorCatalogSchema = z.array(errorEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const [i, e] of entries.entries()) {
    if (seen.has(e.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `duplicate code ${e.code}` });
    seen.add(e.code);
  }
});

/** One KMS client setup key (GVLK) for one product. */
export const setupKeyEntrySchema = z.object({
  /** The product exactly as the source names it ("Windows Server 2022 Datacenter: Azure Edition"). */
  product: z.string().min(1),
  family: z.enum(['windows', 'windows-server']),
  /** The version a technician picks from ("11", "2012 R2", "10 LTSC 2021", "Semi-Annual Channel"). */
  version: z.string().min(1),
  /** The edition within that version ("Enterprise N", "Datacenter: Azure Edition"). */
  edition: z.string().min(1),
  key: z.string().regex(PRODUCT_KEY_PATTERN, 'not a 5×5 key over the product-key alphabet'),
  source: z.enum(['kms-client-setup-keys.md', 'facts.md §2']),
  /** Other names people use for the same product (search only). */
  aliases: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
}).strict();

export const setupKeyCatalogSchema = z.array(setupKeyEntrySchema).min(1).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const [i, e] of entries.entries()) {
    if (seen.has(e.product)) ctx.addIssue({ code: 'custom', path: [i, 'product'], message: `duplicate product ${e.product}` });
    seen.add(e.product);
  }
});

/** An error-code entry as stored in data/error-codes.json. */
export type ErrorEntry = z.infer<typeof errorEntrySchema>;
/** A setup-key entry as stored in data/setup-keys.json. */
export type SetupKeyEntry = z.infer<typeof setupKeyEntrySchema>;
/** One activation type an error can concern. */
export type ActivationType = z.infer<typeof activationTypeSchema>;
