/**
 * LEFTSIT's leftovers in how a situation is read, as a rep meets them in real Chromium with the built extension, on an
 * Outlook thread served under Outlook's own host (the demo's security thread, its reply swapped): a security review that
 * must come first is the step the card, the next step and the draft agree on, not the fit objection the reader leans
 * to; "after Golden Week" from a customer whose email is Japanese waits for Japan's Golden Week and says so. The rest
 * (quarter-end deadlines, "Customer:" fields, one note's corrections) is in their unit tests.
 *
 * LEFTSIT2's, the same way: a bare 請 with a deadline before Taiwan's National Day is a request by the last working day
 * before its days off; an IT department that has to review us, with no 先, and a review put first after a semicolon are
 * the review step; a Japanese reply's 来週の金曜日までに is the day of its request.
 *
 * DATES3's: a request with a deadline is due the working day before it, the reason naming their deadline.
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

/** The thread as another conversation with another sender (another contact): their address and name, our mail and their reply. */
function fromAnotherSender(html: string, to: { id: string; email: string; name: string; subject: string; ours: string; theirs: string }): string {
  return html
    .replaceAll('AAQkAGI2U2VjWmgA=', `AAQkAGI2${to.id}A=`)
    .replaceAll('AAMkAGI2U2VjWmg', `AAMkAGI2${to.id}`)
    .replaceAll('华东冷链 温控监测平台报价', to.subject)
    .replaceAll('zhoumin@huadong-coldchain.example', to.email)
    .replace('aria-label="From: 周敏">周敏<', `aria-label="From: ${to.name}">${to.name}<`)
    .replace('周经理您好，<br><br>附件是三个仓库温控监测平台的正式报价和实施计划，有任何问题随时找我。', to.ours)
    .replace(`Sam 你好，<br><br>${THEIR_REPLY}<br><br>周敏<br>华东冷链 运营总监`, to.theirs);
}

/** A day as the panel writes it in English ("Oct 8, 2027"). */
const enDay = (d: Date) => d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** The working day before Taiwan's next National Day off (10 October; the Friday before when it is a Saturday): "before 國慶". */
function beforeTaiwanNationalDay(today: Date): Date {
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const firstOff = (y: number) => {
    const tenth = new Date(y, 9, 10);
    return tenth.getDay() === 6 ? new Date(y, 9, 9) : tenth;
  };
  const off = firstOff(midnight.getFullYear()) >= midnight ? firstOff(midnight.getFullYear()) : firstOff(midnight.getFullYear() + 1);
  const day = new Date(off.getFullYear(), off.getMonth(), off.getDate() - 1);
  while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() - 1);
  return day < midnight ? midnight : day;
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

/**
 * The day the deadline step is due: the working day before their deadline (no weekend, none of `off`), or the deadline
 * itself when that is today or tomorrow (the reply is written today).
 */
function dueBefore(deadline: Date, today: Date, off: (d: Date) => boolean = () => false): Date {
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (deadline.getTime() <= new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() + 1).getTime()) return deadline;
  const day = new Date(deadline.getFullYear(), deadline.getMonth(), deadline.getDate() - 1);
  while (day.getDay() === 0 || day.getDay() === 6 || off(day)) day.setDate(day.getDate() - 1);
  return day < midnight ? midnight : day;
}
/** Japan's days off the panel knows: 1–3 January and Golden Week (29 April to 5 May). */
const japanOff = (d: Date) => (d.getMonth() === 0 && d.getDate() <= 3) || (d.getMonth() === 3 && d.getDate() >= 29) || (d.getMonth() === 4 && d.getDate() <= 5);

