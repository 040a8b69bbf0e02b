import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REVIEW_SHOTS } from './review-shots';

/** The Chrome Web Store's screenshot size (Edge Add-ons takes the same). */
const STORE = { width: 1280, height: 800 };
const PANEL_WIDTH = 360;
const OUT = 'tests/output/store';
const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;

/** A PNG's width and height, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * One store image: the site page on the left and the panel at a real side-panel width on the right,
 * as Chrome shows them, each rendered by the browser at its own size and set side by side.
 */
async function storeShot(site: Page, panel: Page, file: string): Promise<void> {
  await site.setViewportSize({ width: STORE.width - PANEL_WIDTH, height: STORE.height });
  await panel.setViewportSize({ width: PANEL_WIDTH, height: STORE.height });
  const [left, right] = [await site.screenshot(), await panel.screenshot()];
  const sheet = await panel.context().newPage();
  await sheet.setViewportSize(STORE);
  await sheet.setContent(
    `<body style="margin:0;display:flex;background:#fff"><img src="data:image/png;base64,${left.toString('base64')}"><img style="border-left:1px solid #c8ccd2;margin-left:-1px" src="data:image/png;base64,${right.toString('base64')}"></body>`,
  );
  await sheet.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await sheet.screenshot({ path: file });
  await sheet.close();
  expect(pngSize(file)).toEqual(STORE);
}

test('store screenshots: the panel beside a LinkedIn profile, a Gmail thread, a CRM deal and Today, 1280×800 in each language', async ({ openSitePage, openPanelFor }) => {
  test.skip(!REVIEW_SHOTS, 'written for a release (SHOTS=1 under CI; see review-shots.ts)');
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  const pages = [
    { name: 'linkedin-profile', url: 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/', ready: 'contact-name' },
    { name: 'gmail-objection', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW', ready: 'objection' },
    { name: 'salesforce-deal', url: 'https://northwind.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view', ready: 'deal-name' },
  ] as const;
  const opened = [];
  for (const entry of pages) {
    const site = await openSitePage(entry.url);
    const panel = await openPanelFor(site);
    await expect(panel.getByTestId(entry.ready)).toBeVisible();
    opened.push({ ...entry, site, panel });
  }
  const written: string[] = [];
  for (const locale of LOCALES) {
    for (const [i, { name, site, panel, ready }] of opened.entries()) {
      await panel.getByTestId('language-select').selectOption(locale);
      await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
      await expect(panel.getByTestId(ready)).toBeVisible();
      await expect(panel.getByTestId('next-step')).toBeVisible();
      const file = `${OUT}/${locale}-${String(i + 1)}-${name}.png`;
      await storeShot(site, panel, file);
      written.push(file);
    }
    // Today beside the profile: the list of what is due.
    const { site, panel } = opened[0] ?? {};
    if (!site || !panel) throw new Error('no page opened');
    await panel.getByTestId('nav-today').click();
    await expect(panel.getByTestId('today-row').first()).toBeVisible();
    await expect(panel.getByTestId('today-row-action').first()).toBeVisible();
    const file = `${OUT}/${locale}-4-today.png`;
    await storeShot(site, panel, file);
    written.push(file);
    await panel.getByTestId('nav-page').click();
  }
  expect(written).toHaveLength(12);
  writeFileSync(`${OUT}/README.md`, `Store screenshots (${String(STORE.width)}×${String(STORE.height)}), written by tests/e2e/store-screenshots.spec.ts:\n\n${written.map((f) => `- ${f.slice(OUT.length + 1)}`).join('\n')}\n`);
});
