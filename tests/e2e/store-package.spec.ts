import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../../demo/browser';
import { DEMO_START_URL } from '../../demo/routes';
import { readZip, unzipTo } from '../support/unzip';
import { expect, openers, test } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** WXT's command, run by this Node (through `npx` it started npm first: some 6 s of a busy machine a package). */
const WXT = resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs');

/** `npm run zip`'s packages, made in a scratch folder (never over the build the other tests load). */
function zipInto(outDir: string, browser: 'chrome' | 'firefox'): string {
  execFileSync(process.execPath, [WXT, 'zip', '-b', browser], { cwd: ROOT, env: { ...process.env, SOP_OUT_DIR: outDir }, stdio: 'pipe', timeout: 240_000 });
  const zip = join(outDir, `sop-copilot-${VERSION}-${browser}.zip`);
  expect(existsSync(zip), `${zip} among ${readdirSync(outDir).join(', ')}`).toBe(true);
  return zip;
}

test('the Chrome Web Store package loads in Chromium as it is: a LinkedIn profile is read and judged in the panel', async ({ server, crm }) => {
  test.setTimeout(360_000);
  const scratch = mkdtempSync(join(tmpdir(), 'sop-zip-'));
  try {
    const unpacked = join(scratch, 'chrome');
    unzipTo(zipInto(join(scratch, 'out'), 'chrome'), unpacked);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { version: string; manifest_version: number; side_panel?: { default_path: string } };
    expect(manifest).toMatchObject({ version: VERSION, manifest_version: 3, side_panel: { default_path: 'sidepanel.html' } });
    const userDataDir = join(scratch, 'profile');
    const { context, extensionId } = await launchWithExtension({ extensionDir: unpacked, userDataDir, hostResolverRules: `${crm.hostResolverRules}, ${server.hostResolverRules}`, headless: true });
    try {
      const { openSitePage, openPanelFor } = openers(context, extensionId);
      const panel = await openPanelFor(await openSitePage(DEMO_START_URL));
      await expect(panel.getByTestId('page-header')).toContainText('Mei Lin Chen', { timeout: 30_000 });
      await expect(panel.getByTestId('header-action')).toBeVisible();
    } finally {
      await context.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('the Firefox package: the panel in the sidebar, no Chrome-only permission or key, a fixed add-on id, sources for review without test output', () => {
  test.setTimeout(360_000);
  const scratch = mkdtempSync(join(tmpdir(), 'sop-zip-ff-'));
  try {
    const unpacked = join(scratch, 'firefox');
    const outDir = join(scratch, 'out');
    unzipTo(zipInto(outDir, 'firefox'), unpacked);
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      version: VERSION,
      manifest_version: 2,
      sidebar_action: { default_panel: 'sidepanel.html' },
      browser_action: {},
      commands: { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' } } },
      optional_permissions: ['https://*/*', 'http://*/*'],
      browser_specific_settings: { gecko: { id: 'sop-copilot@sop-copilot.app' } },
    });
    expect(manifest['permissions']).not.toContain('sidePanel');
    for (const chromeOnly of ['side_panel', 'optional_host_permissions', 'storage']) expect(Object.keys(manifest)).not.toContain(chromeOnly);
    for (const page of ['sidepanel.html', 'dashboard.html', 'options.html', 'background.js']) expect(existsSync(join(unpacked, page)), page).toBe(true);
    // The sources package addons.mozilla.org asks for: the code, not the tests' screenshots.
    const sources = readZip(join(outDir, `sop-copilot-${VERSION}-sources.zip`)).map((entry) => entry.name);
    expect(sources).toContain('package-lock.json');
    expect(sources).toContain('entrypoints/background.ts');
    expect(sources.filter((file) => file.startsWith('tests/output/'))).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
