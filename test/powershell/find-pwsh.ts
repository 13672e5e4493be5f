// Which PowerShell the tests check PowerShell texts with: the one KMS_DOCTOR_PWSH names (an
// explicit choice wins), else the pinned one .ci/install-pwsh.sh puts in .tools/pwsh, else a
// pwsh on PATH. Undefined when there is none: the PowerShell tests are then skipped with one
// line saying so, except in CI (CI=true), where a missing pwsh fails the run.

import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXE = process.platform === 'win32' ? 'pwsh.exe' : 'pwsh';

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The pwsh to use, or undefined. */
export function findPwsh(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.KMS_DOCTOR_PWSH;
  if (named) return isFile(named) ? named : undefined;
  const pinned = join(ROOT, '.tools', 'pwsh', EXE);
  if (isFile(pinned)) return pinned;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isFile(join(dir, EXE))) return join(dir, EXE);
  }
  return undefined;
}

/** True when a missing pwsh must fail the run rather than skip the tests. */
export const inCi = (env: NodeJS.ProcessEnv = process.env): boolean => env.CI === 'true' || env.CI === '1';

/**
 * Why this run goes without pwsh on purpose, when a CI leg says so (KMS_DOCTOR_NO_PWSH): the
 * Windows leg runs Windows Node under Wine, where there is no Windows pwsh, and the same texts
 * are checked by the Linux leg's pwsh. Undefined when nothing excuses a missing pwsh.
 */
export const pwshExcused = (env: NodeJS.ProcessEnv = process.env): string | undefined => env.KMS_DOCTOR_NO_PWSH?.trim() || undefined;

/** Why there is no pwsh, in one sentence (the skip line, or in CI the failure's message). */
export function missingPwshMessage(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.KMS_DOCTOR_PWSH;
  if (named && !existsSync(named)) return `KMS_DOCTOR_PWSH names ${named}, which does not exist`;
  return 'no pwsh found (KMS_DOCTOR_PWSH, .tools/pwsh, PATH); .ci/install-pwsh.sh installs it';
}
