import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { shiftForToday } from '../../demo/shift-dates';
import { expect, test } from './fixtures';

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const FIXTURE = 'gmail/thread--objection-price--2024-06-12.html';
const MEI_SAID = 'Thanks for the proposal. The team liked the demo, but honestly the price is too high for us at 48k. Is there any flexibility?';

/**
 * A page of the test's own under a site's real host name, in the shared browser: the route is the
 * tab's, so it ends with the tab and no other test sees it. Each test's store starts empty (the
 * fixtures clear it), so a correction, an imported playbook or its case library does not outlive
 * its test: a browser of the test's own is not needed.
 */
async function openServedPage(context: BrowserContext, url: string, body: string): Promise<Page> {
  const page = await context.newPage();
  await page.route(`${url.replace(/#.*$/, '')}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto(url);
  return page;
}

/**
 * Another prospect, another Gmail account, saying nearly what Mei said: the same page, a different
 * person and wording, served under Gmail's own host like every fixture.
 */
async function openSimilarThread(context: BrowserContext): Promise<Page> {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures', FIXTURE), 'utf8')
    .replaceAll('mei.chen@orchid-precision.example', 'lucy.wong@harbourline.example')
    .replaceAll('Mei Lin Chen', 'Lucy Wong')
    .replaceAll('>Mei<', '>Lucy<')
    .replace(MEI_SAID, 'Thanks for the quote. Our people liked the demo, but honestly the price is too high for us at 52k. Any flexibility at all?');
  return openServedPage(context, 'https://mail.google.com/mail/u/5/#inbox/FMfcgzQVxLucyWongSimilarReply', shiftForToday(html, FIXTURE, new Date()));
}

test('a correction changes the reading of this reply and of a similar one at once, and can be undone', async ({ context, openSitePage, openPanelFor }) => {
  // Before: the reader says price for both.
  const similarPanel = await openPanelFor(await openSimilarThread(context));
  await expect(similarPanel.getByTestId('contact-name')).toHaveText('Lucy Wong');
  await expect(similarPanel.getByTestId('objection-category')).toHaveText('Too expensive');

  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(panel.getByTestId('reading-controls')).toHaveAttribute('data-source', 'model');
  await expect(panel.getByTestId('objection-confidence')).toHaveText(/\(\d+%\)/);

  // The rep knows better: it is the budget. One choice, and the card follows at once.
  await panel.getByTestId('reading-correct').selectOption('budget');
  await expect(panel.getByTestId('reading-corrected')).toContainText('similar replies are now read as No budget');
  await expect(panel.getByTestId('objection-category')).toHaveText('No budget');
  await expect(panel.getByTestId('next-step-reason')).toContainText('No budget');
  // The rep's word is not the reader's guess: no "(98%)" beside the reading they chose, here or on a similar reply.
  await expect(panel.getByTestId('objection-confidence')).toHaveCount(0);

  // Lucy's reply, never corrected, is read the same way, and says why.
  await expect(similarPanel.getByTestId('objection-category')).toHaveText('No budget');
  await expect(similarPanel.getByTestId('reading-source')).toHaveText('Read the way you corrected a similar reply.');
  await expect(similarPanel.getByTestId('objection-confidence')).toHaveCount(0);

  // Undo: both back to the reader's own reading.
  await panel.getByTestId('reading-undo').click();
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(similarPanel.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(similarPanel.getByTestId('reading-source')).toHaveCount(0);
  await expect(panel.getByTestId('objection-confidence')).toBeVisible();
});

test('a team playbook with a case library teaches a fresh profile’s reader; the rep’s corrections export into it', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const playbook = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lib/playbook/default/playbook.json'), 'utf8')) as Record<string, unknown>;
  playbook.cases = [
    { category: 'budget', text: 'Thanks for the proposal. The team liked the demo, but honestly the price is too high for us at 45k. Is there any flexibility?' },
    { category: 'price', text: '太贵了' },
  ];

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByTestId('playbook-cases')).toContainText('Case library: 0');
  await settings.getByTestId('playbook-file').setInputFiles({ name: 'team-playbook.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(playbook)) });
  await expect(settings.getByTestId('import-result')).toContainText('team-playbook.json');
  await expect(settings.getByTestId('playbook-cases')).toContainText('Case library: 2');

  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  await expect(panel.getByTestId('objection-category')).toHaveText('No budget');
  await expect(panel.getByTestId('reading-source')).toHaveText('Read from your team’s case library.');

  // The rep disagrees for this reply; the correction goes into the exported library.
  await panel.getByTestId('reading-correct').selectOption('value');
  await expect(panel.getByTestId('objection-category')).toHaveText('Not sure it pays off');
  await settings.reload();
  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByTestId('export-corrections').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { cases: { category: string; text: string }[] };
  expect(exported.cases).toContainEqual({ category: 'value', text: expect.stringContaining(MEI_SAID) as unknown as string });
  expect(exported.cases).toContainEqual({ category: 'price', text: '太贵了' });
});

test('a reply with two concerns offers both readings, neither sure, and the rep’s pick decides', async ({ context, openPanelFor }) => {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures', FIXTURE), 'utf8').replace(
    MEI_SAID,
    'Thanks for the proposal. The team liked the demo, but honestly the timing is bad and the price is too high for us at 48k.',
  );
  const panel = await openPanelFor(await openServedPage(context, 'https://mail.google.com/mail/u/6/#inbox/FMfcgzQVxMeiTwoConcerns', shiftForToday(html, FIXTURE, new Date())));

  const unsure = panel.getByTestId('reading-unsure');
  await expect(unsure).toBeVisible();
  await expect(unsure.getByTestId('reading-pick')).toHaveCount(2);
  // The two readings' names quoted inside the question, not run into it ("is it Too expensive or Not now?").
  await expect(unsure.locator('p').first()).toHaveText('Not sure which it is: “Too expensive” or “Not now”?');
  await expect(unsure.getByTestId('reading-pick').nth(0)).toHaveAttribute('data-category', 'price');
  await expect(unsure.getByTestId('reading-pick').nth(1)).toHaveAttribute('data-category', 'timing');
  // The card's heading says it is unsure between the two, not "Too expensive (35%)".
  await expect(panel.getByTestId('objection-heading')).toHaveText('Too expensive or Not now? Not sure which.');
  await expect(panel.getByTestId('objection-confidence')).toHaveCount(0);
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(panel.getByTestId('objection-heading')).toHaveText('價格太貴，還是時機不對？不太確定。');
  await panel.getByTestId('language-select').selectOption('en');

  // The rep says which one matters: the card reads it so, and the guess is gone.
  await unsure.locator('[data-category="timing"]').click();
  await expect(panel.getByTestId('objection-category')).toHaveText('Not now');
  await expect(panel.getByTestId('reading-unsure')).toHaveCount(0);
  await expect(panel.getByTestId('objection-heading')).toHaveAttribute('data-unsure', 'no');
});

test('a plain question about the contract’s terms is no objection; asking for other terms is', async ({ context, openPanelFor }) => {
  const served = (reply: string, id: string) => {
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures', FIXTURE), 'utf8').replace(MEI_SAID, reply);
    return openServedPage(context, `https://mail.google.com/mail/u/7/#inbox/${id}`, shiftForToday(html, FIXTURE, new Date()));
  };
  // Asking what the terms are (the model alone read it as the contract objection, sure).
  const asks = await openPanelFor(await served('Thanks for the proposal. How long is the minimum contract term?', 'FMfcgzQVxMeiAsksTheTerm'));
  // Their question comes first and their words fold to one line; open, the reading the rep may
  // correct is "no objection": the choices offer the contract objection, not "no objection".
  await expect(asks.locator('[data-card="reply"]')).toHaveAttribute('data-open', 'false');
  await asks.getByTestId('fold-reply').click();
  const choices = asks.getByTestId('reading-correct');
  await expect(choices.locator('option[value="contract"]')).toHaveCount(1);
  await expect(choices.locator('option[value="none"]')).toHaveCount(0);
  await expect(asks.getByTestId('objection-category')).toHaveCount(0);
  await expect(asks.getByTestId('reading-unsure')).toHaveCount(0);

  // Asking for other terms is the contract objection, as before.
  const wantsOther = await openPanelFor(await served('Thanks for the proposal. A 36-month term is too long for us. Can we do 12 months instead?', 'FMfcgzQVxMeiWantsOtherTerms'));
  await expect(wantsOther.getByTestId('objection-category')).toHaveText('Contract terms do not work');
});
