// Vitest global setup: says once, in one line, that the PowerShell tests (test/powershell/)
// are skipped because no pwsh was found; in CI a missing pwsh fails the run instead, unless the
// CI leg says why it has none (KMS_DOCTOR_NO_PWSH: the Windows leg under Wine).

import { existsSync } from 'node:fs';
import { findPwsh, inCi, missingPwshMessage, pwshExcused } from '../powershell/find-pwsh.js';

export default function checkPwsh(): void {
  const pwsh = findPwsh();
  if (pwsh && existsSync(pwsh)) return;
  const excused = pwshExcused();
  if (inCi() && !excused) throw new Error(`CI=true and ${missingPwshMessage()}: in CI the PowerShell tests must run.`);
  process.stderr.write(`\nkms-doctor: the PowerShell tests are skipped: ${excused ?? missingPwshMessage()}.\n\n`);
}
