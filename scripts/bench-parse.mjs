#!/usr/bin/env node
// Measures what `parse` and `--from` cost on big and odd inputs (issue 16, items 2, 3 and 10):
// wall time and peak memory (maximum resident set, from the kernel's rusage of the process) of
//   parse DIR --json         with N machine files (kms-doctor collect JSON, one per machine)
//   parse DIR --json         with twenty 16 MB files
//   parse /dev/zero --json   a device that never ends
//   parse FIFO               a named pipe nobody writes to, and one `yes` writes to for ever
//   --from /dev/zero, --from a 200 MB file   (the wizard, in a pseudo-terminal; q once it draws)
// Every run is stopped after --limit seconds (default 60): a run that hits it shows "stopped".
// Prints figures and asserts nothing.
//   node scripts/bench-parse.mjs                               (all, with 500 2000 4000 10000 files)
//   node scripts/bench-parse.mjs --files 10000 --only dir       (one part)
//   node scripts/bench-parse.mjs --bin /tmp/old/dist/cli.mjs    (another build, for a before/after)

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync, writeSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pty from '@lydell/node-pty';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    bin: { type: 'string' },
    files: { type: 'string', default: '500,2000,4000,10000' },
    only: { type: 'string', default: '' },
    limit: { type: 'string', default: '60' },
  },
});
const bin = opt.bin ?? join(root, 'dist', 'cli.mjs');
if (!opt.bin) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
const only = new Set(opt.only.split(',').filter(Boolean));
const wanted = (part) => only.size === 0 || only.has(part);
const LIMIT_MS = Number(opt.limit) * 1000;
const dir = mkdtempSync(join(tmpdir(), 'kms-bench-parse-'));
const template = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'readers', 'collect-client.json'), 'utf8'));

/** A preload that writes the process's peak RSS (kB) to a file as it exits (also after a signal). */
const rssFile = join(dir, 'rss.txt');
const preload = join(dir, 'peak-rss.cjs');
writeFileSync(
  preload,
  `const f = ${JSON.stringify(rssFile)}; const save = () => { try { require('fs').writeFileSync(f, String(process.resourceUsage().maxRSS)); } catch {} };
   process.on('exit', save); for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => { save(); process.exit(1); });
   setInterval(save, 250).unref();`,
);
// The kernel's high-water mark of the process, read from outside while it runs (Linux), since a
// process blocked in a long synchronous read runs none of its own timers; the preload's figure
// (rusage at exit) where /proc is not there.
let watched = NaN;
function watch(pid) {
  watched = NaN;
  const timer = setInterval(() => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      if (kb > 0) watched = Number.isNaN(watched) ? kb : Math.max(watched, kb);
    } catch {
      // gone
    }
  }, 100);
  return () => clearInterval(timer);
}
const peakKb = () => {
  let saved = NaN;
  try {
    saved = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    // killed before it could say
  }
  return Number.isNaN(watched) ? saved : Number.isNaN(saved) ? watched : Math.max(saved, watched);
};
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** Runs the bin piped; stops it after the limit. Resolves with seconds, peak MB, exit code, output sizes. */
function runPiped(args) {
  rmSync(rssFile, { force: true });
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', preload, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const unwatch = watch(child.pid);
    let out = 0;
    let err = '';
    child.stdout.on('data', (d) => (out += d.length));
    child.stderr.on('data', (d) => (err += d));
    let stopped = false;
    // A process blocked in a system call (open of a FIFO) runs no JavaScript: SIGKILL after SIGTERM.
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    }, LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      unwatch();
      resolve({ s: (performance.now() - start) / 1000, peak: peakKb(), code: stopped ? 'stopped' : code, out, err: err.trim().split('\n')[0]?.slice(0, 110) ?? '' });
    });
  });
}

