#!/usr/bin/env node
// Measures what a technician waits for, as issue 10's table: start-up as a median ratio
// against `node -e ""` (alternating runs, one invocation), peak memory, key → frame latency
// read off a pseudo-terminal, memory over many steps and after a big paste, and explain on
// big input. Prints figures and asserts nothing: it is never a CI gate.
//   npm run bench                       (builds first when a source is newer)
//   npm run bench -- --runs 30 --json   (more runs; one JSON document instead of the table)
//   node scripts/bench.mjs --bin /tmp/old/cli.mjs   (another build, for a before/after)
//   node scripts/bench.mjs --skip big-input,steps   (leave out the slow parts)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as m from './bench/measures.mjs';
import { mib } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    steps: { type: 'string', default: '1000' },
    bin: { type: 'string' },
    json: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
  },
});
const skip = new Set(opt.skip.split(',').filter(Boolean));
const RUNS = Number(opt.runs);
const bin = opt.bin ?? join(root, 'dist', 'cli.mjs');
if (!opt.bin) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });

const log = (line) => opt.json || process.stderr.write(`${line}\n`);
const dir = mkdtempSync(join(tmpdir(), 'kms-bench-'));
const preload = m.peakRssPreload(dir);
const r = {};
log(`measuring ${bin} · node ${process.version} · ${RUNS} runs each …`);
r.wizard = await m.wizardStart(bin, [], RUNS);
r.wizardCode = await m.wizardStart(bin, ['0xC004F074'], RUNS);
r.explain = await m.pipedStart(bin, ['explain', '0xC004F074'], RUNS);
r.explainJson = await m.pipedStart(bin, ['explain', '--json', '0xC004F074'], RUNS);
r.keys = await m.pipedStart(bin, ['keys', 'server', '2022'], RUNS);
r.version = await m.pipedStart(bin, ['--version'], RUNS);
log('memory …');
r.explainRssKb = await m.pipedPeakRss(bin, ['explain', '0xC004F074'], 5, preload);
r.wizardRss = await m.wizardPeakRss(bin, 5);
log('key latency …');
r.latency = await m.keyLatency(bin, 30);
if (!skip.has('steps')) {
  log(`${opt.steps} steps …`);
  r.steps = { count: Number(opt.steps), ...(await m.memoryOverSteps(bin, Number(opt.steps))) };
}
r.paste = { length: 20_000, ...(await m.memoryAfterPaste(bin, 20_000)) };
if (!skip.has('big-input')) {
  log('big input …');
  r.bigInput = await m.bigInput(bin);
}
const files = readdirSync(dirname(bin), { recursive: true }).map(String).filter((f) => f.endsWith('.mjs'));
r.bundle = { entryKb: statSync(bin).size / 1024, totalKb: files.reduce((n, f) => n + statSync(join(dirname(bin), f)).size, 0) / 1024, files: files.length };
rmSync(dir, { recursive: true, force: true });

if (opt.json) {
  process.stdout.write(JSON.stringify({ node: process.version, runs: RUNS, bin, ...r }, null, 2) + '\n');
} else {
  const x = (v) => `${v.ratio.toFixed(2)}×`;
  const ms = (v) => `${v.toFixed(0)} ms`;
  const rows = [
    ['wizard, first ❯ in a pseudo-terminal (plain / with a code)', `${x(r.wizard)} (${ms(r.wizard.ms)}) / ${x(r.wizardCode)} (${ms(r.wizardCode.ms)})`, '≤ 3.0×'],
    ['explain 0xC004F074 (text / --json), peak RSS', `${x(r.explain)} / ${x(r.explainJson)}, ${mib(r.explainRssKb)} MiB`, '≤ 1.5×, ≤ 50 MiB'],
    ['keys server 2022, --version', `${x(r.keys)}, ${x(r.version)}`, '≤ 1.5×'],
    ['wizard peak RSS: first screen / after a 7-key walk', `${mib(r.wizardRss.firstKb)} / ${mib(r.wizardRss.walkKb)} MiB`, '≤ 70 MiB both'],
    ['key → next frame, ↓ p50/p90', `${ms(r.latency.down.p50)} / ${ms(r.latency.down.p90)}`, 'p90 ≤ 16 ms'],
    ['key → next frame, Enter into the next step p50/p90', `${ms(r.latency.enter.p50)} / ${ms(r.latency.enter.p90)}`, 'p90 ≤ 16 ms'],
    ...(r.steps ? [[`RSS over ${r.steps.count} steps of forward/back/restart`, `${mib(r.steps.startKb)} → ${mib(r.steps.endKb)} MiB (${signed(mib(r.steps.endKb - r.steps.startKb))}), after 15 s idle ${mib(r.steps.idleKb)} MiB (${signed(mib(r.steps.idleKb - r.steps.startKb))})`, 'within 10 MiB']] : []),
    ['RSS after a 20 000-character paste into a field', `${mib(r.paste.beforeKb)} → ${mib(r.paste.afterKb)} MiB (${signed(mib(r.paste.afterKb - r.paste.beforeKb))})`, 'within 10 MiB'],
    ...(r.bigInput ? [['explain: 1 MB on one line (stdin) / 14 × 126 KB arguments', `${ms(r.bigInput.stdinMs)} / ${ms(r.bigInput.argsMs)}`, 'well under 1 s']] : []),
  ];
  const w0 = Math.max(...rows.map((row) => row[0].length));
  const w1 = Math.max(...rows.map((row) => row[1].length));
  console.log(`kms-doctor ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version} · node ${process.version} · ${RUNS} runs · baseline node -e "" ${ms(r.explain.baseMs)} piped, ${ms(r.wizard.baseMs)} to its first output in a pty`);
  console.log(`| ${'measure'.padEnd(w0)} | ${'now'.padEnd(w1)} | goal |`);
  console.log(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|------|`);
  for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c} |`);
  console.log(`bundle: ${r.bundle.files} files, entry ${r.bundle.entryKb.toFixed(0)} KB, total ${r.bundle.totalKb.toFixed(0)} KB`);
}

function signed(v) {
  return `${v >= 0 ? '+' : ''}${v} MiB`;
}
