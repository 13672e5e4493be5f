// Runs src/catalog/validate-data.ts (the zod schemas over data/) from a plain Node script: the
// build bundles it in memory and imports it, so checking the data needs no TypeScript runner
// and zod stays out of the bin.
import { build } from 'esbuild';

/** Checks data/ under `root`; resolves when it is valid, rejects with a message naming file and field. */
export async function validateData(root) {
  const result = await build({
    stdin: { contents: "export { validateData } from './src/catalog/validate-data.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  module.validateData();
}
