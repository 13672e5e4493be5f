// Reads what the PowerShell twin of slmgr /ato prints: Invoke-CimMethod's answer to the
// SoftwareLicensingProduct Activate method, a ReturnValue of 0, or a CimException whose
// FullyQualifiedErrorId carries the HRESULT ("HRESULT 0xc004f074,Microsoft.Management.
// Infrastructure.CimCmdlets.InvokeCimMethodCommand"). Only with its command line: a bare
// ReturnValue 0 is the answer of every method, not only of Activate.

import type { Facts } from './reading.js';
import { psList, psTable } from './ps-output.js';
import { resultValue } from './event-params.js';

/** What the reader made of a chunk. */
export interface CimActivateReading {
  facts: Facts;
  code?: string;
  score: number;
}

const ACTIVATE = /Invoke-CimMethod\b[^;|]*-MethodName\s+['"]?Activate\b/i;
const HRESULT = /FullyQualifiedErrorId\s*:\s*HRESULT\s+(0x[0-9A-Fa-f]{1,8})\b/i;

/** Reads the Activate method's answer; score 0 unless the command line shows that method. */
export function readCimActivate(lines: readonly string[], command: string | undefined): CimActivateReading {
  if (!command || !ACTIVATE.test(command)) return { facts: {}, score: 0 };
  for (const line of lines) {
    const m = HRESULT.exec(line);
    const code = m ? resultValue(m[1]) : undefined;
    if (code) return { facts: {}, code, score: 3 };
  }
  const results = [...psTable(lines, 'ReturnValue'), ...psList(lines)].map((o) => o.returnvalue).filter((v) => v !== undefined);
  if (results.length === 0) return { facts: {}, score: 0 };
  const value = Number(results[0]);
  if (value === 0) return { facts: { activated: true }, score: 3 };
  const code = Number.isInteger(value) ? `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}` : undefined;
  return { facts: {}, ...(code ? { code } : {}), score: 3 };
}
