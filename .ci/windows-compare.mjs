#!/usr/bin/env node
// The Windows leg's first half: every case of .ci/windows-cases.json run by Linux Node
// (dist/cli.mjs) and by each Windows program given (Windows Node running dist/cli.mjs,
// kms-doctor.exe) under Wine, comparing stdout, stderr, the exit code and the files written.
// A path is compared as a path: Z:\tmp\…\kms-doctor\test\x.txt on Windows is the same path as
// /tmp/…/kms-doctor/test/x.txt on Linux; every other byte must be the same.
//
//   node .ci/windows-compare.mjs --win "node.exe dist/cli.mjs" --win "dist/kms-doctor.exe"
//
// Wine's programs get files, not pipes, for their standard streams (Wine's Node cannot use a
// Unix pipe: "open EBADF"), so both sides read and write files. Exit code: 0 when every case
// matches, 1 otherwise.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathsWrittenOneWay } from './windows-paths.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const programs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--win' ? [a.split(' ')] : []));
if (programs.length === 0) {
  console.error('usage: node .ci/windows-compare.mjs --win "PROGRAM.exe [ARGS]" [--win …]');
  process.exit(2);
}
const { cases } = JSON.parse(readFileSync(join(root, '.ci', 'windows-cases.json'), 'utf8'));
const work = join(tmpdir(), `kms-windows-compare-${process.pid}`);
const scratch = join(work, 'scratch');
const wine = process.env.WINE ?? 'wine';

/** `text` as Windows tools write it: UTF-16 LE with a byte order mark, CRLF line ends. */
const encode = (bytes, encoding) =>
  encoding === 'utf16le-bom-crlf' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8').replace(/\r?\n/g, '\r\n'), 'utf16le')]) : bytes;

const fill = (text) => text.replaceAll('{scratch}', scratch).replaceAll('{root}', root);

/** A fresh scratch folder with the case's input files. */
function prepare(c) {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const [to, from] of Object.entries(c.write ?? {})) writeFileSync(fill(to), encode(readFileSync(join(root, from)), c.encoding));
  if (!c.stdin) return process.platform === 'win32' ? 'NUL' : '/dev/null';
  const file = join(work, 'stdin');
  writeFileSync(file, encode(readFileSync(join(root, c.stdin)), c.encoding));
  return file;
}

let runs = 0;

/** Runs `command` for case `c` with files for its streams; what it printed and wrote. */
function run(command, c) {
  const stdinFile = prepare(c);
  // Files of their own for every run: a Wine process that outlives its launcher (and prints a
  // late line) can only write into a run that was already read.
  runs += 1;
  const [outFile, errFile] = [join(work, `out-${runs}`), join(work, `err-${runs}`)];
  const fds = [openSync(stdinFile, 'r'), openSync(outFile, 'w'), openSync(errFile, 'w')];
  const started = process.hrtime.bigint();
  const r = spawnSync(command[0], [...command.slice(1), ...c.args.map(fill)], { cwd: root, stdio: fds, timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  fds.forEach(closeSync);
  if (r.error) throw r.error;
  const files = Object.fromEntries((c.files ?? []).map((f) => [f, existsSync(fill(f)) ? readFileSync(fill(f), 'utf8') : '(not written)']));
  return { stdout: readFileSync(outFile, 'utf8'), stderr: readFileSync(errFile, 'utf8'), code: r.status ?? `signal ${r.signal}`, files, ms };
}

const samePaths = pathsWrittenOneWay([[scratch, '{scratch}'], [root, '{root}']]);

/** The first line where `a` and `b` part, for the report. */
function firstDifference(a, b) {
  const [la, lb] = [a.split('\n'), b.split('\n')];
  const i = la.findIndex((line, n) => line !== lb[n]);
  const at = i === -1 ? la.length : i;
  return `line ${at + 1}:\n      linux:   ${JSON.stringify(la[at] ?? '(end)')}\n      windows: ${JSON.stringify(lb[at] ?? '(end)')}`;
}

mkdirSync(work, { recursive: true });
let passed = 0;
let failed = 0;
const times = programs.map(() => []);
try {
  for (const c of cases) {
    const linux = run([process.execPath, 'dist/cli.mjs'], c);
    programs.forEach((program, p) => {
      const win = run([wine, ...program], c);
      times[p].push(win.ms);
      const diffs = [];
      for (const part of ['stdout', 'stderr']) {
        const [a, b] = [samePaths(linux[part]), samePaths(win[part])];
        if (a !== b) diffs.push(`${part} differs at ${firstDifference(a, b)}`);
      }
      if (linux.code !== win.code) diffs.push(`exit code: linux ${linux.code}, windows ${win.code}`);
      for (const f of Object.keys(linux.files)) if (samePaths(linux.files[f]) !== samePaths(win.files[f])) diffs.push(`${f} differs at ${firstDifference(linux.files[f], win.files[f])}`);
      if (linux.code !== 0 && linux.code !== 1 && linux.code !== 2) diffs.push(`unexpected exit code ${linux.code} on Linux`);
      const label = `${program[program.length - 1]}: ${c.name}`;
      if (diffs.length === 0) {
        passed += 1;
        console.log(`  same  ${label} (exit ${win.code})`);
      } else {
        failed += 1;
        console.log(`  DIFF  ${label}\n    ${diffs.join('\n    ')}`);
        console.log(`    windows stderr, whole: ${JSON.stringify(win.stderr)}`);
      }
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
programs.forEach((program, p) => {
  const sorted = [...times[p]].sort((a, b) => a - b);
  console.log(`${program.join(' ')} under Wine: median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms a case over ${sorted.length} cases`);
});
console.log(`windows-compare: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
