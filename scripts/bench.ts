/**
 * `npm run bench`: speed and size figures, written to bench/results.json as one flat object of
 * named metrics and printed as a table. Targets are checked here, never in timed tests.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { DEMO_ROUTES, routeUrl } from '../demo/routes';
import { SITE_ADAPTERS } from '../lib/sites/registry';
import { siteForUrl } from '../lib/sites/hosts';
import { classifyReply as classifyObjection } from '../lib/reader/classify-reply';
import { HOSTILE_COPIES } from './hostile-copies';
import { OBJECTION_IDS } from '../lib/playbook/schema';
import { round, summarise, throughputWindows, time } from './bench-stats';
import { benchBrowser } from './bench-browser';
import { benchJudgment } from './bench-judgment';
import { benchRename } from './bench-rename';
import { benchScale, printScaleTable, type ScaleRow } from './bench-scale';
import { benchDashboard } from './bench-dashboard';
import { benchDashboardBrowser } from './bench-dashboard-browser';
import { benchImport } from './bench-import';
import { benchTeam } from './bench-team';
import { evaluate, readLabelled } from './eval-classifier';
import { measure, readExamples } from './train-reader';

const root = resolve(import.meta.dirname, '..');
const results: Record<string, number> = {};

function benchExtraction(): void {
  for (const route of DEMO_ROUTES) {
    const url = new URL(routeUrl(route));
    const site = siteForUrl(url);
    if (!site) continue;
    const html = readFileSync(join(root, 'tests/fixtures', route.file), 'utf8');
    const { window } = new JSDOM(html, { url: url.href });
    const samples = time(() => SITE_ADAPTERS[site].extract(window.document, url), 200);
    const { median, p95 } = summarise(samples);
    const name = route.file.replace(/\.html$/, '').replace(/\//g, '.');
    results[`extract.${name}.median_ms`] = round(median);
    results[`extract.${name}.p95_ms`] = round(p95);
    window.close();
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function benchBundles(): void {
  const out = join(root, '.output/chrome-mv3');
  let total = 0;
  for (const file of filesUnder(out)) {
    const size = statSync(file).size;
    total += size;
    if (/\.(js|css)$/.test(file)) {
      const name = relative(out, file).replace(/-[\w-]{8}\.(js|css)$/, '.$1');
      results[`bundle.${name}.kb`] = round(size / 1024, 1);
    }
  }
  results['bundle.total.kb'] = round(total / 1024, 1);
}

/** Quality on every labelled set (`final` and `final2` were never trained or tuned on), and speed. */
async function benchClassifier(): Promise<void> {
  for (const set of ['dev', 'holdout', 'blind', 'blind2', 'train2', 'train3', 'train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13', 'train14', 'train15', 'train16', 'train17', 'train18', 'train19', 'train20', 'train21', 'train22', 'train23', 'final', 'final2']) {
    const result = evaluate(readLabelled(join(root, `tests/data/objections-${set}.tsv`)));
    results[`classifier.${set}.macro_f1`] = round(result.macroF1);
    results[`classifier.${set}.accuracy`] = round(result.accuracy);
    if (set === 'final' || set === 'final2') {
      for (const category of [...OBJECTION_IDS, 'none']) results[`classifier.${set}.recall.${category}`] = round(result.perCategory[category]?.recall ?? 0);
    }
  }
  // First looks: sets in voices the examples were not written in, never trained on.
  for (const set of ['real-like', 'voices2', 'voices3', 'voices4']) {
    const m = measure(readExamples(join(root, `tests/data/firstlook-${set}.tsv`)), (text) => classifyObjection(text));
    results[`classifier.firstlook.${set}.accuracy`] = round(m.accuracy);
    results[`classifier.firstlook.${set}.macro_f1`] = round(m.macroF1);
    results[`classifier.firstlook.${set}.sure_share`] = round(m.sureShare);
    results[`classifier.firstlook.${set}.sure_accuracy`] = round(m.sureAccuracy);
  }
  // The two sets never trained or tuned on, together: the figure to quote.
  const untuned = ['final', 'final2'].flatMap((set) => readLabelled(join(root, `tests/data/objections-${set}.tsv`)));
  results['classifier.untuned.replies'] = untuned.length;
  results['classifier.untuned.macro_f1'] = round(evaluate(untuned).macroF1);
  // Hostile and broken copies (scripts/hostile-copies.ts) of the untuned replies: the same replies
  // pasted from HTML, typed without apostrophes, wrapped in a greeting and a signature, …
  for (const [name, copy] of Object.entries(HOSTILE_COPIES)) {
    results[`classifier.untuned.hostile.${name}.macro_f1`] = round(evaluate(untuned.map((row) => ({ ...row, text: copy(row.text) }))).macroF1);
  }
  const texts = readdirSync(join(root, 'tests/data'))
    .filter((file) => file.endsWith('.tsv'))
    .flatMap((file) => readLabelled(join(root, 'tests/data', file)).map((r) => r.text));
  results['classifier.throughput.replies'] = texts.length;
  results['classifier.throughput.mean_chars'] = round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length, 1);
  // The figure: the engine bundled the way the extension ships it (one module), timed in its own
  // Node process (two copies of the engine in one process slow whichever runs second). Beside it,
  // the same code run from source through tsx, whose per-module import getters and name helpers
  // cost about a fifth.
  recordRates('classifier.throughput_per_s', await bundledThroughput(texts));
  recordRates('classifier.throughput_per_s.from_source', throughputWindows(classifyObjection, texts));
}

