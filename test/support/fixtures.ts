// The facts the tests hold data/ to, as scripts/extract-sources.mjs extracted them from the
// reference documents (test/fixtures/sources/, committed), and captured command outputs
// (test/fixtures/samples/). Tests read only these, never the documents themselves.

import { readFileSync } from 'node:fs';
import errorCodesTable from '../fixtures/sources/error-codes.json' with { type: 'json' };
import setupKeysTable from '../fixtures/sources/setup-keys.json' with { type: 'json' };
import factsCodesTable from '../fixtures/sources/facts-codes.json' with { type: 'json' };
import kmsFactsTable from '../fixtures/sources/kms-facts.json' with { type: 'json' };

/** A row of activation-error-codes.md's error table, with the section that explains the code. */
export interface SourceErrorCode {
  code: string;
  /** The message exactly as the table prints it. */
  message: string;
  activationType: string;
  /** The heading of the code's own section. */
  section: string;
  /** The section's "full text of this error" quote, when it has one. */
  fullText: string | null;
}

/** activation-error-codes.md as a fact table. */
export interface SourceErrorCodes {
  document: string;
  title: string;
  msDate: string;
  table: string;
  codes: SourceErrorCode[];
}

/** A setup key as a source table lists it. */
export interface SourceKeyRow {
  source: 'kms-client-setup-keys.md' | 'facts.md §2';
  section: string;
  subsection: string | null;
  /** The edition cell exactly (facts.md joins the names sharing a key with " / "). */
  edition: string;
  key: string;
}

/** Both setup-key sources as a fact table. */
export interface SourceKeys {
  keys: SourceKeyRow[];
  /** Keys facts.md §2 names only to warn that no Microsoft source lists them. */
  notMicrosoftKeys: { source: string; key: string }[];
}

/** Who prints a message text: the SDK header slerror.h, slmgr.vbs, or Windows elsewhere. */
export type MessagePrinter = 'sdk' | 'slmgr' | 'windows';

/** A code of facts.md §1.2 or §1.3 with the texts quoted for it. */
export interface FactsCode {
  code: string;
  section: 'facts.md §1.2' | 'facts.md §1.3';
  symbol: string | null;
  /** A text starting with "…" is the end of a longer message. */
  texts: { by: MessagePrinter; text: string }[];
}

/** The operational facts of facts.md §3 that code and data must agree with. */
export interface KmsFacts {
  activationThreshold: { windowsClient: number; windowsServer: number };
  maxCurrentCount: number;
  clockSkewLimitHours: number;
  defaultPort: number;
  registry: { key: string; outdatedKey: string };
  events: { id: number; on: 'client' | 'host'; log: string; text: string | null }[];
  hostUpdates: string[];
}

/** activation-error-codes.md's table, row by row. */
export const sourceErrorCodes = errorCodesTable as SourceErrorCodes;
/** The setup keys of kms-client-setup-keys.md and facts.md §2. */
export const sourceKeys = setupKeysTable as SourceKeys;
/** The further codes of facts.md §1.2–1.3, one entry per code. */
export const factsCodes = (factsCodesTable as { codes: FactsCode[] }).codes;
/** Thresholds, limits, the registry key, event logs and host updates of facts.md §3. */
export const kmsFacts = kmsFactsTable as KmsFacts;

/**
 * A captured command output as a technician would paste it: the file without its first line,
 * the `# source:` note that says where the capture came from.
 */
export const capture = (name: string): string =>
  readFileSync(new URL(`../fixtures/samples/${name}`, import.meta.url), 'utf8').replace(/^# source:.*\n/, '');
