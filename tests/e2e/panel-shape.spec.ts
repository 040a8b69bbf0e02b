import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';
import { axeScan, seriousViolations } from './axe';
import { REVIEW_SHOTS } from './review-shots';

const MEI = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';
const SHOTS = resolve(import.meta.dirname, '../output/screenshots/layout');
const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';

test('cards fold to one line with what matters now open, and the rep’s choice is remembered per card', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(MEI));
  await expect(panel.getByTestId('page-header')).toBeVisible();
  // Who, where they stand and the action, in the header.
  await expect(panel.getByTestId('header-avatar')).toHaveText('MC');
  await expect(panel.getByTestId('header-name')).toHaveText('Mei Lin Chen');
  await expect(panel.getByTestId('header-company')).toHaveText(' · Orchid Precision Manufacturing');
  await expect(panel.getByTestId('situation-stage')).toHaveText('Prospecting');
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier C');
  await expect(panel.getByTestId('header-action')).toHaveText('Write the first message');
  // A first touch: the next step and the draft open, the rest one line each, with a summary.
  for (const open of ['next-step', 'draft']) await expect(panel.getByTestId(`fold-${open}`)).toHaveAttribute('aria-expanded', 'true');
  for (const closed of ['contact', 'spin', 'bant', 'stage', 'notes']) await expect(panel.getByTestId(`fold-${closed}`)).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByTestId('fold-bant')).toContainText('Need not confirmed yet → C.');
  await expect(panel.getByTestId('spin-questions')).toBeHidden();
  // The title line is a button inside the card's heading.
  await expect(panel.getByRole('heading', { name: /^Questions to ask/ }).getByRole('button')).toHaveAttribute('aria-controls', 'spin-body');

  await panel.getByTestId('fold-spin').click();
  await expect(panel.getByTestId('spin-questions')).toBeVisible();
  await panel.getByTestId('fold-draft').click();
  await expect(panel.getByTestId('draft-body')).toBeHidden();
  // A LinkedIn message has no subject: the folded line is the message itself, from its greeting on.
  await expect(panel.getByTestId('fold-draft')).toContainText('Hi Mei, I work with manufacturers on manual production scheduling.');
  // Remembered: another panel, another day, the same choices.
  await panel.reload();
  await expect(panel.getByTestId('fold-spin')).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByTestId('fold-draft')).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByTestId('spin-questions')).toBeVisible();

  // The header's action opens the draft and puts the cursor in it.
  await panel.getByTestId('header-action').click();
  await expect(panel.getByTestId('fold-draft')).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByTestId('draft-body')).toBeFocused();

  // On a reply with an objection, the reply card is open.
  const thread = await openPanelFor(await openSitePage(PRICE_THREAD));
  await expect(thread.getByTestId('fold-reply')).toHaveAttribute('aria-expanded', 'true');
  await expect(thread.getByTestId('objection-category')).toBeVisible();
  await expect(thread.getByTestId('header-action')).toHaveText('Answer the objection');
});

test('keyboard shortcuts do the main actions, never while typing; "?" lists them with the shortcut that opens the panel', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(MEI));
  await expect(panel.getByTestId('page-header')).toBeVisible();
  const manifest = await panel.evaluate(() => chrome.runtime.getManifest().commands);
  expect(manifest).toMatchObject({ _execute_action: { suggested_key: { default: 'Alt+Shift+S' } } });

  await panel.locator('body').press('?');
  const help = panel.getByTestId('shortcut-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Copy the draft');
  await panel.setViewportSize({ width: 320, height: 600 });
  mkdirSync(SHOTS, { recursive: true });
  if (REVIEW_SHOTS) await panel.screenshot({ path: resolve(SHOTS, 'shortcuts-en-320.png') });
  const assigned = await panel.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut ?? '');
  if (assigned) await expect(panel.getByTestId('shortcut-panel')).toContainText(assigned);
  else await expect(panel.getByTestId('shortcut-panel')).toHaveCount(0);
  await panel.locator('body').press('?');
  await expect(help).toBeHidden();

  // D: the draft, focused.
  await panel.locator('body').press('d');
  await expect(panel.getByTestId('draft-body')).toBeFocused();
  // Typing in it types: no shortcut fires ("2" would switch to Today).
  await panel.getByTestId('draft-body').press('2');
  await expect(panel.getByTestId('nav-page')).toHaveAttribute('aria-pressed', 'true');
  await panel.getByTestId('draft-body').blur();

  // N: done, the touch logged.
  await panel.locator('body').press('n');
  await expect.poll(async () => (await readStore(panel, 'touches')).length).toBe(1);

  // 2 and 1: the views.
  await panel.locator('body').press('2');
  await expect(panel.getByTestId('nav-today')).toHaveAttribute('aria-pressed', 'true');
  await panel.locator('body').press('1');
  await expect(panel.getByTestId('nav-page')).toHaveAttribute('aria-pressed', 'true');
});

test('a page still loading says so, then that it is reading, and only after the grace period that its layout is not recognised', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(90_000);
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/loading-forever/'));
  const loading = panel.getByTestId('page-loading');
  await expect(loading).toHaveText('The page is still loading…');
  // Past the reading grace period (3 s), a page showing LinkedIn's loading placeholders is still "loading", not an error.
  const since = Date.now();
  await expect
    .poll(async () => {
      await expect(loading).toBeVisible({ timeout: 1000 });
      expect(await panel.getByTestId('layout-error').count()).toBe(0);
      return Date.now() - since;
    }, { timeout: 15_000 })
    .toBeGreaterThan(4000);
  // A page that never finishes is read as it is at last (20 s), given the grace period, and said to be unrecognised.
  await expect(panel.getByTestId('page-reading')).toHaveText('Reading the page…', { timeout: 30_000 });
  await expect(panel.getByTestId('layout-error')).toContainText('LinkedIn layout not recognised', { timeout: 20_000 });
});

test('every view of the panel and the settings page pass axe in dark as in light', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  const axeClean = async (page: Page, what: string) => {
    expect(seriousViolations(await axeScan(page)), what).toEqual([]);
  };
  const panel = await openPanelFor(await openSitePage(MEI));
  await expect(panel.getByTestId('page-header')).toBeVisible();
  await panel.setViewportSize({ width: 360, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    // The scheme really changed: the panel's background follows it.
    const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, scheme).toBe(scheme === 'dark' ? 'rgb(22, 25, 29)' : 'rgb(246, 247, 249)');
    for (const view of ['today', 'contacts', 'playbook', 'drill'] as const) {
      await panel.getByTestId(`nav-${view}`).click();
      await expect(panel.getByTestId(`nav-${view}`)).toHaveAttribute('aria-pressed', 'true');
      await axeClean(panel, `${view} in ${scheme}`);
    }
    await panel.getByTestId('nav-page').click();
    await panel.locator('body').press('?');
    await expect(panel.getByTestId('shortcut-help')).toBeVisible();
    await axeClean(panel, `the shortcut list in ${scheme}`);
    await panel.locator('body').press('?');
  }
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByTestId('privacy-notice')).toBeVisible();
  await settings.emulateMedia({ colorScheme: 'dark' });
  await axeClean(settings, 'settings in dark');
});
