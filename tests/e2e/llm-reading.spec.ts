import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeScan } from './axe';
import { turnOnLlm } from './llm-helpers';
import { REVIEW_SHOTS } from './review-shots';

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const REPLY_WORDS = 'the price is too high for us at 48k';

interface Chat {
  messages: { role: string; content: string }[];
}

/** The panel on the price thread, once the offline reader has read Mei's reply. */
async function priceThreadPanel(openSitePage: (url: string) => Promise<Page>, openPanelFor: (page: Page) => Promise<Page>): Promise<{ panel: Page; offlineConfidence: string }> {
  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(panel.getByTestId('llm-read')).toBeVisible();
  const line = (await panel.getByTestId('objection').locator('p').first().textContent()) ?? '';
  const offlineConfidence = /\((\d+)%\)/.exec(line)?.[1] ?? '';
  expect(offlineConfidence).toMatch(/^\d+$/);
  return { panel, offlineConfidence };
}

test('the LLM reading appears beside the offline one, and a disagreement is shown, never resolved', async ({ context, extensionId, openSitePage, openPanelFor, llm }) => {
  await turnOnLlm(context, extensionId, llm);
  const before = llm.requests.length;
  const { panel, offlineConfidence } = await priceThreadPanel(openSitePage, openPanelFor);
  const reading = panel.getByTestId('llm-reading');
  const offline = panel.getByTestId('objection-category');

  // What will be sent, before anything is: her words, under the reading instructions; no address.
  await reading.getByTestId('llm-reading-preview').locator('summary').click();
  const preview = JSON.parse((await reading.getByTestId('llm-reading-preview-body').textContent()) ?? '') as Chat;
  expect(preview.messages[0]?.content).toContain('Task: read the reply');
  expect(preview.messages[1]?.content).toContain(REPLY_WORDS);
  expect(JSON.stringify(preview)).not.toContain('@');
  expect(llm.requests.length).toBe(before);

  // The LLM agrees: its category, the concern and her words it points at, beside the offline reading.
  llm.script({ kind: 'normal', answer: JSON.stringify({ category: 'price', hiddenConcern: 'She may not be able to sign off 48k alone.', evidence: REPLY_WORDS }) });
  await reading.getByTestId('llm-read').click();
  await expect(reading.getByTestId('llm-reading-category')).toHaveText('Too expensive');
  await expect(reading.getByTestId('llm-reading-concern')).toHaveText('She may not be able to sign off 48k alone.');
  await expect(reading.getByTestId('llm-reading-evidence')).toHaveText(REPLY_WORDS);
  await expect(reading.getByTestId('llm-reading-comparison')).toHaveText('The LLM and the offline reader agree.');
  await expect(reading.getByTestId('llm-reading-comparison')).toHaveAttribute('data-agree', 'yes');
  expect((llm.requests.at(-1)?.body as Chat).messages).toEqual(preview.messages);

  // The LLM disagrees: both readings stay on screen and one line says so. Evidence that is not
  // in her reply is dropped; what the model wrote is text, never markup.
  llm.script({ kind: 'normal', answer: JSON.stringify({ category: 'budget', hiddenConcern: 'This year’s budget is spent <img src=x onerror="document.title=\'pwned\'">', evidence: 'we have no money left' }) });
  await reading.getByTestId('llm-read').click();
  await expect(reading.getByTestId('llm-reading-category')).toHaveText('No budget');
  await expect(reading.getByTestId('llm-reading-comparison')).toHaveText(
    `The LLM reads this as No budget; the offline reader says Too expensive (${offlineConfidence}%). Both are shown: you decide.`,
  );
  await expect(reading.getByTestId('llm-reading-comparison')).toHaveAttribute('data-agree', 'no');
  await expect(reading.getByTestId('llm-reading-concern')).toContainText('<img src=x onerror=');
  await expect(reading.locator('img, script')).toHaveCount(0);
  await expect(reading.getByTestId('llm-reading-evidence')).toHaveCount(0);
  await expect(offline).toHaveText('Too expensive');
  await expect(panel.getByTestId('objection-evidence')).toHaveText(/price is too high/);
  expect(await panel.title()).not.toBe('pwned');
  expect(llm.requests.length).toBe(before + 2);
});

