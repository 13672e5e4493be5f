#!/usr/bin/env node
// Builds the one file the bin points at: dist/cli.mjs, a minified ESM bundle.
// `--if-stale` skips the build when dist/cli.mjs is newer than every source file,
// so `npm start` and `prepare` stay fast after the first run.
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateData } from './validate-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'cli.mjs');
const sourceDirs = ['src', 'flows', 'data', 'stubs'].map((d) => join(root, d));

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

await build({
  entryPoints: [join(root, 'src', 'cli.ts')],
  outfile,
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    __KMS_DOCTOR_VERSION__: JSON.stringify(version),
  },
  alias: { 'react-devtools-core': join(root, 'stubs', 'react-devtools-core.mjs') },
  // clipboardy finds its helper binaries next to its own files; bundling would lose them.
  external: ['clipboardy'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __kmsCreateRequire } from 'node:module';\nconst require = __kmsCreateRequire(import.meta.url);",
  },
});
chmodSync(outfile, 0o755);
