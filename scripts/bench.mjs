#!/usr/bin/env node
// Measures what a technician waits for: how long the bin takes to answer, and how much
// memory it uses. Prints figures; asserts nothing (timings vary with the machine).
//   npm run bench            (builds first if needed)
//   node scripts/bench.mjs --runs 30

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'cli.mjs');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });

// A preload that reports the process's peak memory on exit, so the product code stays clean.
const dir = mkdtempSync(join(tmpdir(), 'kms-bench-'));
const preload = join(dir, 'rss.cjs');
writeFileSync(preload, "process.on('exit', () => { try { require('fs').writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });");

function runOnce(args) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', preload, bin, ...args], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let rss = '';
    child.stdio[3].on('data', (d) => (rss += d));
    child.on('close', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, rssKb: Number(rss) }));
  });
}

async function firstFrame() {
  const pty = (await import('@lydell/node-pty')).default;
  const start = process.hrtime.bigint();
  const term = pty.spawn(process.execPath, [bin], { name: 'xterm-256color', cols: 80, rows: 24, env: { ...process.env, CI: 'false' } });
  let out = '';
  return new Promise((resolve) => {
    term.onData((d) => {
      out += d;
      if (!out.includes('What do you have to go on?')) return;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      // Resident memory of the wizard at its first screen (Linux /proc).
      let rssKb = NaN;
      try { rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${term.pid}/status`, 'utf8'))?.[1]); } catch {}
      out = '\u0000done';
      term.kill();
      resolve({ ms, rssKb });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function measure(name, once) {
  await once(); // warm the file cache
  const results = [];
  for (let i = 0; i < RUNS; i++) results.push(await once());
  const ms = results.map((r) => r.ms);
  const rss = results.map((r) => r.rssKb).filter(Number.isFinite);
  console.log(
    `${name.padEnd(34)} median ${median(ms).toFixed(0).padStart(4)} ms   mean ${mean(ms).toFixed(0).padStart(4)} ms   ` +
      `min ${Math.min(...ms).toFixed(0).padStart(4)} ms   memory ${rss.length ? (median(rss) / 1024).toFixed(1) : '?'} MB`,
  );
}

console.log(`kms-doctor ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version} · node ${process.version} · ${RUNS} runs each`);
await measure('node -e "" (baseline)', () => new Promise((resolve) => {
  const start = process.hrtime.bigint();
  spawn(process.execPath, ['-e', ''], { stdio: 'ignore' }).on('close', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, rssKb: NaN }));
}));
await measure('kms-doctor --version', () => runOnce(['--version']));
await measure('kms-doctor explain 0xC004F074', () => runOnce(['explain', '0xC004F074']));
await measure('kms-doctor keys server 2022', () => runOnce(['keys', 'server', '2022']));
await measure('wizard: first screen in a terminal', firstFrame);
console.log(`bundle: dist/cli.mjs ${(readFileSync(bin).length / 1024).toFixed(0)} KB`);
