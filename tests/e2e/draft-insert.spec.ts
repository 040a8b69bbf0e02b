import { expect, test } from './fixtures';

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';

test('the follow-up draft answers the objection and goes into the Gmail reply box as typed, never sent', async ({ openSitePage, openPanelFor }) => {
  const gmail = await openSitePage(PRICE_THREAD);
  const panel = await openPanelFor(gmail);
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');

  const draft = panel.getByTestId('draft-body');
  await expect(draft).toHaveValue(/^Hi Mei,\n\nThank you for being open about it\. We can start with the core module for one team and split payments/);
  await expect(draft).toHaveValue(/Is it the budget limit, or are you unsure the results justify the price\?/);
  // In a Chinese UI the reply to an English email stays English.
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  // The subject follows the thread.
  await expect(panel.getByTestId('draft-subject')).toContainText('Re: Proposal for Orchid Precision');
  await expect(draft).toHaveValue(/^Hi Mei,/);
  await panel.getByTestId('language-select').selectOption('en');

  // The rep edits the draft, then clicks into Gmail's reply box and inserts it from the panel.
  await draft.fill('Hi Mei,\n\nHappy to start with one line and split the payments. Does that help?');
  const replyBox = gmail.locator('div[g_editable="true"]');
  await replyBox.click();
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText('Inserted into the reply box. Review it and send it yourself.');
  await expect(replyBox).toContainText('Happy to start with one line and split the payments. Does that help?');
  // Into the body only: the subject is untouched, nothing was sent.
  await expect(gmail.locator('input[name="subjectbox"]')).toHaveValue('Re: Proposal for Orchid Precision');

  // Gmail's own undo takes the insertion back, as with typing.
  await replyBox.click();
  await gmail.keyboard.press('Control+Z');
  await expect(replyBox).not.toContainText('Happy to start');

  // Inserted with the caret elsewhere (the rep clicked the thread's subject): the draft goes on the
  // body's first, empty line, with no blank line above the greeting, and stays above the signature.
  await gmail.locator('h2.hP').click();
  await panel.getByTestId('draft-insert').click();
  await expect.poll(() => replyBox.evaluate((box) => (box as HTMLElement).innerText)).toMatch(/^Hi Mei,\n/);
  expect(await replyBox.evaluate((box) => (box as HTMLElement).innerText)).toMatch(/Does that help\?\n[\s\S]*Sam Lee/);
});

test('with no reply box open, inserting says so and changes nothing', async ({ openSitePage, openPanelFor }) => {
  const gmail = await openSitePage('https://mail.google.com/mail/u/1/#inbox/16e3b2a1c0d9e8f7');
  const panel = await openPanelFor(gmail);
  await expect(panel.getByTestId('buying-signal').first()).toBeVisible();
  // The prospect wrote in Chinese: the draft is in Chinese whatever the UI language, and answers the instalments they asked about.
  await expect(panel.getByTestId('draft-body')).toHaveValue(/^王小明您好，\n\n好消息，谢谢您！关于付款（“另外能不能分三期付款\?”）：可以/);
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText('No reply or compose box is open in this tab. Click Reply, then insert again.');
});
