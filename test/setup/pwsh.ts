// Vitest global setup: says once, in one line, that the PowerShell tests (test/powershell/)
// are skipped because no pwsh was found; in CI a missing pwsh fails the run instead.

import { existsSync } from 'node:fs';
import { findPwsh, inCi, missingPwshMessage } from '../powershell/find-pwsh.js';

export default function checkPwsh(): void {
  const pwsh = findPwsh();
  if (pwsh && existsSync(pwsh)) return;
  if (inCi()) throw new Error(`CI=true and ${missingPwshMessage()}: in CI the PowerShell tests must run.`);
  process.stderr.write(`\nkms-doctor: the PowerShell tests are skipped: ${missingPwshMessage()}.\n\n`);
}
