/**
 * LEFTSIT's leftovers in how a situation is read, as a rep meets them in real Chromium with the built extension, on an
 * Outlook thread served under Outlook's own host (the demo's security thread, its reply swapped): a security review that
 * must come first is the step the card, the next step and the draft agree on, not the fit objection the reader leans
 * to; "after Golden Week" from a customer whose email is Japanese waits for Japan's Golden Week and says so. The rest
 * (quarter-end deadlines, "Customer:" fields, one note's corrections) is in their unit tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { routeUrl, SERVED_ROUTES } from '../../demo/routes';
import { shiftForToday } from '../../demo/shift-dates';
import { expect, test } from './fixtures';

const FILE = 'outlook/thread--security-after-price-zh--2026-12-04.html';
const THEIR_REPLY = '报价看过了，价格这块没有问题.不过我们资安团队要先审一下，审完再走合同。';

/** The demo's security thread with `swap` applied, served to a new tab under Outlook's own host. */
async function served(context: BrowserContext, swap: (html: string) => string): Promise<Page> {
  const route = SERVED_ROUTES.find((r) => r.file === FILE);
  if (!route) throw new Error(`no demo route serves ${FILE}`);
  const html = readFileSync(resolve('tests/fixtures', FILE), 'utf8');
  if (!html.includes(THEIR_REPLY)) throw new Error('the security thread lost the reply this test swaps');
  const url = routeUrl(route);
  const site = await context.newPage();
  await site.route(`${url.replace(/#.*$/, '')}**`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shiftForToday(swap(html), FILE, new Date()) }));
  await site.goto(url);
  return site;
}

test('a review that must come first wins over the fit reading; "after Golden Week" from Japan is Japan’s', async ({ context, openPanelFor }) => {
  test.setTimeout(60_000);
  // An integration named and the security team's review first (read by the model as the fit objection).
  const reviewSite = await served(context, (html) => html.replace(THEIR_REPLY, '平台要接我们的仓库网络，资安团队要先审一下。'));
  const review = await openPanelFor(reviewSite);
  await expect(review.getByTestId('contact-name')).toHaveText('周敏');
  // (on main: "Answer the objection: Does not fit our systems", its talk tracks on the card and the fit track in the draft)
  await expect(review.getByTestId('next-step-action')).toHaveText(/Send what their security reviewers need/);
  await expect(review.getByTestId('draft-body')).toHaveValue(/^周敏您好，\n\n了解，贵司要先做一轮安全审查。/);
  await expect(review.getByTestId('objection-responses')).toHaveCount(0);

  // (the panel finds its tab by the page's address: the next page is served at the same one)
  await reviewSite.close();
  await review.close();

  // A Japanese customer's "after Golden Week", in English: Japan's, 29 April to 5 May (on main: China's, 8 October).
  const goldenWeek = await openPanelFor(
    await served(context, (html) =>
      html
        // (another conversation, another sender: another contact)
        .replaceAll('AAQkAGI2U2VjWmgA=', 'AAQkAGI2R29sZFdrA=')
        .replaceAll('AAMkAGI2U2VjWmg', 'AAMkAGI2R29sZFdr')
        .replaceAll('华东冷链 温控监测平台报价', 'Quote for the three warehouses')
        .replaceAll('zhoumin@huadong-coldchain.example', 'k.sato@nishikawa-logistics.co.jp')
        .replace('aria-label="From: 周敏">周敏<', 'aria-label="From: Kenji Sato">Kenji Sato<')
        .replace('周经理您好，<br><br>附件是三个仓库温控监测平台的正式报价和实施计划，有任何问题随时找我。', 'Hi Kenji,<br><br>Attached is our quote for the three warehouses. Happy to walk you through it.')
        .replace(`Sam 你好，<br><br>${THEIR_REPLY}<br><br>周敏<br>华东冷链 运营总监`, 'Hi Sam,<br><br>Thanks for the quote. It is a busy season here, so let us pick this up after Golden Week.<br><br>Kenji'),
    ),
  );
  await expect(goldenWeek.getByTestId('contact-name')).toHaveText('Kenji Sato');
  await expect(goldenWeek.getByTestId('next-step-reason')).toContainText('which we read as Japan’s Golden Week (29 April to 5 May): wait until May');
});
