import { expect, readStore, test } from './fixtures';

const MEI = 'linkedin:mei-lin-chen-4b21a7';

/** A backup file as the settings page exports it. */
const backup = (contacts: Record<string, unknown>[], touches: Record<string, unknown>[] = []) =>
  Buffer.from(JSON.stringify({ format: 'sop-copilot-data', version: 1, exportedAt: Date.now(), contacts, touches, notes: [], deals: [] }));

const copyOfMei = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  name: 'Mei Lin Chen',
  identities: [MEI],
  sources: ['linkedin'],
  stage: 'prospect',
  stageChangedAt: 1_700_000_000_000,
  createdAt: 1_700_000_000_000,
  capturedAt: 1_700_000_000_000,
  ...overrides,
});

test('an import holding one person several times adds one contact, says how many it merged, and a javascript: link is refused whole', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);

  // Three copies of Mei (one also under her email) and her touch: with the one captured, one person.
  const duplicates = backup(
    [
      copyOfMei('copy-1', { company: 'Orchid Precision Manufacturing' }),
      copyOfMei('copy-2', { identities: [MEI, 'email:mei.chen@orchid-precision.example'], sources: ['gmail'], email: 'mei.chen@orchid-precision.example' }),
      copyOfMei('copy-3'),
    ],
    [{ contactId: 'copy-2', at: 1_700_000_100_000, direction: 'inbound', channel: 'email' }],
  );
  await settings.getByTestId('data-file').setInputFiles({ name: 'duplicates.json', mimeType: 'application/json', buffer: duplicates });
  await expect(settings.getByTestId('data-result')).toHaveText('Imported 3 contacts and 1 touch from duplicates.json.');
  await expect(settings.getByTestId('data-merged')).toHaveText('Merged 3 duplicate contacts into the person they belong to: each person is one contact.');

  const contacts = await readStore<{ id: string; identities: string[]; email?: string }>(settings, 'contacts');
  expect(contacts).toHaveLength(1);
  expect([...(contacts[0]?.identities ?? [])].sort()).toEqual(['email:mei.chen@orchid-precision.example', MEI]);
  expect((await readStore<{ contactId: string }>(settings, 'touches')).map((t) => t.contactId)).toEqual([contacts[0]?.id]);

  // The tab still shows her (it now names the contact that survived), and the list has her once.
  await expect(panel.getByTestId('contact-email')).toHaveText('mei.chen@orchid-precision.example');
  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);
  await expect(panel.getByTestId('contact-row')).toContainText('Mei Lin Chen');

  // A profile link that would run script when clicked: the file is refused, nothing changes.
  const hostile = backup([copyOfMei('other', { identities: ['linkedin:someone-else'], name: 'Someone Else' }), copyOfMei('evil', { identities: ['linkedin:evil'], name: 'Evil', profileUrl: 'javascript:alert(document.domain)' })]);
  await settings.getByTestId('data-mode-replace').check();
  await settings.getByTestId('data-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: hostile });
  await expect(settings.getByTestId('data-result')).toContainText('hostile.json was not imported; your data is unchanged.');
  await expect(settings.getByTestId('data-result')).toContainText('contacts[1].profileUrl: the profile link (profileUrl) “javascript:alert(document.domain)” was refused: only an https LinkedIn profile link (https://www.linkedin.com/in/…) is accepted.');
  await expect(settings.getByTestId('data-merged')).toHaveCount(0);
  expect(await readStore(settings, 'contacts')).toEqual(contacts);
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);

  // In the rep's language.
  await settings.getByTestId('settings-language').selectOption('zh-Hant');
  await settings.getByTestId('data-file').setInputFiles({ name: 'hostile2.json', mimeType: 'application/json', buffer: hostile });
  await expect(settings.getByTestId('data-result')).toContainText('contacts[1].profileUrl: 個人檔案連結（profileUrl）「javascript:alert(document.domain)」遭拒絕');
  await settings.getByTestId('settings-language').selectOption('en');
  expect(await readStore(settings, 'contacts')).toEqual(contacts);
});

test('a long contacts list reaches down to the panel’s bottom edge and scrolls inside it', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await panel.setViewportSize({ width: 360, height: 900 });
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const many = Array.from({ length: 40 }, (_, i) => copyOfMei(`person-${i}`, { identities: [`linkedin:person-${i}`], name: `Person ${String(i).padStart(2, '0')}` }));
  await settings.getByTestId('data-file').setInputFiles({ name: 'forty.json', mimeType: 'application/json', buffer: backup(many) });
  await expect(settings.getByTestId('data-result')).toHaveText('Imported 40 contacts from forty.json.');

  await panel.getByTestId('nav-contacts').click();
  const list = panel.getByTestId('contacts-results').getByRole('region');
  await expect(panel.getByTestId('contact-row').first()).toBeVisible();
  const box = await list.boundingBox();
  expect(box).not.toBeNull();
  // Its bottom edge sits near the panel's (not a fixed share of it with empty space below) ...
  expect(900 - ((box?.y ?? 0) + (box?.height ?? 0))).toBeLessThan(60);
  // ... and the rest of the 41 are reached by scrolling the list, not the panel: other rows come into view.
  const rows = panel.getByTestId('contact-row');
  const firstShown = await rows.first().innerText();
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(rows.first()).not.toHaveText(firstShown);
  expect(await panel.evaluate(() => window.scrollY)).toBe(0);
});
