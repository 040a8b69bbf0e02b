import { expect, test } from './fixtures';

test('an Outlook thread shows the prospect and their next step (their GM on Friday: wait until the working day after); the draft goes into the Outlook reply box', async ({ openSitePage, openPanelFor }) => {
  const outlook = await openSitePage('https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D');
  const panel = await openPanelFor(outlook);
  await expect(panel.getByTestId('contact-name')).toHaveText('Li Wei');
  await expect(panel.getByTestId('contact-source')).toHaveText('Outlook');
  await expect(panel.getByTestId('conversation-subject')).toHaveText('Re: Pilot at Lotus Foods');
  // Outlook's quoted header and the earlier message ("no budget risk") are not read as hers.
  await expect(panel.locator('.reply-quote')).not.toContainText('budget');
  // "I need my boss to sign off… I will take it to our GM on Friday": their own step on a day they named, so the move
  // is theirs until the working day after it, not the authority objection answered within two days.
  await expect(panel.getByTestId('next-step-action')).toContainText('Wait for their answer; follow up on ');
  await expect(panel.getByTestId('next-step-reason')).toContainText('“I will take it to our GM on Friday.”');
  await expect(panel.getByTestId('objection-category')).toHaveCount(0);

  const replyBox = outlook.locator('div[aria-label^="Message body"][contenteditable="true"]');
  await replyBox.click();
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText('Inserted into the reply box. Review it and send it yourself.');
  await expect(replyBox).toContainText('Otherwise I will check in on');
  await expect(outlook.locator('input[aria-label="Add a subject"]')).toHaveValue('Re: Pilot at Lotus Foods');
});

test('an Outlook page whose layout is not recognised shows the error', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://outlook.office.com/mail/inbox/id/AAQkBrokenLayout'));
  await expect(panel.getByTestId('layout-error')).toContainText('Outlook layout not recognised');
  await expect(panel.getByTestId('contact-name')).toHaveCount(0);
});
