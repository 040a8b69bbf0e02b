import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { shiftForToday } from '../../demo/shift-dates';
import { expect, readStore, test } from './fixtures';

const DAY = 86_400_000;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const GMAIL_FILE = 'gmail/thread--objection-price--2024-06-12.html';

interface Row {
  contactId?: string;
  due: number;
}

test('a name thirty people share: her reply on the Gmail record re-judges the rows of her LinkedIn profiles, the 30th holder of the name among them, with no rebuild; the record renamed, every one of them again', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const now = Date.now();
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const person = (id: string, more: Record<string, unknown>) => ({ id, name: 'Mei Lin Chen', sources: ['linkedin'], stage: 'prospect', stageChangedAt: now - 40 * DAY, createdAt: now - 40 * DAY, capturedAt: now - 40 * DAY, ...more });
  // Her Gmail record first by id (every gathering of the name reads it), 28 namesakes at other firms but two old profiles of hers
  // (m-04 among the 21 holders a gathering reads, m-24 past them), her profile last.
  const old = new Set([4, 24]);
  const contacts = [
    person('a-mei-mail', { identities: ['email:mei.chen@orchid-precision.example'], sources: ['gmail'], email: 'mei.chen@orchid-precision.example', capturedAt: now - 20 * DAY }),
    ...Array.from({ length: 28 }, (_, i) => person(`m-${String(i).padStart(2, '0')}`, { identities: [`linkedin:mei-lin-chen-${String(i)}`], ...(old.has(i) ? { company: 'Orchid Precision Manufacturing', stage: 'retain' } : { company: `Lotus ${String(i)} Foods` }), capturedAt: now - 30 * DAY })),
    person('z-mei-profile', { identities: ['linkedin:mei-lin-chen-4b21a7'], company: 'Orchid Precision Manufacturing', stage: 'retain', capturedAt: now - 3 * DAY }),
  ];
  const readers = ['m-04', 'm-24', 'z-mei-profile'];
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
  const readerDues = async () => {
    const rows = await readStore<Row>(settings, 'queue');
    return readers.map((id) => rows.find((r) => r.contactId === id)?.due ?? 0);
  };
  // Nothing exchanged anywhere: each profile alone is not due today (hers a customer's after-sales check).
  for (const due of await readerDues()) expect(due).toBeGreaterThan(now);

  // Her price objection read on the Gmail record's page: that record alone is written and marked for Today.
  const gmail = await openPanelFor(await openSitePage(GMAIL));
  await expect(gmail.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_objection');
  // The profiles' stored rows follow, past the window as in it, without a rebuild: the merge, due since she was first seen.
  await expect.poll(async () => (await profileRow())?.due, { timeout: 20_000 }).toBeLessThan(now - 30 * DAY);
  await expect.poll(async () => Math.max(...(await readerDues())), { timeout: 20_000 }).toBeLessThan(now - 20 * DAY);
  expect((await meta())?.at).toBe(builtAt);
  // The profile's own page makes the judgment its row holds.
  const profile = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(profile.getByTestId('next-step-action')).toHaveText('Same person as Mei Lin Chen in Gmail, at Quote and negotiation: check, and merge to keep one history');

  // Her thread read again under her married name: the Gmail record is renamed, and no profile of Mei Lin Chen reads it any more.
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures', GMAIL_FILE), 'utf8');
  if (!html.includes('Mei Lin Chen')) throw new Error('the thread fixture lost the name the test renames');
  const renamed = await context.newPage();
  await renamed.route(`${GMAIL.replace(/#.*$/, '')}**`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shiftForToday(html.replaceAll('Mei Lin Chen', 'Mei Lin Whitfield'), GMAIL_FILE, new Date()) }));
  await renamed.goto(GMAIL);
  // (stored by the background as the page is read; the panels open keep Today)
  await expect.poll(async () => (await readStore<{ id: string; name: string }>(settings, 'contacts')).find((c) => c.id === 'a-mei-mail')?.name, { timeout: 20_000 }).toBe('Mei Lin Whitfield');
  // Every reader's row is judged alone again, in the window and past it, with no rebuild; her profile's panel follows.
  await expect.poll(async () => Math.min(...(await readerDues())), { timeout: 20_000 }).toBeGreaterThan(now);
  expect((await meta())?.at).toBe(builtAt);
  await expect(profile.getByTestId('next-step-action')).not.toContainText('Same person');
});
