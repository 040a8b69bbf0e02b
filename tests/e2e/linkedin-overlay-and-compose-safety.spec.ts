import { expect, test } from './fixtures';

test('a conversation open in LinkedIn’s chat overlay is read with the profile beneath it', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/overlay/chat/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  await expect(panel.getByTestId('contact-company')).toHaveText('Orchid Precision Manufacturing');
  await expect(panel.locator('.reply-quote')).toHaveText('It did, thanks. Honestly our spreadsheets work fine for now.');
  await expect(panel.getByTestId('objection-category')).toHaveText('What we have works');
});

test('in Gmail (Trusted Types enforced) a draft goes before the signature when the caret is not in the body', async ({ openSitePage, openPanelFor }) => {
  const gmail = await openSitePage('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW');
  // The demo serves Gmail with Trusted Types enforced, as Gmail does: innerHTML is refused there.
  expect(await gmail.evaluate(() => {
    try {
      // eslint-disable-next-line no-restricted-syntax -- proving the page refuses it
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch {
      return 'refused';
    }
  })).toBe('refused');
  const panel = await openPanelFor(gmail);
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  await panel.getByTestId('draft-body').fill('Happy to phase the start.');
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText('Inserted into the reply box. Review it and send it yourself.');
  const text = await gmail.locator('div[g_editable="true"]').innerText();
  expect(text.indexOf('Happy to phase the start.')).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('Happy to phase the start.')).toBeLessThan(text.indexOf('Sam Lee | SOP Copilot Demo Co.'));
});
