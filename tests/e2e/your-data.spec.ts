import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

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
