import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The real-terminal tests spawn the built bin; build it once before any test file runs.
    // Then find out whether pseudo-terminals work here (not under Wine): the PTY tests skip if not;
    // and whether a pwsh is there for the PowerShell tests.
    globalSetup: ['test/setup/build-once.ts', 'test/setup/pty-probe.ts', 'test/setup/pwsh.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
