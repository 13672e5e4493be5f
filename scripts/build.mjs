#!/usr/bin/env node
// Builds the bin: dist/cli.mjs, a small minified ESM entry, and the chunks it loads on demand
// (dist/chunks/; see build-config.mjs). The data under data/ is checked first.
// `--if-stale` skips the build when dist/cli.mjs is newer than every source file,
// so `npm start` and `prepare` stay fast after the first run.
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binBuildOptions } from './build-config.mjs';
import { validateData } from './validate-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'cli.mjs');
// scripts/ too: the build's own plugins change what it writes.
const sourceDirs = ['src', 'flows', 'data', 'stubs', 'scripts'].map((d) => join(root, d));

function newestSourceTime() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  sourceDirs.filter(existsSync).forEach(walk);
  return newest;
}

if (process.argv.includes('--if-stale') && existsSync(outfile) && statSync(outfile).mtimeMs >= newestSourceTime()) {
  process.exit(0);
}

// The data is checked here, once, instead of at every start of the bin.
try {
  await validateData(root);
} catch (err) {
  process.stderr.write(`kms-doctor: the build stopped: ${err.message}\n`);
  process.exit(1);
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Chunk names carry a content hash: clear the old ones so dist/ holds exactly this build.
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build(binBuildOptions(root, version));
chmodSync(outfile, 0o755);
