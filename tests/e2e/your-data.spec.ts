import { readFileSync } from 'node:fs';
import { expect, readStore, test } from './fixtures';

test('all data exports, imports back (a bad file changes nothing) and deletes, with a plain privacy notice', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/daniel-okafor-77b1/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Daniel Okafor');
  await panel.getByTestId('touch-outbound').click();
  await expect(panel.getByTestId('touch-count')).toContainText('Touches: 1');

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByTestId('privacy-notice')).toContainText('in this browser only');
  await expect(settings.getByTestId('privacy-notice')).toContainText('Nothing is sent anywhere');
  await settings.getByTestId('settings-language').selectOption('zh-Hans');
  await expect(settings.getByTestId('privacy-notice')).toContainText('不会发送到任何地方');
  await expect(settings.getByTestId('data-export')).toHaveText('导出全部数据（JSON）');
  await settings.getByTestId('settings-language').selectOption('en');

  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByTestId('data-export').click()]);
  const file = readFileSync(await download.path(), 'utf8');
  const backup = JSON.parse(file) as { format: string; contacts: { name: string }[]; touches: unknown[] };
  expect(backup.format).toBe('sop-copilot-data');
  expect(backup.contacts.map((c) => c.name).sort()).toEqual(['Daniel Okafor', 'Mei Lin Chen']);
  expect(backup.touches).toHaveLength(1);
  await expect(settings.getByTestId('data-result')).toContainText(`Saved ${download.suggestedFilename()} to your downloads`);

  // Delete everything, after confirming.
  await settings.getByTestId('data-delete-all').click();
  await expect(settings.getByRole('alertdialog')).toContainText('Delete all 2 contacts with their touches, notes and CRM deals');
  await settings.getByTestId('data-delete-all-yes').click();
  await expect(settings.getByTestId('data-result')).toHaveText('Everything was deleted.');
  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByText('No contacts yet.')).toBeVisible();

  // A broken file is refused whole.
  const broken = JSON.parse(file) as { contacts: Record<string, unknown>[] };
  delete broken.contacts[0]?.identities;
  await settings.getByTestId('data-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(settings.getByTestId('data-result')).toContainText('broken.json was not imported; your data is unchanged.');
  await expect(settings.getByTestId('data-result')).toContainText('contacts[0].identities');

  // The good file brings everything back.
  await settings.getByTestId('data-mode-replace').check();
  await settings.getByTestId('data-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(settings.getByTestId('data-result')).toHaveText('Imported 2 contacts and 1 touch from backup.json.');
  await expect(panel.getByTestId('contact-row')).toHaveCount(2);
});

test('a backup carries the rep’s reading corrections, talk-track uses and drill answers to a fresh store; a newer version’s file is refused as that', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const thread = await openSitePage('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW');
  const panel = await openPanelFor(thread);
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  // The rep's own work: a reading corrected, a talk track used for it, a drill question answered.
  await panel.getByTestId('reading-correct').selectOption('budget');
  await expect(panel.getByTestId('objection-category')).toHaveText('No budget');
  // The second track (the first is already in the draft).
  const track = panel.getByTestId('objection-responses').locator('li').nth(1);
  const trackId = await track.getAttribute('data-track-id');
  await track.getByTestId('track-use').click();
  await expect(track.getByTestId('track-used')).toHaveText('✓ Used');
  await panel.getByTestId('nav-drill').click();
  await panel.getByTestId('drill-option').first().click();
  await expect(panel.getByTestId('drill-score')).toHaveText('Score: 1 of 1');

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByTestId('data-export').click()]);
  const file = readFileSync(await download.path(), 'utf8');
  const backup = JSON.parse(file) as { version: number; readerCorrections: { to: string }[]; trackUses: { objection: string }[]; drillAnswers: { correct: boolean }[] };
  expect(backup.version).toBe(3);
  expect(backup.readerCorrections.map((c) => c.to)).toEqual(['budget']);
  expect(backup.trackUses.map((u) => u.objection)).toEqual(['budget']);
  expect(backup.drillAnswers.map((a) => a.correct)).toEqual([true]);

  // Everything deleted, as on a new machine: the corrections too (they hold the reply's words).
  await settings.getByTestId('data-delete-all').click();
  await expect(settings.getByRole('alertdialog')).toContainText('your reading corrections');
  await settings.getByTestId('data-delete-all-yes').click();
  await expect(settings.getByTestId('data-result')).toHaveText('Everything was deleted.');
  for (const store of ['readerCorrections', 'trackUses', 'drillAnswers']) expect(await readStore(settings, store)).toEqual([]);

  // A file from a newer version is refused as that, and changes nothing.
  const future = JSON.stringify({ ...backup, version: 4 });
  await settings.getByTestId('data-file').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(future) });
  await expect(settings.getByTestId('data-result')).toContainText('future.json was not imported; your data is unchanged.');
  await expect(settings.getByTestId('data-result')).toContainText('version: This file was exported by a newer version of SOP Copilot (data format 4; this version reads up to 3). Update the extension');
  expect(await readStore(settings, 'contacts')).toEqual([]);

  await settings.getByTestId('data-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(settings.getByTestId('data-result')).toHaveText('Imported 1 contact and 3 touches from backup.json.');
  await expect(settings.getByTestId('data-imported-work')).toHaveText('Also imported: 1 reading correction, 1 talk-track use and 1 drill answer.');
  await settings.getByTestId('settings-language').selectOption('zh-Hant');
  await expect(settings.getByTestId('data-imported-work')).toHaveText('另外匯入了 1 筆回覆解讀更正、1 筆話術使用紀錄和 1 筆演練作答紀錄。');
  await settings.getByTestId('settings-language').selectOption('en');

  // The restored store reads the reply as the rep corrected it, marks the track used and keeps the drill's score.
  await thread.reload();
  const restored = await openPanelFor(thread);
  await expect(restored.getByTestId('objection-category')).toHaveText('No budget');
  await expect(restored.locator(`[data-testid="objection-responses"] li[data-track-id="${String(trackId)}"]`).getByTestId('track-used')).toHaveText('✓ Used');
  await restored.getByTestId('nav-drill').click();
  await expect(restored.getByTestId('drill-score')).toHaveText('Score: 1 of 1');
});

test('one contact is deleted with everything about them, after asking', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  await expect(panel.getByTestId('contact-delete')).toHaveText('Delete Mei Lin Chen…');
  await panel.getByTestId('contact-delete').click();
  await expect(panel.getByRole('alertdialog')).toContainText('Delete Mei Lin Chen and everything about them: their touches, notes and BANT facts');
  await panel.getByTestId('contact-delete-yes').click();
  await expect(panel.getByTestId('contact-name')).toHaveCount(0);
  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByText('No contacts yet.')).toBeVisible();
});

test('on a deal page, the delete link names the person it deletes, in every language', async ({ openSitePage, openPanelFor }) => {
  // A deal page has a deal, an account and people on the record: "Delete this contact…" did not say which.
  const panel = await openPanelFor(await openSitePage('https://nordwind.pipedrive.com/deal/1842'));
  await expect(panel.getByTestId('page-header')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('contact-delete')).toHaveText('Delete Jonas Weber…');
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(panel.getByTestId('contact-delete')).toHaveText('删除联系人 Jonas Weber…');
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(panel.getByTestId('contact-delete')).toHaveText('刪除聯絡人 Jonas Weber…');
});
