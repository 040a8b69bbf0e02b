import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REVIEW_SHOTS } from './review-shots';

/** The options a question offers, as shown. */
const optionsOf = (panel: Page) => panel.getByTestId('drill-option').allTextContents();

test('the drill offers no overlapping category as a wrong answer and labels its feedback, in three languages', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await panel.getByTestId('nav-drill').click();
  const prompt = panel.getByTestId('drill-prompt');
  await expect(prompt).toHaveAttribute('data-question', 'concern:price:0');
  // A no-budget concern hides "Too expensive": "No budget" (and the other categories price meets) are not offered beside it.
  await expect(prompt).toHaveText('A prospect’s objection hides this concern: “No budget: this year’s budget has no room for it”. Which objection is it?');
  const en = await optionsOf(panel);
  expect(en).toContain('Too expensive');
  for (const near of ['No budget', 'Not sure it pays off', 'A competitor is cheaper or better', 'Contract terms do not work']) expect(en).not.toContain(near);
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(prompt).toHaveText('客户的异议背后是这个顾虑：“没预算：今年的预算里没有这笔钱”。这属于哪一类异议？');
  const hans = await optionsOf(panel);
  expect(hans).toContain('价格太贵');
  expect(hans).not.toContain('没有预算');
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(prompt).toHaveText('客戶的異議背後是這個顧慮：「沒預算：今年的預算裡沒有這筆錢」。這屬於哪一類異議？');
  expect(await optionsOf(panel)).not.toContain('沒有預算');

  // A wrong answer: the verdict, then labelled lines, and "Next question" apart from the playbook link.
  const wrong = panel.getByTestId('drill-option').filter({ hasNotText: '價格太貴' }).first();
  const wrongText = (await wrong.textContent()) ?? '';
  await wrong.click();
  await expect(panel.getByTestId('drill-verdict')).toHaveText('不太對。');
  const feedback = panel.getByTestId('drill-feedback');
  await expect(feedback.locator('dt')).toHaveText(['你的答案', '手冊的答案', '原因']);
  await expect(panel.getByTestId('drill-your-answer')).toHaveText(wrongText);
  await expect(panel.getByTestId('drill-answer')).toHaveText('價格太貴');
  await expect(panel.getByTestId('drill-why')).toHaveText('這是「價格太貴」背後可能的顧慮。可以這樣問清楚：是預算有限制，還是不確定效果值這個價？');
  await expect(panel.getByTestId('drill-score')).toHaveText('得分：0 / 1');
  // For a reviewer: the feedback at a side panel's width.
  await panel.setViewportSize({ width: 360, height: 800 });
  if (REVIEW_SHOTS) await panel.screenshot({ path: 'tests/output/screenshots/drill-feedback-zh-Hant.png', fullPage: true });

  await panel.getByTestId('language-select').selectOption('en');
  await expect(feedback.locator('dt')).toHaveText(['Your answer', 'The playbook’s answer', 'Why']);
  await expect(panel.getByTestId('drill-verdict')).toHaveText('Not quite.');
  await expect(panel.getByTestId('drill-why')).not.toContainText('.”.');

  // On to the BANT tier question (the fourth): a right answer shows no second answer line.
  await panel.getByTestId('drill-next').click();
  await expect(prompt).toHaveAttribute('data-question', /^response:/);
  await expect(prompt).toHaveText(/^The prospect objects: “[^”]+”\. Which answer fits\?$/);
  await panel.getByTestId('drill-option').first().click();
  await panel.getByTestId('drill-next').click();
  await expect(prompt).toHaveAttribute('data-question', 'exit:prospect');
  await panel.getByTestId('drill-option').first().click();
  await panel.getByTestId('drill-next').click();
  await expect(prompt).toHaveAttribute('data-question', 'tier:0');
  await panel.getByTestId('drill-option').filter({ hasText: 'Tier A' }).click();
  await expect(panel.getByTestId('drill-verdict')).toHaveText('Right.');
  await expect(feedback.locator('dt')).toHaveText(['Your answer', 'Why']);
  await expect(panel.getByTestId('drill-your-answer')).toHaveText('Tier A');
});