test('a bare 請 before Taiwan’s National Day asks by the working day before it; IT that has to review us is the review', async ({ context, openPanelFor }) => {
  test.setTimeout(60_000);
  // (on main: "they replied, the move is ours", no day: a bare 請 with a day between it and its verb was no request)
  const taiwanSite = await served(context, (html) =>
    fromAnotherSender(html.replaceAll('Thu 12/3/2026 6:20 PM', 'Fri 12/4/2026 12:00 AM'), {
      id: 'VHdOYXQ',
      email: 'meiling.chen@hongshuo.com.tw',
      name: '陳美玲',
      subject: '宏碩精密 報價',
      ours: '陳經理您好，<br><br>附件是修正後的報價。',
      theirs: 'Sam 您好，<br><br>報價收到了。修正後的報價單請國慶前寄給我，謝謝。<br><br>陳美玲',
    }),
  );
  const taiwan = await openPanelFor(taiwanSite);
  await expect(taiwan.getByTestId('contact-name')).toHaveText('陳美玲');
  // (her deadline the last working day before her first day off, not on it: in 2027 Friday 8 October, 雙十 a Sunday; due
  // the working day before that)
  await expect(taiwan.getByTestId('next-step-action')).toHaveText(`Do what they asked by ${enDay(dueBefore(beforeTaiwanNationalDay(new Date()), new Date()))}`);
  await taiwanSite.close();
  await taiwan.close();

  // (on main: "Answer the objection: Needs the boss to decide", or "they replied": no 先, no review)
  const itSite = await served(context, (html) =>
    fromAnotherSender(html, {
      id: 'SVREZXB0',
      email: 'lina.wu@nanhai-foods.example',
      name: '吴丽娜',
      subject: '南海食品 报价',
      ours: '吴经理您好，<br><br>附件是正式报价。',
      theirs: 'Sam 你好，<br><br>报价收到了。我们IT部门要审核一下你们的接口。<br><br>吴丽娜',
    }),
  );
  const it = await openPanelFor(itSite);
  await expect(it.getByTestId('contact-name')).toHaveText('吴丽娜');
  await expect(it.getByTestId('next-step-action')).toHaveText(/Send what their security reviewers need/);
});

test('a review put first after a semicolon is the review; a Japanese reply’s 来週の金曜日までに is its request’s day', async ({ context, openPanelFor }) => {
  test.setTimeout(60_000);
  // (on main: the trust objection answered, or "they replied": "is fine" settled it whatever came after)
  const dpaSite = await served(context, (html) =>
    fromAnotherSender(html, {
      id: 'RFBBZmly',
      email: 'dana.reyes@northwind.example',
      name: 'Dana Reyes',
      subject: 'Quote for the pilot',
      ours: 'Hi Dana,<br><br>Attached is our quote for the pilot.',
      theirs: 'Hi Sam,<br><br>Thanks. Security is fine with the pilot; they need to review the DPA first.<br><br>Dana',
    }),
  );
  const dpa = await openPanelFor(dpaSite);
  await expect(dpa.getByTestId('contact-name')).toHaveText('Dana Reyes');
  await expect(dpa.getByTestId('next-step-action')).toHaveText(/Send what their security reviewers need/);
  await dpaSite.close();
  await dpa.close();

  // (on main: "they replied, the move is ours", no day; the reply written at the start of the file's day, today once served, so "next week" is today's)
  const japanSite = await served(context, (html) =>
    fromAnotherSender(html.replaceAll('Thu 12/3/2026 6:20 PM', 'Fri 12/4/2026 12:00 AM'), {
      id: 'SmFwYW4',
      email: 'k.sato@nishikawa-logistics.co.jp',
      name: 'Kenji Sato',
      subject: 'Quote for the three warehouses',
      ours: 'Hi Kenji,<br><br>Attached is our quote for the three warehouses.',
      theirs: 'Sam様<br><br>お見積りありがとうございます。社内稟議のため、来週の金曜日までに正式なお見積書をお送りください。<br><br>佐藤',
    }),
  );
  const japan = await openPanelFor(japanSite);
  await expect(japan.getByTestId('contact-name')).toHaveText('Kenji Sato');
  const today = new Date();
  const nextFriday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7) + 11);
  // (due the working day before their Friday, the reason naming their Friday: on main due today, "by" the Friday itself)
  await expect(japan.getByTestId('next-step-action')).toHaveText(`Do what they asked by ${enDay(dueBefore(nextFriday, today, japanOff))}`);
  await expect(japan.getByTestId('next-step-reason')).toContainText('来週の金曜日までに正式なお見積書をお送りください');
  await expect(japan.getByTestId('next-step-reason')).toContainText(`They asked for something by ${enDay(nextFriday)}`);
});

