import { defineConfig } from '@playwright/test';

// Each worker shares one browser across its tests (see tests/e2e/fixtures.ts); the machine has 2 cores.
// Tests, not files, are shared out between the two workers: the longest files (one-judgment, layout)
// are a quarter of the suite each, and given whole to one worker they left the other idle for minutes.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // Sized for a shared, busy 2-core CI machine: tests wait on conditions, these are only ceilings.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'tests/output/playwright',
});
