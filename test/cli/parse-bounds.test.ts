// `kms-doctor parse` on inputs that are not plain files, as the built bin: a device that never
// ends, a named pipe written to for ever, a folder it may not list. Each ends with a stated
// bound and a plain message; none runs away (the run is stopped at 60 s or 1.5 GB if it does).

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinBounded } from '../support/bounded-run.js';

const tmp = mkdtempSync(join(tmpdir(), 'kms-doctor-bounds-'));
chmodSync(tmp, 0o755); // the unprivileged run below must reach the folder inside
afterAll(() => {
  if (existsSync(join(tmp, 'locked'))) chmodSync(join(tmp, 'locked'), 0o755);
  rmSync(tmp, { recursive: true, force: true });
});
const linux = process.platform === 'linux';

describe.skipIf(!linux)('devices and named pipes are read to 16 MiB, no further', () => {
  it('parse /dev/zero --json: the first 16 MiB, said on stderr; nothing recognised', async () => {
    const r = await runBinBounded(['parse', '/dev/zero', '--json']);
    expect(r.stopped).toBeUndefined();
    expect(r.stderr).toBe('kms-doctor parse: /dev/zero: it goes on past 16 MiB; only the first 16 MiB were read.\n');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'unknown' });
  });

  it('parse FIFO that yes writes to for ever: the first 16 MiB, said on stderr', async () => {
    const fifo = join(tmp, 'endless');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Lines of 1 000 characters: 16 MiB of two-byte lines would measure the readers, not the cap.
    const yes = spawn('sh', ['-c', `exec yes "${'x'.repeat(1000)}" > "${fifo}"`]);
    const r = await runBinBounded(['parse', fifo]);
    yes.kill();
    expect(r.stopped).toBeUndefined();
    expect(r.stderr).toContain('endless: it goes on past 16 MiB; only the first 16 MiB were read.\n');
    expect(r.code).toBe(1);
  });

  it('a FIFO inside a folder is named among the skipped, not read', async () => {
    const folder = join(tmp, 'with-fifo');
    mkdirSync(folder);
    writeFileSync(join(folder, 'pc1.txt'), 'License Status: Licensed\r\n');
    expect(spawnSync('mkfifo', [join(folder, 'pc2.pipe')]).status).toBe(0);
    const r = await runBinBounded(['parse', folder, '--json']);
    expect(r.stopped).toBeUndefined();
    expect(JSON.parse(r.stdout).skipped).toEqual(['pc2.pipe: not a file (a folder, a device or a pipe)']);
  });
});

// Linux: as root the run drops to nobody with setpriv (util-linux).
describe.skipIf(!linux)('a folder that may not be listed', () => {
  it('exits 2 with a plain message, not 70 and a scandir error', async () => {
    const folder = join(tmp, 'locked');
    mkdirSync(folder);
    writeFileSync(join(folder, 'pc1.txt'), 'License Status: Licensed\r\n');
    chmodSync(folder, 0);
    // root may read any folder: the bin runs as nobody then (spawn's uid), as an ordinary user would.
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    // nobody may not enter the checkout (CI clones into a folder only its owner may read): the
    // bin is copied where anyone may read it; parse needs nothing beside it.
    const readable = mkdtempSync(join(tmpdir(), 'kms-doctor-bin-'));
    chmodSync(readable, 0o755);
    const dist = fileURLToPath(new URL('../../dist', import.meta.url));
    for (const part of ['cli.mjs', 'chunks']) cpSync(join(dist, part), join(readable, 'dist', part), { recursive: true });
    const bin = join(readable, 'dist', 'cli.mjs');
    const r = spawnSync(asNobody[0] ?? process.execPath, [...asNobody.slice(1), ...(asNobody.length ? [process.execPath] : []), bin, 'parse', folder], { encoding: 'utf8' });
    rmSync(readable, { recursive: true, force: true });
    expect(r.stderr).toBe(`kms-doctor parse: cannot read ${folder}: permission denied (parse lists the files in it: run it as a user who may, or copy the files into a folder you can read)\n`);
    expect(r.status).toBe(2);
  });
});
