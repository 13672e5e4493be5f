// What the bench measures, each a function of the bin under test and the number of runs.
// Start-up figures are medians of per-pair ratios against `node -e ""` started the same way
// (piped, or in a pseudo-terminal), the two alternating so load on the machine hits both.

import { median, medianRatio, percentile } from './stats.mjs';
import { runInPty, runPiped, stopPty } from './processes.mjs';

export { peakRssPreload } from './processes.mjs';
import { KEYS, openWizard } from './wizard.mjs';

const BASE_ARGS = ['-e', ''];

async function pairs(runs, baseline, target) {
  await baseline();
  await target(); // warm the file cache
  const out = [];
  for (let i = 0; i < runs; i++) out.push([await baseline(), await target()]);
  return { ratio: medianRatio(out), ms: median(out.map((p) => p[1])), baseMs: median(out.map((p) => p[0])) };
}

/** A piped command: its start-to-exit time as a ratio of a piped `node -e ""`. */
export function pipedStart(bin, args, runs) {
  return pairs(runs, async () => (await runPiped(BASE_ARGS)).ms, async () => (await runPiped([bin, ...args])).ms);
}

// In a pseudo-terminal the exit of a process is noticed late (node-pty polls), so the
// baseline there is Node starting and printing one character, timed to that character.
const PTY_BASE_ARGS = ['-e', "process.stdout.write('❯')"];

/** The wizard in a pseudo-terminal: time to its first `❯`, as a ratio of Node's first output there. */
export function wizardStart(bin, args, runs) {
  const target = async () => {
    const r = await runInPty([bin, ...args], { until: '❯' });
    await stopPty(r.term);
    return r.ms;
  };
  const baseline = async () => {
    const r = await runInPty(PTY_BASE_ARGS, { until: '❯' });
    await stopPty(r.term);
    return r.ms;
  };
  return pairs(runs, baseline, target);
}

/** Peak RSS (kB) of a piped command, median of `runs`. */
export async function pipedPeakRss(bin, args, runs, preload) {
  const rss = [];
  for (let i = 0; i < runs; i++) rss.push((await runPiped([bin, ...args], { preload })).rssKb);
  return median(rss);
}

// From the start screen: No code → the licence channel question → KMS client → … Seven
// plain keys, each waited for.
const WALK = [KEYS.down, KEYS.enter, KEYS.down, KEYS.up, KEYS.enter, KEYS.down, KEYS.enter];

/** The wizard's peak RSS (kB) at its first screen and after a seven-key walk, medians. */
export async function wizardPeakRss(bin, runs) {
  const first = [];
  const walked = [];
  for (let i = 0; i < runs; i++) {
    const w = await openWizard(bin);
    first.push(w.memory().peakKb);
    for (const key of WALK) await w.press(key);
    walked.push(w.memory().peakKb);
    await w.close();
  }
  return { firstKb: median(first), walkKb: median(walked) };
}

/** Key → frame latency (ms) for ↓ on a question, and for Enter into the next step. */
export async function keyLatency(bin, samples) {
  const w = await openWizard(bin);
  const down = [];
  const enter = [];
  for (let i = 0; i < samples; i++) {
    down.push(await w.press(KEYS.down));
    await w.press(KEYS.up);
  }
  for (let i = 0; i < samples; i++) {
    enter.push(await w.press(KEYS.enter)); // the start screen → the error-code field
    await w.press(KEYS.esc);
    await w.idle();
  }
  await w.close();
  const p = (xs) => ({ p50: percentile(xs, 0.5), p90: percentile(xs, 0.9), lost: xs.filter((x) => !Number.isFinite(x)).length });
  return { down: p(down), enter: p(enter) };
}

// Forward, back and restart, round and round: Enter to the code field, Esc back, ↓ and
// Enter to the channel question, Enter to the next, Esc, and r to restart.
const CYCLE = [KEYS.enter, KEYS.esc, KEYS.down, KEYS.enter, KEYS.enter, KEYS.esc, 'r'];

// V8 gives memory back when the process has been idle for a while (its memory reducer); a
// technician reading a screen is idle, so RSS is read right after the keys and again later.
const IDLE_MS = 15_000;

/** RSS (kB) at the first screen, right after `steps` keys of forward/back/restart, and after 15 s idle. */
export async function memoryOverSteps(bin, steps) {
  const w = await openWizard(bin, [], { quietMs: 25 });
  await w.idle();
  const start = w.memory();
  for (let i = 0; i < steps; i++) await w.press(CYCLE[i % CYCLE.length]);
  await w.idle(500);
  const end = w.memory();
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const idle = w.memory();
  await w.close();
  return { startKb: start.rssKb, endKb: end.rssKb, idleKb: idle.rssKb, peakKb: end.peakKb };
}

/** RSS (kB) at the error-code field, and after `length` characters are pasted into it. */
export async function memoryAfterPaste(bin, length) {
  const w = await openWizard(bin);
  await w.press(KEYS.enter);
  await w.idle();
  const before = w.memory();
  const line = 'Error: 0xC004F074 pasted slmgr output ';
  await w.press(line.repeat(Math.ceil(length / line.length)).slice(0, length));
  await w.idle(500);
  const after = w.memory();
  await w.close();
  return { beforeKb: before.rssKb, afterKb: after.rssKb, peakKb: after.peakKb };
}

/** Time (ms) for explain to find the code in big input: 1 MB on one line, and 14 × 126 KB arguments. */
export async function bigInput(bin) {
  const line = 'noise 0x8007232B -1073418124 C004F074 abc '.repeat(25_000).slice(0, 1_000_000);
  const stdin = await runPiped([bin, 'explain', '--json'], { stdin: line });
  const arg = 'x 0x8007232B y '.repeat(8_400).slice(0, 126_000);
  const args = await runPiped([bin, 'explain', '--json', ...Array(14).fill(arg)]);
  return { stdinMs: stdin.ms, stdinExit: stdin.code, argsMs: args.ms, argsExit: args.code };
}
