import { expect, readStore, test } from './fixtures';

const DAY = 86_400_000;

test('after an import Today lists a profile whose other record has the conversation with the merge step, as the panel judges it (the rebuilt index reads the same person)', async ({ context, extensionId }) => {
  const now = Date.now();
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  // Her LinkedIn profile, recorded as a customer, nothing exchanged there; her Gmail record at the firm's domain, in negotiation, written to two days ago.
  const contacts = [
    { id: 'mei-profile', name: 'Mei Lin Chen', identities: ['linkedin:mei-lin-chen-4b21a7'], sources: ['linkedin'], company: 'Orchid Precision Manufacturing', stage: 'retain', stageChangedAt: now - 40 * DAY, createdAt: now - 40 * DAY, capturedAt: now - 3 * DAY },
    { id: 'mei-mail', name: 'Mei Lin Chen', identities: ['email:mei.chen@orchid-precision.example'], sources: ['gmail'], email: 'mei.chen@orchid-precision.example', stage: 'negotiate', stageChangedAt: now - 10 * DAY, createdAt: now - 20 * DAY, capturedAt: now - 2 * DAY },
  ];
  const touches = [{ contactId: 'mei-mail', at: now - 2 * DAY, direction: 'outbound', channel: 'email' }];
  const file = Buffer.from(JSON.stringify({ format: 'sop-copilot-data', version: 1, exportedAt: now, contacts, touches, notes: [], deals: [] }));
  await settings.getByTestId('data-file').setInputFiles({ name: 'mei.json', mimeType: 'application/json', buffer: file });
  await expect(settings.getByTestId('data-result')).toHaveText('Imported 2 contacts and 1 touch from mei.json.');

  // The import rebuilds Today's index from scratch: the profile's row is the merge, due since she was first seen (alone, a customer's after-sales check, not due today).
  await expect.poll(async () => (await readStore<{ key: string; state?: string }>(settings, 'meta')).find((m) => m.key === 'queue')?.state, { timeout: 30_000 }).toBe('done');
  const stored = await readStore<{ id: string; identities: string[] }>(settings, 'contacts');
  const profileId = stored.find((c) => c.identities.includes('linkedin:mei-lin-chen-4b21a7'))?.id;
  const row = (await readStore<{ contactId?: string; due: number; stage?: string }>(settings, 'queue')).find((r) => r.contactId === profileId);
  expect(row?.due).toBeLessThan(now);
  // (counted at its own stage until the two are merged: the funnel does not count her twice at negotiation)
  expect(row?.stage).toBe('retain');

  // Today, read from that index, lists her with the merge step.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=999999`);
  await panel.getByTestId('nav-today').click();
  const mei = panel.getByTestId('today-row').filter({ has: panel.getByTestId('today-row-title').getByText('Mei Lin Chen', { exact: true }) });
  await expect(mei).toHaveCount(1);
  await expect(mei.getByTestId('today-row-action')).toContainText('Same person as Mei Lin Chen in Gmail');
});
