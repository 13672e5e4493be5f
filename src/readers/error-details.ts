// Reads an error's text as Event Viewer's General tab shows it when copied without the event's
// header: the code on a line of its own, "Error details", then lines such as
// "0xc004f042 - SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH" and a description. The code under
// "Error details" is the inner one (on a KMS host's event, the host's own answer), so it comes
// first; the code above it is what that became.

import type { Facts } from './reading.js';
import { resultValue } from './event-params.js';

/** What the error-details reader made of a chunk. */
export interface ErrorDetailsReading {
  facts: Facts;
  code?: string;
  score: number;
}

const HEADING = /^Error details\s*:?$/i;
const DETAIL = /^(0x[0-9A-Fa-f]{1,8})\s+-\s+([A-Z][A-Z0-9_]+)\b/;
const ALONE = /^(0x[0-9A-Fa-f]{1,8})\.?$/;

/** Reads an "Error details" text; score 0 when the chunk has none. */
export function readErrorDetails(lines: readonly string[]): ErrorDetailsReading {
  const at = lines.findIndex((l) => HEADING.test(l.trim()));
  if (at < 0) return { facts: {}, score: 0 };
  const inner: string[] = [];
  const symbols: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = DETAIL.exec(line.trim());
    if (!m) continue;
    const code = resultValue(m[1]);
    if (code && !inner.includes(code)) { inner.push(code); symbols.push(m[2]!); }
  }
  const outer = lines.slice(0, at).map((l) => resultValue(ALONE.exec(l.trim())?.[1])).filter((c): c is string => c !== undefined);
  const codes = [...new Set([...inner, ...outer])].filter((c) => Number.parseInt(c.slice(2), 16) >= 0x8000_0000);
  if (codes.length === 0) return { facts: {}, score: 0 };
  const facts: Facts = { codes, ...(symbols.length > 0 ? { errorSymbols: symbols } : {}) };
  return { facts, code: codes[0], score: 2 + 2 * inner.length + outer.length };
}
