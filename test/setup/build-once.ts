// Vitest global setup: the real-terminal and non-TTY tests run the built bin, so build it
// once (skipped when dist/cli.mjs is already newer than every source file). A failed build
// does not stop the run: the unit tests still report, and the bin tests fail on their own.

import { execFileSync } from 'node:child_process';

export default function buildOnce(): void {
  try {
    execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
  } catch {
    process.stderr.write('\nkms-doctor: building dist/cli.mjs failed (see above); the tests that run the bin will fail.\n\n');
  }
}
