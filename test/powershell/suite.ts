// describe() for tests that need pwsh: with pwsh, a PwshHost for the file; without it, the
// tests are skipped (test/setup/pwsh.ts says so once), except in CI, where they fail (unless the
// leg says why it has none, KMS_DOCTOR_NO_PWSH).

import { afterAll, beforeAll, describe, it } from 'vitest';
import { findPwsh, inCi, missingPwshMessage, pwshExcused } from './find-pwsh.js';
import { PwshHost } from './pwsh-host.js';

/** The pwsh the tests use, if any. */
export const PWSH = findPwsh();

/** A describe block that gets one long-lived pwsh (`host()` inside its tests). */
export function describePwsh(name: string, body: (host: () => PwshHost) => void): void {
  if (!PWSH) {
    if (inCi() && !pwshExcused()) describe(name, () => it('needs pwsh', () => { throw new Error(`CI=true and ${missingPwshMessage()}`); }));
    else describe.skip(name, () => body(() => { throw new Error('no pwsh'); }));
    return;
  }
  describe(name, () => {
    let current: PwshHost | undefined;
    beforeAll(() => { current = new PwshHost(PWSH); });
    afterAll(async () => { await current?.close(); });
    body(() => current!);
  });
}