// PEOPLE's: a colleague writes that the person we wrote to has left and names who has the project now, by a bare name
// (王经理已于上月离职，此项目现由刘敏负责): the successor is written to today, the old contact named as gone.
test('a contact who left, their successor named by a bare name: the card and the draft go to the successor', async ({ context, openPanelFor }) => {
  test.setTimeout(60_000);
  const site = await served(context, (html) => html.replace(THEIR_REPLY, '您好，周经理已于上月离职，此项目现由刘敏负责，邮箱 liumin@huadong-coldchain.example。'));
  const panel = await openPanelFor(site);
  await expect(panel.getByTestId('contact-name')).toHaveText('周敏');
  // (on main: "Follow up: Proposal details and customer success cases.", the draft to 周敏, who has left)
  await expect(panel.getByTestId('next-step-action')).toHaveText(/Contact 刘敏, who took over from 周敏/);
  await expect(panel.getByTestId('next-step-reason')).toContainText('周敏 has left');
  await expect(panel.getByTestId('draft-body')).toHaveValue(/^刘敏您好，\n\n之前我一直在和周敏沟通这件事，听说现在由您接手。/);
});

/**
 * judge4's, the same way (probe3 g12, g14, g09): a security review asked of us in an email is the review step and its pack;
 * someone else chosen before that has not worked out, with a meeting asked, is a come-back answered with two times, not a
 * decision against us re-opened with an offer; a hard no fed up with our emails ends the sequence.
 */
test('a security review asked in an email, a come-back after choosing someone else, a fed-up no', async ({ context, openPanelFor }) => {
  test.setTimeout(90_000);
  // (on main: "Do what they asked, and tell them", the draft "[what you have done…]")
  const reviewSite = await served(context, (html) => html.replace(THEIR_REPLY, '继续推进之前，我们信息安全部需要贵司提供SOC 2报告，并填写附件里的供应商安全评估问卷，麻烦尽快发过来。'));
  const review = await openPanelFor(reviewSite);
  await expect(review.getByTestId('next-step-action')).toHaveText(/Send what their security reviewers need/);
  await expect(review.getByTestId('draft-body')).toHaveValue(/^周敏您好，\n\n了解，贵司要先做一轮安全审查。/);
  await reviewSite.close();
  await review.close();

  // (on main: a decision against us, "Reopen with an offer", the draft offering 本月内免费评估)
  const backSite = await served(context, (html) =>
    fromAnotherSender(html, {
      id: 'QmFja1R3',
      email: 'yijun.chen@hexin-tech.com.tw',
      name: '陳怡君',
      subject: '好久不見',
      ours: '陳經理您好，<br><br>了解，謝謝您告訴我結果。之後若有需要，隨時找我。',
      theirs: 'Sam 您好，好久不見。<br><br>上次我們選了別家，結果用下來不太理想，想再跟您聊聊。下週您方便嗎？<br><br>陳怡君',
    }),
  );
  const back = await openPanelFor(backSite);
  await expect(back.getByTestId('contact-name')).toHaveText('陳怡君');
  await expect(back.getByTestId('next-step-action')).toHaveText(/^Offer two times/);
  await expect(back.getByTestId('next-step-reason')).toContainText('wants to talk again');
  await expect(back.getByTestId('draft-body')).not.toHaveValue(/優惠|免費評估/);
  await backSite.close();
  await back.close();

  // (on main: the brush-off answered, "I will send one two-page case… and call Thursday")
  const fedUpSite = await served(context, (html) =>
    fromAnotherSender(html, {
      id: 'RmVkVXAx',
      email: 'steph@baysidephysio.com.au',
      name: 'Steph Nguyen',
      subject: 'Rostering for Bayside Physio',
      ours: 'Hi Steph, last one from me - still keen to show you the rostering tool!',
      theirs: 'Third email in a fortnight mate. Do you lot ever take a hint? Not interested.',
    }),
  );
  const fedUp = await openPanelFor(fedUpSite);
  await expect(fedUp.getByTestId('contact-name')).toHaveText('Steph Nguyen');
  await expect(fedUp.getByTestId('next-step')).toHaveAttribute('data-kind', 'stop', { timeout: 20_000 });
  await expect(fedUp.getByTestId('next-step-reason')).toContainText('fed up with being chased');
  await expect(fedUp.locator('body')).not.toContainText(/call Thursday|two-page case/);
});
