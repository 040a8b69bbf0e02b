import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { shiftForToday } from '../../demo/shift-dates';
import { REVIEW_SHOTS } from './review-shots';
import { expect, test } from './fixtures';
import { EXPECTED, contradictions, judgedInLayout, lookAtPanel } from './one-judgment-checks';

/**
 * Every demo page, as the demo serves it today, in every UI language at a side panel's width: one
 * judgment, and no card that contradicts it (the table and the checks: one-judgment-checks.ts). The
 * pages the layout walk opens (layout.spec) are judged there, on the panel it opens anyway, at 320 and
 * 400 px in every language; this spec walks the rest: the situations written in others' voices and the
 * site generations.
 */
// PANEL_WIDTH=320 or 400 walks the same pages at another side-panel width (360 by default).
const WIDTH = Number(process.env.PANEL_WIDTH ?? 360);
const SHOTS = resolve(import.meta.dirname, '../output/screenshots', WIDTH === 360 ? '' : String(WIDTH));

for (const route of SERVED_ROUTES.filter((r) => EXPECTED[r.file] && !judgedInLayout(r))) {
  const expected = EXPECTED[route.file];
  if (!expected) continue;
  test(`one judgment on ${route.file}: ${expected.kind}, the draft in ${expected.draft}, no card contradicting it`, async ({ openSitePage, openPanelFor }) => {
    test.setTimeout(90_000);
    const site = await openSitePage(routeUrl(route));
    const panel = await openPanelFor(site);
    await panel.setViewportSize({ width: WIDTH, height: 900 });
    const step = panel.getByTestId('next-step');
    await expect(step).toHaveCount(1, { timeout: 20_000 });
    await expect(step).toHaveAttribute('data-kind', expected.kind);

    for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      await panel.getByTestId('language-select').selectOption(locale);
      // Everything below is read from the panel in one look and checked until it holds (as each
      // expect on its own would wait), not in some twenty calls a language: the walk's time was
      // mostly those round trips.
      await expect.poll(async () => contradictions(await panel.evaluate(lookAtPanel), expected, locale, route.file, WIDTH), { timeout: 15_000 }).toEqual([]);
      if (REVIEW_SHOTS) {
        mkdirSync(resolve(SHOTS, locale), { recursive: true });
        await panel.screenshot({ path: resolve(SHOTS, locale, `${route.file.replace(/[/.]/g, '_')}.png`), fullPage: true });
      }
    }
  });
}

/**
 * A Gmail thread of the test's own under Gmail's host (the route is the tab's): the supplier-portal
 * fixture with Sofia's reply replaced by other words, its dates moved to today as the demo does.
 */
const PORTAL = 'gmail/thread--supplier-portal--2026-12-05.html';
const SOFIA_SAID = 'Thank you. Unfortunately we cannot accept quotes by email. Please register as a supplier on our Coupa portal and submit the quote there by 15 December; the link is below.';
async function openThreadSaying(context: BrowserContext, id: string, ours: string, theirs: string): Promise<Page> {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures', PORTAL), 'utf8');
  if (!html.includes(SOFIA_SAID)) throw new Error('the supplier-portal fixture lost the reply the test replaces');
  const body = shiftForToday(html.replace(SOFIA_SAID, theirs).replace('The quote for the four labs is attached: 52,000 a year.', ours), PORTAL, new Date());
  const url = `https://mail.google.com/mail/u/0/#inbox/${id}`;
  const page = await context.newPage();
  await page.route('https://mail.google.com/mail/u/0/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto(url);
  return page;
}

test('a bounce naming another address: the next step, the draft\'s To line and its body name that address, in every UI language', async ({ context, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openThreadSaying(context, 'FMfcgzQVxBounceSofia04', 'The quote for the four labs is attached: 52,000 a year.', 'This mailbox is no longer monitored: Sofia Rossi has left Medilab Group. Please contact procurement.team@medilab-group.example instead.');
  const panel = await openPanelFor(site);
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'follow_up', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText(/^Write to procurement\.team@medilab-group\.example/);
  for (const [locale, to, button] of [['en', 'To: procurement.team@medilab-group.example', 'Ask who has it now'], ['zh-Hans', '收件人：procurement.team@medilab-group.example', '问清现在找谁'], ['zh-Hant', '收件者：procurement.team@medilab-group.example', '問清楚現在找誰']] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    await expect(panel.getByTestId('draft-to')).toHaveText(to);
    await expect(panel.getByTestId('header-action')).toHaveText(button);
    // (the draft stays in the prospect's language whatever the UI's, and says where the address came from)
    expect(await panel.getByTestId('draft-body').inputValue()).toMatch(/gave this address \(procurement\.team@medilab-group\.example\) instead/);
  }
});

test('a contract sent back marked up: answered today with each change, no signature asked and no "within two days"', async ({ context, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openThreadSaying(context, 'FMfcgzQVxRedlineSofia04', 'The agreement for the four labs is attached for signature.', 'Attached is the agreement with our redlines - mainly the termination clause and the data retention period. Let us know what you can accept.');
  const panel = await openPanelFor(site);
  await expect(panel.getByTestId('next-step')).toHaveCount(1, { timeout: 20_000 });
  await expect(panel.getByTestId('next-step')).toContainText(/same working day/);
  await expect(panel.locator('body')).not.toContainText(/within two days|Get it signed/);
  await expect(panel.getByTestId('draft-to')).toHaveCount(0);
  const body = await panel.getByTestId('draft-body').inputValue();
  expect(body).not.toMatch(/signed contract can then simply come back|attached the contract/);
});

test('two questions after the quote: each quoted whole with its own answer slot, and no discovery question after them', async ({ context, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openThreadSaying(context, 'FMfcgzQVxTwoAskSofia04', 'The quote for the four labs is attached: 52,000 a year.', 'Thanks Sam. Who would move our old test records across, your team or ours? And how long would the four labs run both systems side by side? Our audit is in March, so timing matters.');
  const panel = await openPanelFor(site);
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_question', { timeout: 20_000 });
  const body = await panel.getByTestId('draft-body').inputValue();
  expect(body).toMatch(/“Who would move our old test records across, your team or ours\?”\n\[Your answer\]\n\n“And how long would the four labs run both systems side by side\?”\n\[Your answer\]\n\nBest,/);
});

test('our quote in Chinese, then 收到，谢谢。下一步要我们准备什么？: the next steps proposed today (quote, contract or PO, kick-off), not "[your answer]"', async ({ context, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openThreadSaying(context, 'FMfcgzQVxZhNextSofia04', 'Sofia 您好，附件是贵司四个实验室的报价单，年付优惠9折，报价有效期至月底。', '收到，谢谢。下一步要我们准备什么？');
  const panel = await openPanelFor(site);
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'move_to_contract', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText(/^Propose the next step now/);
  const body = await panel.getByTestId('draft-body').inputValue();
  expect(body).toMatch(/接下来分三步：\n\n1\. 请您确认报价[\s\S]*采购单[\s\S]*启动会/);
  expect(body).not.toMatch(/\[你的回答\]|恭喜/);
});
