import { defineConfig } from '@playwright/test';

// Each spec file shares one browser (see tests/e2e/fixtures.ts); the machine has 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  // Sized for a shared, busy 2-core CI machine: tests wait on conditions, these are only ceilings.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'tests/output/playwright',
});
