// "Read this computer" end to end, in a real terminal (the rig of test/cli/terminal-*.test.ts):
// the bin started with --powershell naming pwsh, the mocks of test/powershell/mocks found the
// way Windows finds the real cmdlets, and the TCP test reaching peers on 127.0.0.1. Nothing
// runs before Enter on the script's preview; the read answers what it covers, each marked as
// read from this computer; a failure says what failed and the wizard goes on.

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runOnScreen, type ScreenRun } from '../support/screen-terminal.js';
import { startTcpPeers, type TcpPeers } from '../support/tcp-listeners.js';
import { caseEnvironment, removeCases, type MockCase } from './mock-cases.js';
import { mockEnvironment } from './pwsh-host.js';
import { describePwsh, PWSH } from './suite.js';

const DOWN = '\u001b[B';
const PAGE_DOWN = '\u001b[6~';
const ESC = '\u001b';

describePwsh('Read this computer, in a real terminal', () => {
  let peers: TcpPeers;
  const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-read-local-'));
  beforeAll(async () => { peers = await startTcpPeers(); });
  afterAll(async () => { await peers?.close(); removeCases(); rmSync(dir, { recursive: true, force: true }); });

  const start = (name: MockCase, powershell = PWSH!): ScreenRun => {
    const env = { ...mockEnvironment(), ...caseEnvironment(name, { acceptingPort: peers.accepting.port, silentPort: peers.silent.port }), CI: 'false' };
    return runOnScreen(['--powershell', powershell], 80, 24, env as Record<string, string>);
  };
  const screen = (t: ScreenRun) => t.lines().join('\n');
  /** Highlights "Read this computer" on the first screen (the sixth choice) and chooses it. */
  const choose = async (t: ScreenRun) => {
    await t.waitFor('Read this computer (read-only)');
    await t.settle(300); // the first frame is drawn before the terminal is in raw mode
    t.write('6');
    await t.settle();
    expect(t.lines().find((l) => l.startsWith('❯'))).toBe('❯ Read this computer (read-only)');
    t.write('\r');
    await t.waitFor('Run it? Enter reads this computer');
  };

  it('shows the script before it runs anything, runs it only after Enter, and answers what the JSON covers', async () => {
    const t = start('client-0xC004F074');
    await choose(t);
    expect(screen(t).replace(/\s+/g, ' ')).toContain('-NoProfile -NonInteractive -ExecutionPolicy Bypass -File collect.ps1');
    t.write(PAGE_DOWN);
    await t.waitFor('IT CHANGES NOTHING.');
    t.write('\r');
    await t.waitFor('Read from this computer (PC042), read-only:', 30_000);
    const shown = screen(t);
    // It started at the code the JSON names and answered the questions it covers, each listed.
    expect(shown).toMatch(/· .*→/);
    expect(shown).not.toContain('Reading this computer');
    // The next open question is the technician's (nothing read can tell it): on to a question
    // about the KMS host that collected output answers; this computer is a client, so it is
    // not offered there, and the screen says why.
    expect(shown).toContain('On the KMS host: is the Software Protection service running?');
    t.write('\r');
    await t.waitFor('On the KMS host: is the KMS firewall rule enabled?');
    await t.settle();
    t.write('\r');
    await t.waitFor('is a KMS client; this question is about the KMS host');
    expect(screen(t).replace(/\s+/g, ' ')).toContain('This computer (PC042) is a KMS client; this question is about the KMS host, so it is not read from here');
    expect(screen(t)).not.toContain('Read this computer (read-only)');
    t.write('\u0003');
    expect(await t.exited).toBe(130);
  }, 60_000);

  it('Esc on the preview runs nothing; Enter runs it once (one TCP connection to the KMS host)', async () => {
    const before = peers.accepting.accepted();
    const t = start('activated-client');
    await choose(t);
    t.write(ESC);
    await t.waitFor('What do you have to go on?');
    await t.settle(2000);
    expect(peers.accepting.accepted()).toBe(before);
    await choose(t);
    t.write('\r');
    await t.waitFor('Reading this computer (read-only)… Esc stops it');
    await t.waitFor('Read from this computer (PC043), read-only:', 30_000);
    expect(screen(t)).toContain('it shows no error code: choose what you have to go on');
    expect(peers.accepting.accepted()).toBe(before + 1);
    // The wizard goes on as before.
    t.write(DOWN);
    await t.settle();
    t.write('\u0003');
    expect(await t.exited).toBe(130);
  }, 60_000);

  it('a PowerShell that fails: one sentence says what failed, and the wizard goes on', async () => {
    const failing = join(dir, 'failing-pwsh');
    writeFileSync(failing, `#!${process.execPath}\nprocess.stderr.write('running scripts is disabled on this system.\\n'); process.exit(1);\n`);
    chmodSync(failing, 0o755);
    const t = start('activated-client', failing);
    await choose(t);
    t.write('\r');
    await t.waitFor('Could not read this computer: PowerShell ended with exit code 1', 30_000);
    expect(screen(t).replace(/\s+/g, ' ')).toContain('Could not read this computer: PowerShell ended with exit code 1: running scripts is disabled on this system. Answer the questions as before.');
    expect(screen(t)).not.toContain('Reading this computer');
    t.write('1');
    t.write('\r');
    await t.waitFor('Error code');
    t.write('\u0003');
    expect(await t.exited).toBe(130);
  }, 60_000);

  it('Esc while it runs stops it', async () => {
    const slow = join(dir, 'slow-pwsh');
    writeFileSync(slow, `#!${process.execPath}\nsetTimeout(() => {}, 60_000);\n`);
    chmodSync(slow, 0o755);
    const t = start('activated-client', slow);
    await choose(t);
    t.write('\r');
    await t.waitFor('Reading this computer (read-only)… Esc stops it');
    t.write(ESC);
    await t.waitFor('Stopped reading this computer: nothing was read.');
    expect(screen(t)).toContain('What do you have to go on?');
    t.write('\u0003');
    expect(await t.exited).toBe(130);
  }, 60_000);
});
