// Driving the wizard in a pseudo-terminal with plain keys (↓ ↑ Enter Esc r, typed text), as a
// technician would, and reading off how long each key takes to show its frame and how much
// memory the process holds. Only plain keys: the wizard's input handling may change, these
// keys keep their meaning.

import { memoryOf, runInPty, stopPty } from './processes.mjs';

/** Key sequences as a terminal sends them. */
export const KEYS = { down: '\u001B[B', up: '\u001B[A', enter: '\r', esc: '\u001B' };

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A wizard started at its first screen. `press` sends keys and resolves once the output has
 * been quiet for `quietMs`, with the time from the key to the last byte it caused: the
 * moment the technician sees the whole next frame (Ink may draw more than once per key).
 */
export async function openWizard(bin, args = [], { quietMs = 40 } = {}) {
  const { ms: firstFrameMs, term, output } = await runInPty([bin, ...args], { until: '❯' });
  let lastData = now();
  let chunks = 0;
  term.onData(() => {
    lastData = now();
    chunks++;
  });
  // The first frame is drawn before Ink puts the terminal in raw mode; wait for that.
  await sleep(300);
  const settle = async (since, seen) => {
    const deadline = since + 2000;
    while (now() < deadline) {
      await sleep(5);
      if (chunks > seen && now() - lastData >= quietMs) return lastData - since;
    }
    return NaN; // the key drew nothing
  };
  return {
    firstFrameMs,
    output,
    memory: () => memoryOf(term.pid),
    /** The process id, to send it signals. */
    pidOf: () => term.pid,
    /** Sends one key (or text) and resolves with its key → frame latency in ms. */
    async press(key) {
      const seen = chunks;
      const sent = now();
      term.write(key);
      return settle(sent, seen);
    },
    /** Waits until the output has been quiet for a while (after a lone Esc, a paste, …). */
    async idle(ms = 150) {
      while (now() - lastData < ms) await sleep(10);
    },
    close: () => stopPty(term),
  };
}
