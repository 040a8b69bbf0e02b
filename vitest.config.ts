import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // fakeBrowser for code that touches `browser.*`, and WXT's import aliases.
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts', 'demo/**/*.test.ts'],
    environment: 'node',
    // CI machines are shared: a test that takes 1 s alone can take 10 s there.
    testTimeout: 30_000,
  },
});
