import { expect, test } from './fixtures';

test('a LinkedIn conversation shows the prospect, their last reply and its objection; the profile and the chat are one contact', async ({ openSitePage, openPanelFor }) => {
  const profile = await openPanelFor(await openSitePage('https://www.linkedin.com/in/priya-raman-0c9d2e/'));
  await expect(profile.getByTestId('contact-name')).toHaveText('Priya Raman');

  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/messaging/thread/2-MTcxODAxMDcyMDAwMGIwMDAx/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Priya Raman');
  // Her two messages in a row are one reply.
  await expect(panel.locator('.reply-quote')).toHaveText(
    'Hi Sam, it is a real pain, yes.\n\nBut we are in the middle of our year-end audit, so not now. Can you reach out again in September?',
  );
  await expect(panel.getByTestId('objection-category')).toHaveText('Not now');
  await expect(panel.getByTestId('objection-question')).toHaveText('Is it that this quarter is full, or that the problem is not a priority yet?');
  await expect(panel.getByTestId('touch-count')).toContainText('Touches: 3');

  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);
});
