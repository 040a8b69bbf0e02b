import { openCard } from './cards';
import { expect, readStore, test } from './fixtures';

test('notes are kept per contact, newest first, in any language', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await openCard(panel, 'notes');
  await panel.getByTestId('note-input').fill('Prefers WeChat over email.\nSupplier audit in March.');
  await panel.getByTestId('note-add').click();
  await panel.getByTestId('note-input').fill('Asked for the scheduling case study.');
  await panel.getByTestId('note-add').click();
  const notes = panel.getByTestId('notes').locator('li');
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText('Asked for the scheduling case study.');
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(panel.getByRole('heading', { name: '备注' })).toBeVisible();
  await panel.getByTestId('language-select').selectOption('en');
  await panel.reload();
  await expect(panel.getByTestId('notes').locator('li')).toHaveCount(2);
});

test('"Use this" on a talk track records it and puts it into the draft', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW'));
  const tracks = panel.getByTestId('objection-responses').locator('li');
  const draft = panel.getByTestId('draft-body');
  // The draft answers her objection, starting with the first track.
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_objection');
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-kind', 'answer_objection');
  await expect(tracks.first()).toHaveAttribute('data-in-draft', 'yes');
  await expect(draft).toHaveValue(/start with the core module for one team/);

  // The rep picks the ROI track: recorded, and the draft answers with it, with the deal's own numbers or none.
  const roi = tracks.nth(1);
  await expect(roi).toHaveAttribute('data-track-id', 'price-roi');
  await roi.getByTestId('track-use').click();
  await expect(roi.getByTestId('track-used')).toHaveText('✓ Used');
  await expect(roi).toHaveAttribute('data-in-draft', 'yes');
  await expect(tracks.first()).toHaveAttribute('data-in-draft', 'no');
  await expect(draft).toHaveValue(/it pays for itself within about a year/);
  await expect(draft).not.toHaveValue(/100k/);
  await expect(panel.getByTestId('draft-track')).toHaveAttribute('data-track-id', 'price-roi');

  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(roi.getByTestId('track-used')).toHaveText('✓ 已使用');
  await panel.getByTestId('language-select').selectOption('en');
  const uses = (await readStore<{ objection: string; trackId: string }>(panel, 'trackUses')).map((u) => [u.objection, u.trackId]);
  expect(uses).toEqual([['price', 'price-roi']]);
});

test('the drill scores answers, keeps progress and sends wrong answers to the playbook', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await panel.getByTestId('nav-drill').click();
  await expect(panel.getByTestId('drill-score')).toHaveText('Score: 0 of 0');
  await expect(panel.getByTestId('drill-prompt')).toHaveText('A prospect’s objection hides this concern: “No budget: this year’s budget has no room for it”. Which objection is it?');
  await panel.getByTestId('drill-option').first().click();
  await expect(panel.getByTestId('drill-feedback')).toContainText('Right.');
  await expect(panel.getByTestId('drill-score')).toHaveText('Score: 1 of 1');

  await panel.getByTestId('drill-next').click();
  await panel.getByTestId('drill-option').first().click();
  await expect(panel.getByTestId('drill-verdict')).toHaveText('Not quite.');
  await expect(panel.getByTestId('drill-feedback')).toContainText('The playbook’s answer');
  await expect(panel.getByTestId('drill-score')).toHaveText('Score: 1 of 2');

  await panel.getByTestId('drill-next').click();
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(panel.getByTestId('drill-prompt')).toHaveText('“客户开发”阶段什么时候算完成？');
  await panel.getByTestId('drill-option').first().click();
  await expect(panel.getByTestId('drill-verdict')).toHaveText('不太对。');
  await expect(panel.getByTestId('drill-feedback')).toContainText('手册的答案');
  await panel.getByTestId('drill-read').click();
  await expect(panel.getByTestId('playbook-prospect')).toHaveAttribute('open', '');
  await panel.getByTestId('language-select').selectOption('en');

  await panel.reload();
  await panel.getByTestId('nav-drill').click();
  await expect(panel.getByTestId('drill-score')).toHaveText('Score: 1 of 3');
});

test('retention is off by default and shows who would go before removing anyone', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByTestId('retention-months')).toHaveValue('');

  const old = Date.UTC(2024, 0, 15);
  const backup = {
    format: 'sop-copilot-data',
    version: 1,
    exportedAt: old,
    contacts: [{ id: 'old-1', identities: ['linkedin:kai-old'], sources: ['linkedin'], name: 'Kai Lindqvist', stage: 'qualify', stageChangedAt: old, createdAt: old, capturedAt: old }],
    touches: [],
  };
  await settings.getByTestId('data-file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(settings.getByTestId('data-result')).toHaveText('Imported 1 contact from old.json.');

  await settings.getByTestId('retention-months').selectOption('12');
  const preview = settings.getByTestId('retention-preview');
  await expect(preview).toContainText('1 contact has not been seen or touched for 12 months:');
  await expect(preview).toContainText('Kai Lindqvist');
  await expect(preview).not.toContainText('Mei Lin Chen');
  await settings.getByTestId('settings-language').selectOption('zh-Hant');
  await expect(preview).toContainText('有 1 位聯絡人已 12 個月既沒在頁面上出現，也沒跟進過');
  await settings.getByTestId('settings-language').selectOption('en');
  await settings.getByTestId('retention-apply').click();
  await expect(settings.getByTestId('retention-done')).toHaveText('Removed 1 contact.');

  await settings.reload();
  await expect(settings.getByTestId('retention-months')).toHaveValue('12');
});
