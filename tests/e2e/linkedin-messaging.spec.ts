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

  // She confirmed the pain in her own words: the BANT card says so instead of "need not confirmed",
  // and one click records it (tier C → B: need clear, budget not yet confirmed).
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier C');
  await expect(panel.getByTestId('bant-need-heard')).toContainText('They said it themselves: “it is a real pain, yes.” The need looks clear.');
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(panel.getByTestId('bant-need-heard')).toContainText('對方親口說了：「it is a real pain, yes.」需求看來是明確的。');
  await panel.getByTestId('language-select').selectOption('en');
  await panel.getByTestId('bant-need-accept').click();
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier B');
  await expect(panel.getByTestId('bant-need')).toHaveValue('clear');
  await expect(panel.getByTestId('bant-need-heard')).toHaveCount(0);

  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);
});

test('"reach out again in September" puts her off until then: no pushy draft, off Today, and back on Today on that date', async ({ ownBrowser }) => {
  const { openSitePage, openPanelFor } = ownBrowser;
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/messaging/thread/2-MTcxODAxMDcyMDAwMGIwMDAx/'));
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'snooze');
  await expect(panel.getByTestId('next-step-reason')).toContainText('They asked to talk again “September”');
  const until = new Date((await panel.getByTestId('next-step-due').getAttribute('data-due')) ?? '');
  expect(until.getMonth()).toBe(8);
  expect(until.getDate()).toBe(1);
  expect(until.getTime()).toBeGreaterThan(Date.now());
  // The draft acknowledges the date instead of pushing.
  await expect(panel.getByTestId('draft-body')).toHaveValue(/Understood, thank you\. I will get back to you on September 1(, \d{4})?\./);
  await expect(panel.getByTestId('draft-body')).not.toHaveValue(/valid this month|free assessment/);

  // Today: she is waiting, not due.
  await panel.getByTestId('nav-today').click();
  await expect(panel.getByTestId('today-empty').or(panel.getByTestId('today'))).toBeVisible();
  await expect(panel.getByTestId('today-row').filter({ hasText: 'Priya Raman' })).toHaveCount(0);

  // On the day she named, she is back on Today: follow up, as she asked.
  await panel.clock.setFixedTime(new Date(until.getFullYear(), until.getMonth(), until.getDate(), 9, 30));
  await panel.reload();
  await panel.getByTestId('nav-today').click();
  const row = panel.getByTestId('today-row').filter({ hasText: 'Priya Raman' });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-kind', 'follow_up');
  await expect(row.getByTestId('today-row-meta')).toContainText('Tier C');
});
