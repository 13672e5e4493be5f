// The bin's bundle as esbuild lays it out (the very options of scripts/build.mjs, in memory):
// which source files each output holds and which outputs a command loads.

import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { binBuildOptions } from '../../scripts/build-config.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cached: Promise<Metafile> | undefined;

/** The metafile of the bin's build (built once per test file, nothing written). */
export function binMetafile(): Promise<Metafile> {
  cached ??= build({ ...binBuildOptions(ROOT, '0.0.0-test'), absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' }).then((r) => r.metafile);
  return cached;
}

/** The output built for a source entry (the bin's entry, or a module loaded by dynamic import). */
export function outputOf(meta: Metafile, source: string): string {
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === source);
  if (!found) throw new Error(`no output has the entry point ${source}`);
  return found[0];
}

/** Every output loaded when `outputs` are: they and what they import statically, transitively. */
export function staticClosure(meta: Metafile, outputs: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !meta.outputs[path]) return;
    seen.add(path);
    for (const i of meta.outputs[path]!.imports) if (i.kind === 'import-statement') visit(i.path);
  };
  outputs.forEach(visit);
  return seen;
}

/** The source files (inputs) of a set of outputs. */
export function inputsOf(meta: Metafile, outputs: Iterable<string>): string[] {
  return [...outputs].flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
}
