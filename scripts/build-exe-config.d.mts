import type { BuildOptions } from 'esbuild';
/** esbuild options for kms-doctor.exe's one CommonJS script, `outfile`, stamped with `version`. */
export function exeBuildOptions(root: string, version: string, outfile: string): BuildOptions;
