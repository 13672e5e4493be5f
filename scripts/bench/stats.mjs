// Small statistics for the bench: medians, percentiles and ratios of paired runs.

/** The value below which `p` (0–1) of the samples fall (nearest rank). */
export function percentile(samples, p) {
  const xs = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  return xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))];
}

/** The median of the samples. */
export const median = (samples) => percentile(samples, 0.5);

/** Median of the per-pair ratios target/baseline: drift on a noisy machine cancels out pair by pair. */
export function medianRatio(pairs) {
  return median(pairs.map(([baseline, target]) => target / baseline));
}

/** Kilobytes to MiB, one decimal. */
export const mib = (kb) => Math.round((kb / 1024) * 10) / 10;
