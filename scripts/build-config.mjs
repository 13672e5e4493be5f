// The esbuild options of the bin, shared by scripts/build.mjs and the tests that inspect what
// each command loads (test/cli/no-ink.test.ts reads the metafile of this very configuration).
//
// dist/cli.mjs is a small entry; everything else is split into dist/chunks/, loaded by dynamic
// import only when a command needs it, so `--version` or `explain` never parse the wizard.
import { join } from 'node:path';
import { boundedInkCaches, fastStyledChars, fastGraphemes, fastStringWidth, noInkDevtools, yogaWithoutFetch } from './build-plugins.mjs';

/** esbuild options for the bin under `root`, stamped with `version`. */
export function binBuildOptions(root, version) {
  return {
    entryPoints: { cli: join(root, 'src', 'cli.ts') },
    outdir: join(root, 'dist'),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
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
    plugins: [yogaWithoutFetch, fastStringWidth(root), ...boundedInkCaches(root), ...fastGraphemes(root), fastStyledChars(root), noInkDevtools(root)],
    // clipboardy finds its helper binaries next to its own files; bundling would lose them.
    external: ['clipboardy'],
    banner: {
      // Bundled CommonJS packages (react, signal-exit …) call require() for Node's built-ins.
      js: "import { createRequire as __kmsCreateRequire } from 'node:module';\nconst require = __kmsCreateRequire(import.meta.url);",
    },
  };
}
