// The copy read back off a real pseudo-terminal: a tiny program copies with the clipboard
// module (the native clipboard made to fail), and the bytes the terminal received are decoded
// to the exact text. Then the same through a real tmux, as the outer terminal sees it.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyAll } from '../../../src/handover/clipboard/copy-text.js';
import { shownCommands } from '../../../src/wizard/view-model.js';
import { decodeOsc52 } from '../../support/osc52.js';
import { NO_PTY } from '../../support/pty.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Inside node_modules, so the program finds the packages it leaves external (clipboardy).
const script = join(root, 'node_modules', '.cache', 'kms-doctor-tests', 'copy-in-terminal.mjs');

const COMMAND = 'cscript //nologo %windir%\\system32\\slmgr.vbs /skms kms01.corp.contoso.com:1688';
const BLOCK = copyAll(
  shownCommands([{ ref: 'slmgr-dlv' }, { ref: 'slmgr-skms' }], { kmsHost: 'kms01.corp.contoso.com', port: 1688, kmsHostPort: 'kms01.corp.contoso.com:1688' }, 'both'),
);

/** The environment of a plain local terminal: none of this machine's SSH or multiplexer variables. */
function plainEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', TERM: 'xterm-256color' };
  return { ...env, ...extra };
}

/** Runs `file args` in a PTY and resolves with everything the terminal received. */
function runInPty(file: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    // node-pty sets TERM from `name`, so the name is the TERM the test asks for.
    const term = pty.spawn(file, args, { name: env.TERM ?? 'xterm-256color', cols: 80, rows: 24, env });
    let out = '';
    const timer = setTimeout(() => {
      term.kill();
      reject(new Error(`no exit within 20 s; received so far: ${JSON.stringify(out.slice(-500))}`));
    }, 20_000);
    term.onData((d) => (out += d));
    term.onExit(() => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'test', 'handover', 'clipboard', 'fixtures', 'copy-in-terminal.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['clipboardy'],
    logLevel: 'warning',
  });
});

describe.skipIf(NO_PTY)('copy in a real terminal', () => {
  it('over SSH: the terminal receives a plain OSC 52 that decodes to the command', async () => {
    const raw = await runInPty(process.execPath, [script], plainEnv({ SSH_TTY: '/dev/pts/9', KMS_DOCTOR_COPY_TEXT: COMMAND }));
    expect(raw).toContain('\x1b]52;c;');
    expect(decodeOsc52(raw)).toEqual([COMMAND]);
    expect(raw).toContain('OUTCOME sent-osc52');
  });

  it('inside tmux: the sequence is wrapped for passthrough and decodes to the whole block', async () => {
    const raw = await runInPty(process.execPath, [script], plainEnv({ TMUX: '/tmp/tmux-0/default,1,0', KMS_DOCTOR_COPY_TEXT: BLOCK }));
    expect(raw).toContain('\x1bPtmux;\x1b\x1b]52;c;');
    expect(decodeOsc52(raw)).toEqual([BLOCK]);
  });

  it('inside GNU screen: the sequence comes in DCS pieces that join up to the whole block', async () => {
    const raw = await runInPty(process.execPath, [script], plainEnv({ STY: '4242.pts-0.host', KMS_DOCTOR_COPY_TEXT: BLOCK }));
    expect(raw.split('\x1bP').length - 1).toBeGreaterThan(1);
    expect(decodeOsc52(raw)).toEqual([BLOCK]);
  });

  it('with TERM=dumb: nothing is sent and the copy fails', async () => {
    const raw = await runInPty(process.execPath, [script], plainEnv({ SSH_TTY: '/dev/pts/9', TERM: 'dumb', KMS_DOCTOR_COPY_TEXT: COMMAND }));
    expect(decodeOsc52(raw)).toEqual([]);
    expect(raw).toContain('OUTCOME failed');
  });
});

let tmuxVersion: string | undefined;
try {
  tmuxVersion = execFileSync('tmux', ['-V'], { encoding: 'utf8' }).trim();
} catch {
  tmuxVersion = undefined;
}
const socket = `kms-doctor-copy-${process.pid}`;

describe.skipIf(!tmuxVersion)(`copy through a real tmux (${tmuxVersion ?? 'not installed'})`, () => {
  afterAll(() => {
    try {
      execFileSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
    } catch {
      // the server ended with its only session
    }
  });

  it('with allow-passthrough on, the outer terminal receives the command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-tmux-'));
    const conf = join(dir, 'tmux.conf');
    writeFileSync(conf, 'set -g allow-passthrough on\nset -g status off\n');
    const program = `${JSON.stringify(process.execPath)} ${JSON.stringify(script)}`;
    const raw = await runInPty('tmux', ['-L', socket, '-f', conf, 'new-session', '-x', '80', '-y', '24', program], plainEnv({ KMS_DOCTOR_COPY_TEXT: COMMAND }));
    // tmux unwraps the passthrough: the outer terminal gets the plain sequence.
    expect(raw).toContain('\x1b]52;c;');
    expect(raw).not.toContain('\x1bPtmux;');
    rmSync(dir, { recursive: true, force: true });
    expect(decodeOsc52(raw)).toEqual([COMMAND]);
  });
});