test('a garbage answer, a refused key or no answer in time each say so; the offline reading stays', async ({ context, extensionId, openSitePage, openPanelFor, llm }) => {
  test.setTimeout(45_000);
  await turnOnLlm(context, extensionId, llm, 3);
  const { panel } = await priceThreadPanel(openSitePage, openPanelFor);
  const reading = panel.getByTestId('llm-reading');
  const host = `127.0.0.1:${String(llm.port)}`;
  const cases: [Parameters<typeof llm.script>[0], string][] = [
    [{ kind: 'normal', answer: 'Sure! This one is about money, I would say.' }, 'The model’s answer was not in the expected form, so it was not used.'],
    [{ kind: 'normal', answer: JSON.stringify({ category: 'discount', hiddenConcern: 'x', evidence: REPLY_WORDS }) }, 'The model’s answer was not in the expected form, so it was not used.'],
    [{ kind: 'status', status: 401 }, `${host} refused the API key (HTTP 401). Check the key in Settings.`],
    [{ kind: 'slow-first-token', answer: '{}', delayMs: 4500 }, `No answer from ${host} within 3 seconds.`],
  ];
  for (const [behaviour, message] of cases) {
    llm.script(behaviour);
    await reading.getByTestId('llm-read').click();
    await expect(reading.getByTestId('llm-reading-error')).toContainText(message);
    await expect(reading.getByTestId('llm-reading-error')).toContainText('The offline reading is unchanged.');
    await expect(reading.getByTestId('llm-reading-result')).toHaveCount(0);
    await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  }
  // Nothing else broke: the other cards are still there.
  await expect(panel.getByTestId('draft-body')).toHaveValue(/^Hi Mei,/);
  await expect(panel.getByTestId('card-failed')).toHaveCount(0);
});

test('in Chinese, the concern is asked for in the UI language and the comparison reads natively; the reading passes an accessibility check', async ({ context, extensionId, openSitePage, openPanelFor, llm }) => {
  await turnOnLlm(context, extensionId, llm);
  const { panel, offlineConfidence } = await priceThreadPanel(openSitePage, openPanelFor);
  await panel.setViewportSize({ width: 360, height: 1400 });
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(panel.locator('.app')).toHaveAttribute('lang', 'zh-Hans');
  const reading = panel.getByTestId('llm-reading');
  llm.script({ kind: 'normal', answer: JSON.stringify({ category: 'budget', hiddenConcern: '今年的预算可能已经用完了，她不好开口。', evidence: REPLY_WORDS }) });
  await reading.getByTestId('llm-read').click();
  await expect(reading.getByTestId('llm-reading-category')).toHaveText('没有预算');
  await expect(reading.getByTestId('llm-reading-concern')).toHaveText('今年的预算可能已经用完了，她不好开口。');
  await expect(reading.getByTestId('llm-reading-evidence')).toHaveText(REPLY_WORDS);
  await expect(reading.getByTestId('llm-reading-comparison')).toHaveText(`大模型认为这是“没有预算”，离线分析则认为是“价格太贵”（${offlineConfidence}%）。两种判断都列在这里，由你决定。`);
  expect((llm.requests.at(-1)?.body as Chat).messages[0]?.content).toContain('one short sentence in Simplified Chinese');

  const results = await axeScan(panel, '[data-testid="llm-reading"]');
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  mkdirSync('tests/output/screenshots', { recursive: true });
  if (REVIEW_SHOTS) await reading.screenshot({ path: 'tests/output/screenshots/llm-reading-zh-Hans.png' });
});

test('with the LLM off there is no LLM reading at all', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(panel.getByTestId('draft-body')).toHaveValue(/^Hi Mei,/);
  await expect(panel.getByTestId('llm-reading')).toHaveCount(0);
});
