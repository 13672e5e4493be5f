import type { BuildOptions } from 'esbuild';

/** esbuild options for the bin under `root`, stamped with `version`. */
export function binBuildOptions(root: string, version: string): BuildOptions;
