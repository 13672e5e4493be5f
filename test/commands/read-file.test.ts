// Reading a file kms-doctor was given, bounded whatever the file is: a regular file over the
// cap is refused by its size; a device or a named pipe (whose size stat gives as 0) is read up
// to the cap and no further, with a note; a pipe nobody writes to is not waited on for ever.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBounded } from '../../src/commands/read-file.js';

const tmp = mkdtempSync(join(tmpdir(), 'kms-doctor-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const unix = process.platform !== 'win32';

function fifo(name: string): string {
  const path = join(tmp, name);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

describe('a regular file', () => {
  it('is read whole up to the cap', async () => {
    writeFileSync(join(tmp, 'small.txt'), 'x'.repeat(1000));
    const read = await readBounded(join(tmp, 'small.txt'), { cap: 1000 });
    expect(read).toEqual({ ok: true, bytes: Buffer.from('x'.repeat(1000)) });
  });

  it('over the cap is refused, naming its size and the cap', async () => {
    writeFileSync(join(tmp, 'big.txt'), 'x'.repeat(3 * 1024 * 1024));
    expect(await readBounded(join(tmp, 'big.txt'), { cap: 1024 * 1024 })).toEqual({ ok: false, problem: 'it is 3 MB; kms-doctor reads files up to 1 MiB' });
  });

  it('that is missing, or a folder, is named so', async () => {
    expect(await readBounded(join(tmp, 'none.txt'))).toEqual({ ok: false, problem: 'no such file or folder' });
    expect(await readBounded(tmp)).toEqual({ ok: false, problem: 'it is a folder' });
  });
});

describe.skipIf(!unix)('a device or a named pipe', () => {
  it('/dev/zero, which never ends, is read to the cap and says it stopped there', async () => {
    const read = await readBounded('/dev/zero', { cap: 100_000 });
    expect(read.ok && read.bytes.length).toBe(100_000);
    expect(read.ok && read.note).toBe('it goes on past 100000 bytes; only the first 100000 bytes were read');
  });

  it('/dev/null is empty at once', async () => {
    expect(await readBounded('/dev/null', { waitMs: 60_000 })).toEqual({ ok: true, bytes: Buffer.alloc(0) });
  });

  it('a FIFO nobody writes to: not waited on for ever, and said so', async () => {
    const read = await readBounded(fifo('silent'), { waitMs: 300 });
    expect(read).toEqual({ ok: false, problem: 'nothing arrived in 0.3 s (is anything writing to it?)' });
  });

  it('a FIFO a writer fills and closes is read whole', async () => {
    const path = fifo('once');
    const writer = spawn('sh', ['-c', `printf 'Name: Windows\\nLicense Status: Licensed\\n' > "${path}"`]);
    const read = await readBounded(path, { waitMs: 20_000 });
    expect(read.ok && read.bytes.toString()).toBe('Name: Windows\nLicense Status: Licensed\n');
    writer.kill();
  });

  it('a FIFO written to for ever (yes) is read to the cap', async () => {
    const path = fifo('endless');
    const writer = spawn('sh', ['-c', `exec yes > "${path}"`]);
    const read = await readBounded(path, { cap: 1024 * 1024, waitMs: 20_000 });
    writer.kill();
    expect(read.ok && read.bytes.length).toBe(1024 * 1024);
    expect(read.ok && read.note).toBe('it goes on past 1 MiB; only the first 1 MiB were read');
  });

  it('a FIFO that stops part-way: what arrived is read, and the wait is said', async () => {
    const path = fifo('stalls');
    // Writes one line and keeps the pipe open without writing more.
    const writer = spawn('sh', ['-c', `exec 3>"${path}"; printf 'half\\n' >&3; exec sleep 30`]);
    const read = await readBounded(path, { waitMs: 500 });
    writer.kill();
    expect(read.ok && read.bytes.toString()).toBe('half\n');
    expect(read.ok && read.note).toBe('stopped waiting for more after 0.5 s; read what had arrived (5 bytes)');
  });
});
