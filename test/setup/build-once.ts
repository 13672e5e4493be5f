// Vitest global setup: the real-terminal and non-TTY tests run the built bin, so build it
// once (skipped when dist/cli.mjs is already newer than every source file).
import { execFileSync } from 'node:child_process';

export default function buildOnce(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
}
