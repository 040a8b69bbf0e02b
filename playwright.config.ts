import { defineConfig } from '@playwright/test';

// Each spec file shares one browser (see tests/e2e/fixtures.ts); the machine has 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'tests/output/playwright',
});
