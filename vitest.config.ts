import { availableParallelism } from 'node:os';
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
    // expect.poll waits on a condition (a rebuild in the background): 1 s by default, too short at load 15.
    expect: { poll: { timeout: 15_000 } },
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one. Two took the unit
    // suite from 166 s to 106 s there (measured from a fresh clone, nothing else running).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
