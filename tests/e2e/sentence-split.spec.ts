import { routeUrl, SERVED_ROUTES } from '../../demo/routes';
import { expect, test } from './fixtures';

const FILE = 'outlook/thread--security-after-price-zh--2026-12-04.html';

test('a security review written after a settled price and a half-width full stop (价格这块没有问题.不过…资安团队要先审一下): the draft offers what the reviewers ask for', async ({ openSitePage, openPanelFor }) => {
  const route = SERVED_ROUTES.find((r) => r.file === FILE);
  if (!route) throw new Error(`no demo route serves ${FILE}`);
  const panel = await openPanelFor(await openSitePage(routeUrl(route)));
  await expect(panel.getByTestId('contact-name')).toHaveText('周敏');
  // Her signature (周敏 / 华东冷链 运营总监, no sign-off above the name) is no part of the reply the card quotes.
  await expect(panel.locator('.reply-quote')).toHaveText('Sam 你好，\n\n报价看过了，价格这块没有问题.不过我们资安团队要先审一下，审完再走合同。');
  // (on main's build "没有问题" and the review were one sentence, the review read as settled: a plain follow-up with a SPIN question)
  const draft = panel.getByTestId('draft-body');
  await expect(draft).toHaveValue(/^周敏您好，\n\n了解，贵司要先做一轮安全审查。/);
  await expect(draft).toHaveValue(/数据处理协议（DPA）/);
  await expect(draft).not.toHaveValue(/接着我上次的消息跟进一下/);
});
