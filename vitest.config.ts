import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const ROOT = dirname(fileURLToPath(import.meta.url));
const INCLUDE = ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts', 'demo/**/*.test.ts'];

/**
 * What makes a test file change its worker's globals or modules for the files run after it in the
 * same worker: an IndexedDB in `globalThis` (fake-indexeddb installs itself once per worker when
 * modules are shared, and the next file would see the last one's databases), stubbed globals or
 * environment, a module replaced (`vi.mock`) or spied on, a faked clock. Looked for in the test file
 * and in every file of ours it imports, however deep (a script under test may install
 * fake-indexeddb itself).
 */
const CHANGES_GLOBALS = /fake-indexeddb|\bvi\.(?:stubGlobal|unstubAllGlobals|stubEnv|mock|doMock|unmock|spyOn|useFakeTimers|setSystemTime|resetModules)\b|\bglobalThis\.\w+\s*=[^=]|\bdelete\s+globalThis\./;
const IMPORTS = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

interface Read {
  marked: boolean;
  imports: string[];
}
const reads = new Map<string, Read>();
function read(file: string): Read {
  let known = reads.get(file);
  if (known === undefined) {
    const text = readFileSync(file, 'utf8');
    const imports: string[] = [];
    for (const [, specifier = ''] of text.matchAll(IMPORTS)) {
      const base = resolve(dirname(file), specifier);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate));
      if (found !== undefined) imports.push(found);
    }
    known = { marked: CHANGES_GLOBALS.test(text), imports };
    reads.set(file, known);
  }
  return known;
}

function reachesGlobals(testFile: string): boolean {
  const seen = new Set<string>([testFile]);
  const next = [testFile];
  for (let file = next.pop(); file !== undefined; file = next.pop()) {
    const { marked, imports } = read(file);
    if (marked) return true;
    for (const imported of imports) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      next.push(imported);
    }
  }
  return false;
}

const testFiles = globSync(INCLUDE, { cwd: ROOT, ignore: ['**/node_modules/**'] });
const isolated = testFiles.filter((file) => reachesGlobals(join(ROOT, file)));
const shared = testFiles.filter((file) => !isolated.includes(file));

export default defineConfig({
  // fakeBrowser for code that touches `browser.*`, and WXT's import aliases.
  plugins: [WxtVitest()],
  test: {
    // No `include` here: each project below names its files (a project extending this config would
    // add its list to this one's, and run every file twice).
    environment: 'node',
    // CI machines are shared: a test that takes 1 s alone can take 10 s there.
    testTimeout: 30_000,
    // And a beforeAll that starts a demo server (a certificate made for it) took past vitest's 10 s at
    // load 17-19 with the typecheck, lint and build beside the unit tests (demo/favicon.test.ts).
    hookTimeout: 30_000,
    // expect.poll waits on a condition (a rebuild in the background): 1 s by default, too short at load 15.
    expect: { poll: { timeout: 15_000 } },
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one. Two took the unit
    // suite from 166 s to 106 s there (measured from a fresh clone, nothing else running).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Loading each file's modules again (the playbook, the reader, the site readers) was most of the
    // unit suite's CPU. Files that leave their globals as they found them share their worker's
    // modules ('shared'); the rest, found above, get a module graph and globals of their own.
    // docs/test-suite-time.md, fifth pass.
    projects: [
      { extends: true, test: { name: 'shared', include: shared, isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
});