test('the drill by stage or objection: the selector narrows it, the dashboard’s link lands on it, the playbook link stands apart from "Next question"', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await panel.getByTestId('nav-drill').click();
  await panel.getByTestId('drill-area').selectOption('stage:negotiate');
  const prompt = panel.getByTestId('drill-prompt');
  const seen = new Set<string>();
  let wrongSeen = 0;
  for (let i = 0; i < 4; i++) {
    await expect(prompt).toHaveAttribute('data-question', /^(exit|task):negotiate(:\d)?$/);
    const id = (await prompt.getAttribute('data-question')) ?? '';
    seen.add(id);
    await expect(prompt).toContainText('Quote and negotiation');
    // The first option, right or wrong: where it is wrong, the playbook link shows beside "Next question".
    await panel.getByTestId('drill-option').first().click();
    await expect(panel.getByTestId('drill-feedback')).toBeVisible();
    if ((await panel.getByTestId('drill-verdict').getAttribute('class'))?.includes('wrong')) {
      wrongSeen++;
      const next = await panel.getByTestId('drill-next').boundingBox();
      const read = await panel.getByTestId('drill-read').boundingBox();
      expect(next && read).toBeTruthy();
      if (next && read) {
        const apartSideways = read.x - (next.x + next.width);
        const apartDown = read.y - (next.y + next.height);
        // Side by side with a clear gap, or on a line of its own.
        expect(apartSideways >= 16 || apartDown >= 6, `Next ${JSON.stringify(next)} vs read ${JSON.stringify(read)}`).toBe(true);
      }
    }
    await panel.getByTestId('drill-next').click();
  }
  // Each of the stage's questions before any comes back: its exit and its three key tasks.
  expect(seen.size).toBe(4);
  expect(wrongSeen).toBeGreaterThan(0);
  await expect(panel.getByTestId('drill-score')).toHaveText(/^Score: \d of 4$/);

  await panel.getByTestId('drill-area').selectOption('objection:timing');
  await expect(prompt).toHaveAttribute('data-question', /^(concern|response):timing(:\d)?$/);

  // The dashboard's "practise" link: the panel as a tab with ?view=drill&area=…
  const drill = await context.newPage();
  await drill.goto(`chrome-extension://${extensionId}/sidepanel.html?view=drill&area=${encodeURIComponent('objection:budget')}`);
  await expect(drill.getByTestId('drill-area')).toHaveValue('objection:budget');
  await expect(drill.getByTestId('drill-prompt')).toHaveAttribute('data-question', /^(concern|response):budget(:\d)?$/);
  await drill.getByTestId('language-select').selectOption('zh-Hans');
  await expect(drill.getByTestId('drill-area').locator('option:checked')).toHaveText('没有预算');
  await drill.getByTestId('language-select').selectOption('en');
  await drill.goto(`chrome-extension://${extensionId}/sidepanel.html?view=drill&area=stage:qualify`);
  await expect(drill.getByTestId('drill-prompt')).toHaveAttribute('data-question', /^(exit:qualify|task:qualify:\d|tier:\d)$/);
  // An area the drill does not know is no link: the trainee's own last choice (timing, above) holds.
  await drill.goto(`chrome-extension://${extensionId}/sidepanel.html?view=drill&area=stage:nowhere`);
  await expect(drill.getByTestId('drill-area')).toHaveValue('objection:timing');
});

test('the drill’s chosen area is remembered after the panel closes; a practise link shows its own area without forgetting it', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const site = await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/');
  const first = await openPanelFor(site);
  await first.getByTestId('nav-drill').click();
  // A fresh profile: every area.
  await expect(first.getByTestId('drill-area')).toHaveValue('');
  await first.getByTestId('drill-area').selectOption('stage:negotiate');
  await expect(first.getByTestId('drill-prompt')).toHaveAttribute('data-question', /^(exit|task):negotiate(:\d)?$/);
  // Stored before the panel goes away (the write is not waited on by the select).
  await expect.poll(() => first.evaluate(async () => (await chrome.storage.local.get('drillArea'))['drillArea']), { timeout: 10_000 }).toBe('stage:negotiate');
  await first.close();

  // The panel opened again, as after closing the side panel: the drill is where the trainee left it.
  const second = await openPanelFor(site);
  await second.getByTestId('nav-drill').click();
  await expect(second.getByTestId('drill-area')).toHaveValue('stage:negotiate');
  await expect(second.getByTestId('drill-prompt')).toHaveAttribute('data-question', /^(exit|task):negotiate(:\d)?$/);
  await second.getByTestId('language-select').selectOption('zh-Hant');
  await expect(second.getByTestId('drill-area').locator('option:checked')).toHaveText('報價與談判');
  await second.getByTestId('language-select').selectOption('en');

  // The dashboard's link to another area shows that area for this visit ...
  const linked = await context.newPage();
  await linked.goto(`chrome-extension://${extensionId}/sidepanel.html?view=drill&area=${encodeURIComponent('objection:price')}`);
  await expect(linked.getByTestId('drill-area')).toHaveValue('objection:price');
  await linked.close();
  // ... and the trainee's own choice is still the one the panel comes back to; "every area" is a choice too.
  await second.reload();
  await second.getByTestId('nav-drill').click();
  await expect(second.getByTestId('drill-area')).toHaveValue('stage:negotiate');
  await second.getByTestId('drill-area').selectOption('');
  await expect.poll(() => second.evaluate(async () => (await chrome.storage.local.get('drillArea'))['drillArea']), { timeout: 10_000 }).toBe('');
  await second.reload();
  await second.getByTestId('nav-drill').click();
  await expect(second.getByTestId('drill-area')).toHaveValue('');
});
