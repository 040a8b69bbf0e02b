/**
 * judge15's situations as a rep meets them, in real Chromium with the built extension: a formal RFP
 * in Gmail with its closing date (a bid to submit before it, not a follow-up or a wait), and a
 * Salesforce opportunity at "Closed Won" whose newer email cancels the order (confirm it and update
 * the CRM, never the kick-off). The demo's own dated pages, served as if saved today.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { shiftForToday } from '../../demo/shift-dates';
import { expect, test } from './fixtures';

function route(file: string) {
  const found = SERVED_ROUTES.find((r) => r.file === file);
  if (!found) throw new Error(`no demo route serves ${file}`);
  return found;
}

test('a formal RFP with its closing date: prepare the bid and submit it before the deadline, in every UI language', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openSitePage(routeUrl(route('gmail/thread--tender-rfp--2026-12-05.html')));
  const panel = await openPanelFor(site);
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'follow_up', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText(/^Prepare the bid; submit by \w{3} \d{1,2}, \d{4}$/);
  // (the reason names the closing day and works back from it; no wait "as they asked", no generic cadence)
  await expect(step).toContainText(/Their tender closes \w{3} \d{1,2}, \d{4}/);
  await expect(step).toContainText(/working days before it closes/);
  await expect(panel.locator('body')).not.toContainText(/as they asked|the next move is ours/);
  const body = await panel.getByTestId('draft-body').inputValue();
  expect(body).toMatch(/^Hi Hannah,/);
  expect(body).toMatch(/We will take part, and our response will be with you by \w+ \d{1,2}, ahead of the closing date\./);
  for (const [locale, button, action] of [['en', 'Prepare the bid', /^Prepare the bid; submit by /], ['zh-Hans', '准备投标', /^准备投标文件，.+前提交$/], ['zh-Hant', '準備投標', /^準備投標文件，.+前送出$/]] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    await expect(panel.getByTestId('header-action')).toHaveText(button);
    await expect(panel.getByTestId('next-step-action')).toHaveText(action);
    // (the draft stays in Hannah's language whatever the panel's)
    expect(await panel.getByTestId('draft-body').inputValue()).toMatch(/^Hi Hannah,/);
  }
});

test('a Salesforce deal at "Closed Won" whose newer email cancels the order: confirm it and update the CRM, no kick-off', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openSitePage(routeUrl(route('salesforce/opportunity--won-cancelled--2026-12-05.html')));
  const panel = await openPanelFor(site);
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'follow_up', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText('Confirm the cancellation, then update the CRM');
  await expect(step).toContainText('The record says Closed Won, but their email of');
  await expect(step).toContainText('the mail is newer than the CRM');
  await expect(panel.getByTestId('header-action')).toHaveText('Confirm the cancellation');
  // At a glance, as a deal ahead of its CRM: what happened first, the CRM's stage as the note; whole at 320 px.
  await panel.setViewportSize({ width: 320, height: 800 });
  const header = { en: ['Cancelled in mail', 'CRM still says “Closed Won”'], 'zh-Hans': ['客户已来信取消', 'CRM 中仍为“Closed Won”'], 'zh-Hant': ['客戶已來信取消', 'CRM 中仍為「Closed Won」'] } as const;
  const readsWhole = (testId: string) =>
    panel.getByTestId(testId).evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.getBoundingClientRect().right <= document.documentElement.clientWidth + 1);
  const glance = async (locale: keyof typeof header) => {
    await expect(panel.getByTestId('situation-stage')).toHaveText(header[locale][0]);
    await expect(panel.getByTestId('header-crm-still')).toHaveText(header[locale][1]);
    await expect(panel.getByTestId('header-crm-still')).toHaveAttribute('data-cancelled', 'true');
    for (const id of ['situation-stage', 'header-crm-still', 'header-action', 'header-meta']) expect(await readsWhole(id), `${locale}: ${id} whole at 320 px`).toBe(true);
  };
  await glance('en');
  await expect(panel.getByTestId('header-crm-still')).toHaveAttribute('title', 'Salesforce still has this at “Closed Won”, but their newer message calls it off. Confirm with them, then update the stage in Salesforce.');
  // (not the delivery steps a won deal otherwise gets)
  await expect(panel.locator('body')).not.toContainText(/Update them on delivery progress|Hold the kick-off|Book the kick-off/);
  const body = await panel.getByTestId('draft-body').inputValue();
  expect(body).toContain('our board has decided to cancel the order');
  expect(body).toContain('Before I update our records, could we have a short call this week?');
  for (const [locale, button, action] of [['zh-Hans', '确认是否取消', '先跟对方确认取消，再更新 CRM'], ['zh-Hant', '確認是否取消', '先跟對方確認取消，再更新 CRM']] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    await expect(panel.getByTestId('header-action')).toHaveText(button);
    await expect(panel.getByTestId('next-step-action')).toHaveText(action);
    await glance(locale);
  }
});

/**
 * The 纷享销客 opportunity at 赢单 (live since November) with a newer 销售记录 of the customer's own words,
 * served under Fxiaoke's host by the test (its dates moved to today as the demo does).
 */
