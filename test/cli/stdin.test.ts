// Standard input of explain, as a real process reads it: the encodings Windows writes, junk,
// more than the cap, a closed descriptor, and a reader that goes away. stdout holds only the
// result (one JSON document with --json), messages go to stderr, exit codes as README says.

import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runBin } from '../support/bin.js';

/**
 * Runs the bin with `stdin` as its standard input ('ignore' is the null device) and calls
 * `onStdout` with all it has read so far at each chunk, with a way to go away (close the pipe),
 * as `| head -1` or `| true` do.
 */
function runPiped(
  args: string[],
  stdin: 'ignore' | 'pipe-closed-at-once',
  onStdout: (soFar: string, goAway: () => void) => void = () => {},
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: [stdin === 'ignore' ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (child.stdin) child.stdin.end();
    let stdout = '';
    let stderr = '';
    let gone = false;
    const goAway = () => {
      gone = true;
      child.stdout!.destroy();
    };
    child.stdout!.on('data', (d) => {
      if (gone) return;
      stdout += d;
      onStdout(stdout, goAway);
    });
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

/** The longest command line the platform passes whole: Windows' CreateProcess takes 32 767 characters. */
const ARGUMENT_ROOM = process.platform === 'win32' ? 30_000 : 14 * 126_000;

const PASTE = 'Activating Windows(R), ServerStandard edition (de32eafd-aaee-4662-9444-c1befb41bde2) ...\r\nError: 0x8007232B DNS name does not exist.\r\n';
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('encodings on standard input', () => {
  it.each([
    ['UTF-8', Buffer.from(PASTE)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PASTE)])],
    ['UTF-16 LE with BOM (PowerShell 5.1 >)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PASTE, 'utf16le')])],
    ['UTF-16 LE without BOM', Buffer.from(PASTE, 'utf16le')],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(PASTE)])],
    ['UTF-16 BE without BOM', utf16be(PASTE)],
  ])('%s', async (_name, bytes) => {
    const r = await runBin(['explain', '--json'], bytes);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ known: true, code: '0x8007232B' });
    expect(r.stderr).toBe('');
  });
});

describe('junk on standard input never crashes, and --json stays one JSON document', () => {
  const random = Buffer.alloc(200_000);
  for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24; // deterministic noise
  it.each([
    ['invalid UTF-8', Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x0a, 0xff, 0xfe, 0xfd])],
    ['binary', random],
    ['NUL bytes only', Buffer.alloc(10_000)],
    ['an odd number of UTF-16 bytes', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Error: 0x8007232B', 'utf16le'), Buffer.from([0x41])])],
  ])('%s', async (_name, bytes) => {
    const r = await runBin(['explain', '--json'], bytes);
    expect([0, 1]).toContain(r.code);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).not.toMatch(/at .*\.mjs:\d+|TypeError|RangeError/);
  });
});

describe('size, closed and broken streams', () => {
  it('more than 16 MiB: reads the first 16 MiB, says so on stderr, answers from what it read', async () => {
    const head = Buffer.from('Error: 0xC004F074\n');
    const filler = Buffer.alloc(50 * 1024 * 1024, 'x\n');
    const r = await runBin(['explain', '--json'], Buffer.concat([head, filler, Buffer.from('Error: 0x8007232B\n')]));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).code).toBe('0xC004F074');
    expect(r.stderr).toContain('standard input is longer than 16 MiB; only the first 16 MiB were read');
  }, 60_000);

  it.each(['ignore', 'pipe-closed-at-once'] as const)('standard input that is empty (%s): no code, exit 1', async (stdin) => {
    const r = await runPiped(['explain', '--json'], stdin);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ known: false, code: null });
    expect(r.stderr).toBe('');
  });

  // A closed descriptor 0 is a POSIX state (Windows gives every child a handle); only a shell makes it.
  it.runIf(process.platform !== 'win32')('a closed standard input is empty input: no code, exit 1', async () => {
    const r = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
      const child = spawn('/bin/sh', ['-c', '"$NODE" "$BIN" explain --json <&-'], { env: { ...process.env, BIN, NODE: process.execPath } });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (code) => resolve({ stdout, code }));
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ known: false, code: null });
  });

  it('a reader that goes away (kms-doctor keys | true): no error, exit 0', async () => {
    const r = await runPiped(['keys'], 'ignore', (_soFar, goAway) => goAway());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('kms-doctor keys | head -1 prints one line', async () => {
    const r = await runPiped(['keys'], 'ignore', (soFar, goAway) => soFar.includes('\n') && goAway());
    expect(r.stdout.split('\n')[0]).toBe('Every KMS client setup key (GVLK), newest first:');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it(`very long arguments (${ARGUMENT_ROOM.toLocaleString('en-US')} characters, as many as this platform passes) are searched whole`, async () => {
    const count = Math.max(1, Math.floor(ARGUMENT_ROOM / 126_000));
    const arg = 'x 0x8007232B y '.repeat(8_400).slice(0, Math.min(126_000, ARGUMENT_ROOM - 100));
    const r = await runBin(['explain', '--json', ...Array(count - 1).fill(arg), `${arg} Error: 0xC004F074`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).code).toBe('0xC004F074'); // the labelled code, at the very end
  }, 60_000);
});

describe('echoed text is named, not obeyed', () => {
  it('keys with escape sequences and controls in its words', async () => {
    const r = await runBin(['keys', '\u001B[2J\u001B]0;pwned\u0007', 'a\u202Eb\u0001c']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202E]/);
    expect(r.stdout).toContain('<ESC>[2J<ESC>]0;pwned<BEL> a<U+202E>b<SOH>c');
  });

  it('an unknown option with an escape sequence in it', async () => {
    const r = await runBin(['explain', '--\u001B[31mred']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--<ESC>[31mred'");
    expect(r.stderr + r.stdout).not.toContain('\u001B');
  });
});
