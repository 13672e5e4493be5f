import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The real-terminal tests spawn the built bin; build it once before any test file runs.
    globalSetup: ['test/setup/build-once.ts', 'test/setup/pwsh.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
