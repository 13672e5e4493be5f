// --powershell PATH: the PowerShell "Read this computer" runs. A path that is not a file is
// refused before the wizard starts, with a message that names it; --help lists the option.

import { expect, it } from 'vitest';
import { runBin, runInTerminal } from '../support/bin.js';
import { NO_PTY } from '../support/pty.js';

it('kms-doctor --help lists --powershell', async () => {
  const r = await runBin(['--help']);
  expect(r.stdout).toMatch(/--powershell PATH +the PowerShell "Read this computer" runs/);
});

it.skipIf(NO_PTY)('--powershell naming a file that is not there: a clear message, exit 2', async () => {
  const t = runInTerminal(['--powershell', '/no/such/pwsh']);
  expect(await t.exited).toBe(2);
  expect(t.text()).toContain('--powershell /no/such/pwsh: no such file');
});