/** Runs the wizard with `args` in a pseudo-terminal; q once it has drawn. */
function runWizard(args) {
  rmSync(rssFile, { force: true });
  return new Promise((resolve) => {
    const start = performance.now();
    const term = pty.spawn(process.execPath, ['--require', preload, bin, ...args], { name: 'xterm-256color', cols: 80, rows: 24, env: { ...process.env, CI: 'false' } });
    const unwatch = watch(term.pid);
    let out = '';
    let drawn = false;
    let stopped = false;
    term.onData((d) => {
      out += d;
      if (!drawn && out.includes('q quit')) {
        drawn = true;
        setTimeout(() => term.write('q'), 200);
      }
    });
    const timer = setTimeout(() => {
      stopped = true;
      term.kill('SIGTERM');
      setTimeout(() => term.kill('SIGKILL'), 2000).unref();
    }, LIMIT_MS);
    term.onExit(({ exitCode }) => {
      clearTimeout(timer);
      unwatch();
      const said = out.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/).find((l) => /cannot|MiB|MB|nothing|not read|left out/i.test(l))?.trim().slice(0, 110) ?? '';
      resolve({ s: (performance.now() - start) / 1000, peak: peakKb(), code: stopped ? 'stopped' : exitCode, out: out.length, err: said });
    });
  });
}

/** A folder of `n` machine files: each its own name and CMID, a few clones, a few codes and hosts. */
function machineFolder(n) {
  const folder = join(dir, `machines-${n}`);
  mkdirSync(folder);
  for (let i = 0; i < n; i++) {
    const name = `PC${String(i).padStart(5, '0')}`;
    const m = structuredClone(template);
    m.ComputerName = name;
    m.Service.ClientMachineID = `5b9e3bd1-5f43-4a77-8d0d-${String(i % Math.ceil(n * 0.98)).padStart(12, '0')}`;
    m.Product.LicenseStatusReason = ['0xC004F074', '0xC004F038', '0x00000000', '0x8007232B'][i % 4];
    m.Product.DiscoveredKeyManagementServiceMachineName = `kms0${i % 3}.corp.contoso.com`;
    writeFileSync(join(folder, `${name}.json`), JSON.stringify(m, null, 4));
  }
  return folder;
}

/** Twenty files of 16 MB less a little (each under the cap): slmgr-like lines. */
function bigFolder() {
  const folder = join(dir, 'big');
  mkdirSync(folder);
  const line = 'Name: Windows(R), Enterprise edition\r\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel\r\n';
  const text = line.repeat(Math.floor((16 * 1024 * 1024 - 4096) / line.length));
  for (let i = 0; i < 20; i++) writeFileSync(join(folder, `big-${i}.txt`), text);
  return folder;
}

const rows = [];
const row = (what, r) => {
  rows.push({ what, ...r });
  process.stderr.write(`${what.padEnd(44)} ${r.s.toFixed(2).padStart(7)} s  ${mb(r.peak).padStart(8)}  exit ${String(r.code).padEnd(7)} ${r.err}\n`);
};

const [l1, l5] = loadavg();
process.stderr.write(`bin ${bin} · node ${process.version} · load average ${l1.toFixed(2)} (1 min), ${l5.toFixed(2)} (5 min)\n`);
if (wanted('dir')) {
  for (const n of opt.files.split(',').map(Number)) {
    const folder = machineFolder(n);
    row(`parse DIR --json (${n} machine files)`, await runPiped(['parse', folder, '--json']));
    rmSync(folder, { recursive: true });
  }
}
if (wanted('big')) {
  const folder = bigFolder();
  row('parse DIR --json (twenty 16 MB files)', await runPiped(['parse', folder, '--json']));
  rmSync(folder, { recursive: true });
}
if (wanted('devices')) {
  row('parse /dev/zero --json', await runPiped(['parse', '/dev/zero', '--json']));
  const fifo = join(dir, 'fifo');
  spawnSync('mkfifo', [fifo]);
  row('parse FIFO (no writer)', await runPiped(['parse', fifo]));
  const yes = spawn('sh', ['-c', `exec yes > "${fifo}"`], { stdio: 'ignore' });
  row('parse FIFO (yes writing for ever)', await runPiped(['parse', fifo]));
  yes.kill();
}
if (wanted('from')) {
  row('--from /dev/zero (wizard)', await runWizard(['--from', '/dev/zero']));
  const big = join(dir, 'big-200.txt');
  const fd = openSync(big, 'w');
  const chunk = Buffer.from('Name: Windows(R), Enterprise edition\r\n'.repeat(27_000));
  for (let written = 0; written < 200 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
  row('--from a 200 MB file (wizard)', await runWizard(['--from', big]));
}
rmSync(dir, { recursive: true, force: true });
