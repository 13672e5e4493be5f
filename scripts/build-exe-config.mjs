// The esbuild options of kms-doctor.exe's script: the bin's own options (build-config.mjs), as one
// CommonJS file, since a Node 20 single executable application runs one CommonJS script whose
// require() reaches only Node's built-in modules. So everything is bundled, clipboardy included
// (on Windows it uses PowerShell's Set-Clipboard; its helper binaries are not needed), and the
// three top-level awaits of Ink and Yoga, which CommonJS cannot hold, are edited away here.
import { join } from 'node:path';
import { binBuildOptions } from './build-config.mjs';
import { patchSource } from './build-plugins.mjs';

/**
 * Yoga compiles its WebAssembly with a top-level await. Here it starts compiling when first
 * imported and says when it is done (`yogaReady`); its default export stays a live binding.
 */
const yogaWhenReady = patchSource('exe-yoga-when-ready', /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/, [
  ['const Yoga = wrapAssembly(await loadYoga());\nexport default Yoga;', 'let Yoga;\nexport const yogaReady = loadYoga().then((m) => { Yoga = wrapAssembly(m); });\nexport { Yoga as default };', 1],
]);

/** Ink's two awaits run only with DEV=true (React devtools, which the bin leaves out anyway). */
const inkWithoutDevAwaits = patchSource('exe-ink-without-dev-awaits', /ink[\\/]build[\\/]reconciler\.js$/, [
  ["        await import('./devtools.js');", '        void 0;', 1],
  ['    ? await loadPackageJson()', '    ? { name: undefined, version: undefined }', 1],
]);

/**
 * The wizard waits for Yoga before its module (and Ink's) is evaluated: cli.ts imports it
 * lazily, and this stands in for it, so non-interactive commands never compile the WebAssembly.
 */
function wizardAfterYoga(root) {
  const wizard = join(root, 'src', 'wizard', 'run.tsx');
  return {
    name: 'exe-wizard-after-yoga',
    setup(build) {
      build.onResolve({ filter: /^\.\/wizard\/run\.js$/ }, (args) => (args.importer.endsWith(join('src', 'cli.ts')) ? { path: wizard, namespace: 'exe-wizard' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'exe-wizard' }, (args) => ({
        contents: `export async function runWizard(...args) {\n  await (await import('yoga-layout')).yogaReady;\n  return (await import(${JSON.stringify(args.path)})).runWizard(...args);\n}\n`,
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

/** esbuild options for the exe's one script, `outfile`, stamped with `version`. */
export function exeBuildOptions(root, version, outfile) {
  const bin = binBuildOptions(root, version);
  const { outdir: _outdir, outExtension: _ext, chunkNames: _chunks, ...options } = bin;
  return {
    ...options,
    outfile,
    splitting: false,
    format: 'cjs',
    external: [],
    define: { ...bin.define, 'import.meta.url': '__kmsImportMetaUrl' },
    // In the exe, __filename is the exe itself: import.meta.url points there.
    banner: { js: "const __kmsImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [yogaWhenReady, inkWithoutDevAwaits, wizardAfterYoga(root), ...bin.plugins],
  };
}
