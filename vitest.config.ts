import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const INCLUDE = ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts', 'demo/**/*.test.ts'];
/**
 * Files that need a module graph of their own: they replace one of our modules (`vi.mock`), which
 * in a shared graph would reach the files after them. Any file that mocks a module belongs here.
 */
const ISOLATED = ['lib/situation/request-once.test.ts'];

export default defineConfig({
  // fakeBrowser for code that touches `browser.*`, and WXT's import aliases.
  plugins: [WxtVitest()],
  test: {
    // (The files are the projects' below: a project that extends this config adds to its lists, not replaces them.)
    environment: 'node',
    // CI machines are shared: a test that takes 1 s alone can take 10 s there.
    testTimeout: 30_000,
    // expect.poll waits on a condition (a rebuild in the background): 1 s by default, too short at load 15.
    expect: { poll: { timeout: 15_000 } },
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one. Two took the unit
    // suite from 166 s to 106 s there (measured from a fresh clone, nothing else running).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // A worker keeps the modules it loaded from one file to the next (isolate: false): every file
      // imported the playbook, the reader and the site readers afresh, and that import was most of the
      // unit suite's CPU time (docs/test-suite-time.md). A file that leaves state in a module for the
      // next (a mock, a module-level store it does not reset) goes in ISOLATED.
      { extends: true, test: { name: 'shared', include: INCLUDE, exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
