import { expect, test } from './fixtures';

test('an Outlook thread shows the prospect and their next step (their GM on Friday: a one-page summary before it, the check-in the working day after); the draft goes into the Outlook reply box', async ({ openSitePage, openPanelFor }) => {
  const outlook = await openSitePage('https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D');
  const panel = await openPanelFor(outlook);
  await expect(panel.getByTestId('contact-name')).toHaveText('Li Wei');
  await expect(panel.getByTestId('contact-source')).toHaveText('Outlook');
  await expect(panel.getByTestId('conversation-subject')).toHaveText('Re: Pilot at Lotus Foods');
  // Outlook's quoted header and the earlier message ("no budget risk") are not read as hers.
  await expect(panel.locator('.reply-quote')).not.toContainText('budget');
  // "I need my boss to sign off… I will take it to our GM on Friday": Li presents it to the GM without us on a day she
  // named, so the one-page summary goes to her before it and the check-in is the working day after (was "thank and wait").
  await expect(panel.getByTestId('next-step-action')).toContainText('Help Li make the case to their GM: a one-page summary');
  await expect(panel.getByTestId('next-step-reason')).toContainText('“I will take it to our GM on Friday.”');
  await expect(panel.getByTestId('next-step-reason')).toContainText(/check in on \w{3} \d{1,2}, \d{4} to hear how it went/);
  await expect(panel.getByTestId('objection-category')).toHaveCount(0);

  const replyBox = outlook.locator('div[aria-label^="Message body"][contenteditable="true"]');
  await replyBox.click();
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText('Inserted into the reply box. Review it and send it yourself.');
  await expect(replyBox).toContainText('Thank you for taking this to your GM.');
  await expect(replyBox).toContainText('I will check in with you on');
  await expect(replyBox).not.toContainText('while you look at it');
  // In Chinese the step and the header's button say the same (the draft stays in her language).
  for (const [locale, step, button] of [['zh-Hans', '一页纸摘要', '发一页纸摘要'], ['zh-Hant', '一頁摘要', '寄一頁摘要']] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.getByTestId('next-step-action')).toContainText(step);
    await expect(panel.getByTestId('header-action')).toHaveText(button);
  }
  await expect(outlook.locator('input[aria-label="Add a subject"]')).toHaveValue('Re: Pilot at Lotus Foods');
});

test('an Outlook page whose layout is not recognised shows the error', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://outlook.office.com/mail/inbox/id/AAQkBrokenLayout'));
  await expect(panel.getByTestId('layout-error')).toContainText('Outlook layout not recognised');
  await expect(panel.getByTestId('contact-name')).toHaveCount(0);
});
