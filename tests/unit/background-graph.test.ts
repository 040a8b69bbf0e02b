import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The service worker builds to one file, so any module it can reach, even through a lazy import(),
 * is inlined into it and parsed at every wake-up. The judgment, the reply reader (and its model) and
 * the playbook's SPIN/draft machinery belong to the pages; a path from the background to them once
 * took background.js from 442 kB to 1.09 MB. This walks the real import graph of the entrypoint.
 */
const PAGE_ONLY = [/^lib\/reader\//, /^lib\/situation\/(judge|draft|gather|queue|spin|stage-evidence)\.ts$/, /^lib\/engine\//, /^lib\/dashboard\/(compute|aggregates)\.ts$/];
const ROOT = resolve(import.meta.dirname, '../..');

describe('the background service worker', () => {
  it('never reaches the judgment, the reply reader or the dashboard maths, and stays small', async () => {
    const result = await build({
      entryPoints: [resolve(ROOT, 'entrypoints/background.ts')],
      absWorkingDir: ROOT,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      minify: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(50);
    const reached = inputs.filter((input) => PAGE_ONLY.some((pattern) => pattern.test(input)));
    expect(reached, 'modules of the pages reached from entrypoints/background.ts').toEqual([]);
    // esbuild's minified bundle is about 840 kB today (WXT's Rollup build, 442 kB, shakes more). A path
    // to the reader adds ~500 kB; this bound catches that without failing on ordinary growth.
    const bytes = result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
    expect(bytes).toBeLessThan(1_150_000);
  }, 60_000);
});
