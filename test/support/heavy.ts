// The time limit of the suite's CPU-bound sweeps (every screen in every view, 10 000 random key
// runs, every flow's graph). They take 5–20 s on an idle 2-core machine and over a minute when
// several suites share it (measured: 52–100 s at a load average of 20), which the default 30 s
// limit turned into failures. Ten minutes: a sweep that is merely slow passes, one that hangs
// still fails. They assert what is drawn and read, never how fast.

/** The time limit, in milliseconds, for a CPU-bound sweep. */
export const HEAVY_TEST_MS = 600_000;
