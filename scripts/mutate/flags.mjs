#!/usr/bin/env node
// The command flags through the safety table (test/support/flag-mutants.ts), as a mutation run:
// every form of every command the tool shows, each flag turned over and each registry key
// misspelt, one at a time. Prints the score and the survivors (each an elevation the sources leave
// open), and writes them to reports/mutation/flags.json. The TypeScript is bundled with esbuild.

import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = `
import { allShownCommands } from './test/support/shown-commands.ts';
import { flagMutants } from './test/support/flag-mutants.ts';
import { classify } from './test/support/command-safety.ts';
export function run() {
  const entries = allShownCommands();
  const shell = new Map(entries.map((e) => [e.spec.text, e.spec.shell]));
  return flagMutants(entries).map((m) => ({ ...m, tableSays: classify(m.text, shell.get(m.text)).elevation }));
}`;

mkdirSync('reports/mutation', { recursive: true });
const bundle = join('reports', 'mutation', '.flags-bundle.mjs');
await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'flags-entry.ts' },
  bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'error',
});
const started = Date.now();
const mutants = (await import(pathToFileURL(bundle).href)).run();
rmSync(bundle);
const killed = mutants.filter((m) => m.killed).length;
const lines = [`flags: ${(100 * killed / mutants.length).toFixed(2)} % — ${killed} of ${mutants.length} flag mutants caught (${new Set(mutants.map((m) => m.text)).size} command forms) in ${((Date.now() - started) / 1000).toFixed(1)} s`];
for (const change of ['changes', 'elevated', 'registry key']) {
  const of = mutants.filter((m) => m.change === change);
  lines.push(`  ${change}: ${of.filter((m) => m.killed).length} of ${of.length} caught`);
}
const survivors = mutants.filter((m) => !m.killed);
lines.push(...survivors.map((m) => `  survived: ${m.what} on \`${m.text}\` (the table: elevation ${m.tableSays})`));
writeFileSync(join('reports', 'mutation', 'flags.json'), JSON.stringify(mutants, null, 1));
process.stdout.write(`${lines.join('\n')}\n`);