/** The classifier bundled with esbuild (scripts/throughput-runner.ts) and timed by a fresh Node process over the same replies. */
async function bundledThroughput(texts: readonly string[]): Promise<number[]> {
  const dir = join(root, 'node_modules/.cache/bench');
  const runner = join(dir, 'throughput-runner.mjs');
  await build({ entryPoints: [join(root, 'scripts/throughput-runner.ts')], bundle: true, format: 'esm', platform: 'node', outfile: runner, logLevel: 'warning' });
  const textsFile = join(dir, 'texts.json');
  writeFileSync(textsFile, JSON.stringify(texts));
  return JSON.parse(execFileSync(process.execPath, [runner, textsFile], { encoding: 'utf8' })) as number[];
}

/** The median of the windows is the figure, the best window beside it. */
function recordRates(name: string, rates: readonly number[]): void {
  results[name] = Math.round(summarise(rates).median);
  results[`${name}.max`] = Math.round(Math.max(...rates));
}

// BENCH_ONLY=scale runs only the store at scale (scripts/bench-scale.ts); BENCH_ONLY=dashboard only the
// dashboard at scale (scripts/bench-dashboard.ts in Node, scripts/bench-dashboard-browser.ts in the
// browser); BENCH_ONLY=team only the manager's team read (scripts/bench-team.ts); BENCH_ONLY=import only a backup read
// back at scale (scripts/bench-import.ts); BENCH_ONLY=rest everything else.
const only = process.env.BENCH_ONLY;
if (only === undefined || only === 'team') await benchTeam(join(root, '.output/chrome-mv3'), results);
if (only === undefined || only === 'dashboard') {
  benchDashboard(results);
  await benchDashboardBrowser(join(root, '.output/chrome-mv3'), results);
}
if (only === undefined || only === 'import') await benchImport(results);
if (only !== 'scale' && only !== 'dashboard' && only !== 'team' && only !== 'import') {
  benchExtraction();
  benchJudgment(results);
  await benchRename(results);
  benchBundles();
  await benchClassifier();
  await benchBrowser(join(root, '.output/chrome-mv3'), results);
}
let scaleRows: ScaleRow[] = [];
// SOP_EXTENSION_DIR: a build copied elsewhere (as for the e2e tests). The extension's id is its folder's path, and a seeded
// profile (BENCH_REUSE_PROFILE, BENCH_SETTLED) belongs to that id: another worktree reuses it by copying its build there.
if (only !== 'rest' && only !== 'dashboard' && only !== 'team' && only !== 'import') scaleRows = await benchScale(process.env.SOP_EXTENSION_DIR ?? join(root, '.output/chrome-mv3'), results);

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const width = Math.max(...Object.keys(results).map((k) => k.length));
console.log(`${'metric'.padEnd(width)}  value`);
for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(width)}  ${value}`);
if (scaleRows.length > 0) printScaleTable(scaleRows, results);
console.log(`\nwritten to ${relative(process.cwd(), join(root, 'bench/results.json'))}`);
