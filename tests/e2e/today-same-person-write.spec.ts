import { expect, readStore, test } from './fixtures';

const DAY = 86_400_000;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';

interface Row {
  contactId?: string;
  due: number;
  stage?: string;
}

test('a reply read on her Gmail record re-judges Today’s row of her LinkedIn profile (the merge step, counted overdue), with no rebuild', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const now = Date.now();
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  // Her LinkedIn profile, recorded as a customer, nothing exchanged there; her Gmail record at the firm's domain, nothing there yet either.
  const contacts = [
    { id: 'mei-profile', name: 'Mei Lin Chen', identities: ['linkedin:mei-lin-chen-4b21a7'], sources: ['linkedin'], company: 'Orchid Precision Manufacturing', stage: 'retain', stageChangedAt: now - 40 * DAY, createdAt: now - 40 * DAY, capturedAt: now - 3 * DAY },
    { id: 'mei-mail', name: 'Mei Lin Chen', identities: ['email:mei.chen@orchid-precision.example'], sources: ['gmail'], email: 'mei.chen@orchid-precision.example', stage: 'prospect', stageChangedAt: now - 20 * DAY, createdAt: now - 20 * DAY, capturedAt: now - 20 * DAY },
  ];
  const file = Buffer.from(JSON.stringify({ format: 'sop-copilot-data', version: 1, exportedAt: now, contacts, touches: [], notes: [], deals: [] }));
  await settings.getByTestId('data-file').setInputFiles({ name: 'mei.json', mimeType: 'application/json', buffer: file });
  await expect(settings.getByTestId('data-result')).toHaveText('Imported 2 contacts from mei.json.');
  const meta = async () => (await readStore<{ key: string; state?: string; at?: number }>(settings, 'meta')).find((m) => m.key === 'queue');
  await expect.poll(async () => (await meta())?.state, { timeout: 30_000 }).toBe('done');
  const builtAt = (await meta())?.at;
  const stored = await readStore<{ id: string; identities: string[] }>(settings, 'contacts');
  const profileId = stored.find((c) => c.identities.includes('linkedin:mei-lin-chen-4b21a7'))?.id;
  const profileRow = async () => (await readStore<Row>(settings, 'queue')).find((r) => r.contactId === profileId);
  // Nothing anywhere yet: the profile alone is a customer's after-sales check, not due today.
  expect((await profileRow())?.due).toBeGreaterThan(now);

  // Her price objection is read on the Gmail record's page: only that record is written (and marked for Today).
  const gmail = await openPanelFor(await openSitePage(GMAIL));
  await expect(gmail.getByTestId('situation-stage')).toHaveText('Quote and negotiation');
  await expect(gmail.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_objection');
  expect((await readStore<{ id: string }>(settings, 'contacts')).length).toBe(2);

  // The profile's stored row follows: the merge, due since she was first seen, counted at its own stage; the index was not rebuilt.
  await expect.poll(async () => (await profileRow())?.due, { timeout: 20_000 }).toBeLessThan(now - 30 * DAY);
  expect((await profileRow())?.stage).toBe('retain');
  expect((await meta())?.at).toBe(builtAt);

  // Today as the panel shows it: one row for her, the conversation's; the counts read the index, with the profile's merge overdue.
  await gmail.getByTestId('nav-today').click();
  const mei = gmail.getByTestId('today-row').filter({ has: gmail.getByTestId('today-row-title').getByText('Mei Lin Chen', { exact: true }) });
  await expect(mei).toHaveCount(1);
  await expect(mei.getByTestId('today-row-action')).toContainText('Answer the objection: Too expensive');
  await expect(gmail.getByTestId('today-counts')).toHaveText(/^1 overdue · 1 due today · tier\u00a0A\u00a01 · /);
  // The profile's own page makes the judgment its row holds.
  const profile = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(profile.getByTestId('next-step-action')).toHaveText('Same person as Mei Lin Chen in Gmail, at Quote and negotiation: check, and merge to keep one history');
});
