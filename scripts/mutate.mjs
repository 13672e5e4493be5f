#!/usr/bin/env node
// `npm run mutate [-- GROUP …] [-- --force]`: mutation testing with StrykerJS (stryker.config.mjs),
// one group of modules at a time (scripts/mutate/groups.mjs), then the command flags through the
// safety table (scripts/mutate/flags.mjs). Incremental: a run after a change tests again only the
// mutants of changed code and of changed tests; --force tests every mutant.
// Prints, per group and per file, the score and the time it took, and writes the surviving
// mutants to reports/mutation/<group>-survivors.txt. STRYKER_CONCURRENCY sets the test processes
// (1 by default: the machines are shared).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { GROUPS, reportFiles } from './mutate/groups.mjs';
import { count, percent, readReport } from './mutate/score.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((g) => g !== 'flags' && !GROUPS[g]);
if (unknown.length > 0) {
  process.stderr.write(`mutate: no group ${unknown.join(', ')}; the groups are ${[...Object.keys(GROUPS), 'flags'].join(', ')}\n`);
  process.exit(2);
}
const groups = named.length > 0 ? named : [...Object.keys(GROUPS), 'flags'];
mkdirSync('reports/mutation', { recursive: true });

const minutes = (ms) => `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
const summary = [];
let failed = false;

for (const group of groups) {
  const started = Date.now();
  const run = group === 'flags'
    ? spawnSync(process.execPath, ['scripts/mutate/flags.mjs'], { stdio: 'inherit' })
    : spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.mjs', ...(force ? ['--force'] : [])], {
      stdio: 'inherit',
      env: { ...process.env, STRYKER_GROUP: group },
    });
  const took = Date.now() - started;
  if (run.status !== 0) {
    failed = true;
    summary.push(`${group}: failed (exit ${run.status}) after ${minutes(took)}`);
    continue;
  }
  if (group === 'flags') {
    summary.push(`flags: see above (${minutes(took)})`);
    continue;
  }
  const { json } = reportFiles(group);
  if (!existsSync(json)) continue;
  const files = readReport(json);
  const all = count(files.flatMap((f) => f.mutants));
  const lines = [`${group}: ${percent(all.score)} — ${all.killed} killed, ${all.timeout} timed out, ${all.survived} survived, ${all.noCoverage} not covered (${all.total} mutants) in ${minutes(took)}`];
  for (const f of files) lines.push(`  ${f.file}: ${percent(f.counts.score)} (${f.counts.survived + f.counts.noCoverage} of ${f.counts.total - f.counts.errors - f.counts.ignored} undetected)`);
  summary.push(lines.join('\n'));
  const survivors = files.flatMap((f) => f.undetected.map((m) =>
    `${f.file}:${m.line}:${m.column} ${m.status} ${m.mutator}: ${JSON.stringify(m.original)} → ${JSON.stringify(m.replacement)}`));
  writeFileSync(`reports/mutation/${group}-survivors.txt`, survivors.join('\n') + (survivors.length ? '\n' : ''));
}

process.stdout.write(`\nMutation testing${force ? ' (--force: every mutant)' : ''}\n${summary.join('\n')}\n`);
process.exit(failed ? 1 : 0);
