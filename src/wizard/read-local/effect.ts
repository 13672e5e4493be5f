// The work behind "Read this computer" once the technician pressed Enter: run the collect
// script (run-local.ts, through the runner's deps so tests can point it at pwsh with mocks),
// and read its JSON as pasted collected output is read. Loaded with the other effect work, on
// the first effect.

import type { CollectSide } from '../../readers/collect-names.js';
import { readOutput } from '../../readers/read-output.js';
import { outputsOf } from '../../readers/reading.js';
import type { LocalRun } from '../../collect/run-local.js';
import type { LocalRunResult } from './apply.js';

/** Runs PowerShell on this computer (run-local.ts runLocal in the runner). */
export type ReadLocal = (side: CollectSide, signal: AbortSignal) => Promise<LocalRun>;

/** Whether the JSON says this computer is a KMS host, and its name. */
function machineOf(json: string): Pick<LocalRunResult, 'machine' | 'computer'> {
  try {
    const value = JSON.parse(json) as { ComputerName?: unknown; Side?: unknown; Service?: { IsKeyManagementServiceMachine?: unknown } | null };
    const host = value.Side === 'host' || Number(value.Service?.IsKeyManagementServiceMachine) === 1;
    return { machine: host ? 'kms-host' : 'client', ...(typeof value.ComputerName === 'string' && value.ComputerName ? { computer: value.ComputerName } : {}) };
  } catch {
    return {};
  }
}

/** Runs the script `side` names and reads what it printed. */
export async function readThisComputer(side: CollectSide, readLocal: ReadLocal, signal: AbortSignal): Promise<LocalRunResult> {
  const run = await readLocal(side, signal);
  if (!run.ok) return { run, readings: [] };
  const readings = outputsOf(readOutput(run.json)).filter((r) => r.kind === 'collect');
  if (readings.length === 0) return { run: { ok: false, reason: 'what PowerShell printed is not collected JSON kms-doctor reads.' }, readings: [] };
  return { run, readings, ...machineOf(run.json) };
}