const WON = 'fxiaoke/opportunity--won--2026-12-05.html';
const FEED = '<div class="crm-feed"><div class="crm-d-group-title">销售记录</div>\n';
async function openWonSaying(context: BrowserContext, said: string): Promise<Page> {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures', WON), 'utf8');
  if (!html.includes(FEED)) throw new Error('the 赢单 fixture lost the feed the test writes into');
  const newer = `<div class="feed-item"><div class="feed-user">郑丽</div><div class="feed-content">${said}</div><span class="feed-time">2026-12-04 16:20</span></div>\n`;
  const body = shiftForToday(html.replace(FEED, FEED + newer), WON, new Date());
  const page = await context.newPage();
  await page.route('https://www.fxiaoke.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto(routeUrl(route(WON)));
  return page;
}

for (const variant of [
  { what: 'a price concern after signing: a review of the value they get, not the price track', said: '说实话，签完合同以后越想越觉得这个价格太贵了，门店里用的人也不多。', action: ['Show the value they get: usage and results', '讲清客户得到的价值：使用情况和成效', '講清楚客戶得到的價值：使用情況和成效'], button: ['Review their value', '复盘使用价值', '檢視使用成效'], draft: /物有所值/, kind: 'after_sales_check' },
  { what: 'a notice not to renew: a retention step before the contract ends, not a renewal reminder', said: '正式通知：合同2027-01-31到期后我们不再续约。', action: [/^Save the account before \w{3} \d{1,2}, \d{4}$/, /^在 ?\d{4}年\d{1,2}月\d{1,2}日 ?前挽留客户$/, /^在 ?\d{4}年\d{1,2}月\d{1,2}日 ?前挽留客戶$/], button: ['Save the account', '挽留客户', '挽留客戶'], draft: /合同到期之前，能否给我 30 分钟/, kind: 'follow_up' },
  { what: 'a discount asked at renewal: the renewal answered as a customer’s, not a question template nor the price track', said: '今年各部门预算都砍了。系统用得不错，明年续费能不能打个八折？', action: ['Answer their renewal ask today: what the year delivered, then the terms', '今天回复续约诉求：先讲这一年的成效，再谈续约条件', '今天回覆續約的要求：先講這一年的成效，再談續約條件'], button: ['Answer the renewal', '回复续约', '回覆續約'], draft: /明年续费能不能打个八折[\s\S]*续约可以对照效果来看/, kind: 'answer_question' },
] as const) {
  test(`纷享销客 赢单, the customer writes ${variant.said} (${variant.what})`, async ({ context, openPanelFor }) => {
    test.setTimeout(90_000);
    const site = await openWonSaying(context, variant.said);
    const panel = await openPanelFor(site);
    await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', variant.kind, { timeout: 20_000 });
    // (no talk track of the price objection, no after-sales check at the cadence)
    await expect(panel.locator('body')).not.toContainText(/revisit every|Answer the objection/);
    expect(await panel.getByTestId('draft-body').inputValue()).toMatch(variant.draft);
    for (const [i, locale] of (['en', 'zh-Hans', 'zh-Hant'] as const).entries()) {
      await panel.getByTestId('language-select').selectOption(locale);
      await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
      await expect(panel.getByTestId('header-action')).toHaveText(variant.button[i] ?? '');
      await expect(panel.getByTestId('next-step-action')).toHaveText(variant.action[i] ?? '');
    }
  });
}

test('下周给您答复 after the quote: their promise for next week, the check-in the first working day after that week, not its Monday', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(90_000);
  const site = await openSitePage(routeUrl(route('gmail/thread--promise-next-week--2026-12-07.html')));
  const panel = await openPanelFor(site);
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'snooze', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText(/^Wait for their answer; follow up on \w{3} \d{1,2}, \d{4} if none$/);
  await expect(step).toContainText('all the time they named');
  await expect(panel.locator('body')).not.toContainText(/as they asked/);
  // (the demo shows her message as written today: the check-in is at least eight days away, never the coming Monday)
  const label = (await panel.getByTestId('next-step-action').textContent()) ?? '';
  const due = new Date(label.replace(/^.*follow up on (.+) if none$/, '$1'));
  const today = new Date();
  expect(Math.round((due.getTime() - new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime()) / 86_400_000)).toBeGreaterThanOrEqual(8);
  expect(await panel.getByTestId('draft-body').inputValue()).toMatch(/^周敏您好，[\s\S]*再跟您确认一下/);
  for (const [locale, action] of [['zh-Hans', /^等对方答复，.+仍无消息再跟进$/], ['zh-Hant', /^等對方答覆，.+仍無消息再跟進$/]] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    await expect(panel.getByTestId('next-step-action')).toHaveText(action);
  }
});
