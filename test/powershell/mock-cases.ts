// The mock cases (test/powershell/mocks/cases/*.json) made ready for a run: the ports of the
// test's own TCP peers on 127.0.0.1 filled in, written to a temporary file, and the environment
// that points the mocks at it.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cases there are. */
export type MockCase = 'activated-client' | 'client-0xC004F074' | 'kms-host' | 'cim-failing' | 'no-network';

/** Ports the cases name: a listener that accepts, one that never answers. */
export interface CasePorts {
  acceptingPort: number;
  silentPort: number;
}

const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-mocks-'));

/** The environment of a run of `name`: the case file, and the computer's name as Windows sets it. */
export function caseEnvironment(name: MockCase, ports: CasePorts): Record<string, string> {
  let text = readFileSync(new URL(`./mocks/cases/${name}.json`, import.meta.url), 'utf8');
  for (const [key, port] of Object.entries(ports)) text = text.replaceAll(`"\${${key}}"`, String(port));
  const file = join(dir, `${name}.json`);
  writeFileSync(file, text);
  return { KMS_DOCTOR_MOCK_CASE: file, COMPUTERNAME: JSON.parse(text).computerName };
}

/** Removes the temporary case files. */
export const removeCases = (): void => rmSync(dir, { recursive: true, force: true });
