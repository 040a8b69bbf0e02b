import { expect, readStore, test } from './fixtures';

const DAY = 86_400_000;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';

interface Row {
  contactId?: string;
  due: number;
}

test('a name thirty people share: her reply on the Gmail record re-judges the row of her LinkedIn profile, the 30th holder of the name, with no rebuild', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const now = Date.now();
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const person = (id: string, more: Record<string, unknown>) => ({ id, name: 'Mei Lin Chen', sources: ['linkedin'], stage: 'prospect', stageChangedAt: now - 40 * DAY, createdAt: now - 40 * DAY, capturedAt: now - 40 * DAY, ...more });
  // Her Gmail record first by id (every gathering of the name reads it), 28 namesakes at other firms, her profile last: past the 21 holders a gathering reads.
  const contacts = [
    person('a-mei-mail', { identities: ['email:mei.chen@orchid-precision.example'], sources: ['gmail'], email: 'mei.chen@orchid-precision.example', capturedAt: now - 20 * DAY }),
    ...Array.from({ length: 28 }, (_, i) => person(`m-${String(i).padStart(2, '0')}`, { identities: [`linkedin:mei-lin-chen-${String(i)}`], company: `Lotus ${String(i)} Foods` })),
    person('z-mei-profile', { identities: ['linkedin:mei-lin-chen-4b21a7'], company: 'Orchid Precision Manufacturing', stage: 'retain', capturedAt: now - 3 * DAY }),
  ];
  const file = Buffer.from(JSON.stringify({ format: 'sop-copilot-data', version: 1, exportedAt: now, contacts, touches: [], notes: [], deals: [] }));
  await settings.getByTestId('data-file').setInputFiles({ name: 'namesakes.json', mimeType: 'application/json', buffer: file });
  await expect(settings.getByTestId('data-result')).toHaveText('Imported 30 contacts from namesakes.json.');
  const meta = async () => (await readStore<{ key: string; state?: string; at?: number }>(settings, 'meta')).find((m) => m.key === 'queue');
  await expect.poll(async () => (await meta())?.state, { timeout: 30_000 }).toBe('done');
  const builtAt = (await meta())?.at;
  const stored = await readStore<{ id: string; identities: string[] }>(settings, 'contacts');
  const profileId = stored.find((c) => c.identities.includes('linkedin:mei-lin-chen-4b21a7'))?.id;
  expect(profileId).toBe('z-mei-profile');
  const profileRow = async () => (await readStore<Row>(settings, 'queue')).find((r) => r.contactId === profileId);
  // Nothing exchanged anywhere: the profile alone is a customer's after-sales check, not due today.
  expect((await profileRow())?.due).toBeGreaterThan(now);

  // Her price objection read on the Gmail record's page: that record alone is written and marked for Today.
  const gmail = await openPanelFor(await openSitePage(GMAIL));
  await expect(gmail.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_objection');
  // The profile's stored row follows, past the window, without a rebuild: the merge, due since she was first seen.
  await expect.poll(async () => (await profileRow())?.due, { timeout: 20_000 }).toBeLessThan(now - 30 * DAY);
  expect((await meta())?.at).toBe(builtAt);
  // The profile's own page makes the judgment its row holds.
  const profile = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(profile.getByTestId('next-step-action')).toHaveText('Same person as Mei Lin Chen in Gmail, at Quote and negotiation: check, and merge to keep one history');
});
