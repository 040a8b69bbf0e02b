import { expect, readStore, test } from './fixtures';
import { setDiskFull } from './disk-full';

const MEI = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';
const PRIYA = 'https://www.linkedin.com/in/priya-raman-0c9d2e/';
const DANIEL = 'https://www.linkedin.com/in/daniel-okafor-77b1/';

test('a full disk: the page is not saved, nothing half-written, the panel says so; space back, the next capture works', async ({ ownBrowser }) => {
  const { context, extensionId, openSitePage, openPanelFor } = ownBrowser;
  const mei = await openSitePage(MEI);
  const meiPanel = await openPanelFor(mei);
  await expect(meiPanel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  const before = { contacts: await readStore(meiPanel, 'contacts'), touches: await readStore(meiPanel, 'touches') };

  // The disk fills up: every IndexedDB write in the background fails the way Chromium fails it,
  // with a QuotaExceededError (injected into the browser's IndexedDB, not into our code).
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error('no service worker');
  const fillDisk = (full: boolean, where: Pick<typeof worker, 'evaluate'> = worker) => setDiskFull(where, full);
  await fillDisk(true);
  try {
    const priya = await openSitePage(PRIYA);
    const priyaPanel = await openPanelFor(priya);
    await expect(priyaPanel.getByTestId('storage-alert')).toHaveAttribute('data-kind', 'full');
    await expect(priyaPanel.getByTestId('storage-alert')).toContainText('Storage is full: this page was not saved.');
    // Every panel says it, in the user's language.
    await meiPanel.getByTestId('language-select').selectOption('zh-Hans');
    await expect(meiPanel.getByTestId('storage-alert')).toContainText('存储空间已满');
    await meiPanel.getByTestId('language-select').selectOption('en');
    // A change made in the panel meanwhile (a touch logged) fails too: said, with a way out, not only in the console.
    await fillDisk(true, meiPanel);
    await meiPanel.getByTestId('touch-outbound').click();
    await expect(meiPanel.getByTestId('storage-alert')).toHaveAttribute('data-what', 'change');
    await expect(meiPanel.getByTestId('storage-alert')).toContainText('Storage is full: your last change here was not saved.');
    await expect(priyaPanel.getByTestId('storage-alert')).toContainText('make the change again');
    await fillDisk(false, meiPanel);
    await meiPanel.getByTestId('storage-alert-dismiss').click();
    // Nothing of Priya was written, nothing of Mei was lost.
    expect(await readStore(meiPanel, 'contacts')).toEqual(before.contacts);
    expect(await readStore(meiPanel, 'touches')).toEqual(before.touches);
    await expect(meiPanel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  } finally {
    await fillDisk(false);
  }

  // Space is back: the page is read again on reload, and the alert goes.
  const priya = context.pages().find((page) => page.url() === PRIYA);
  if (!priya) throw new Error('Priya’s tab is gone');
  await priya.reload();
  await expect(meiPanel.getByTestId('storage-alert')).toHaveCount(0);
  await expect.poll(async () => (await readStore<{ name: string }>(meiPanel, 'contacts')).map((c) => c.name).sort()).toEqual(['Mei Lin Chen', 'Priya Raman']);
});

test('a tab closed while its page is being read leaves no tab state behind, and the store whole', async ({ context, extensionId }) => {
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=999999`);
  const closedIds: number[] = [];
  for (const moment of ['commit', 'domcontentloaded', 'load'] as const) {
    const page = await context.newPage();
    await page.goto(DANIEL, { waitUntil: moment });
    const tabId = await helper.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, DANIEL);
    await page.close();
    if (tabId >= 0) closedIds.push(tabId);
  }
  expect(closedIds.length).toBeGreaterThan(0);
  // Whatever landed, landed whole: Daniel once, or not at all; no state for a tab that is gone.
  await expect
    .poll(async () => (await readStore<{ tabId: number }>(helper, 'tabStates')).filter((s) => closedIds.includes(s.tabId)).length, { timeout: 20_000 })
    .toBe(0);
  const daniels = (await readStore<{ name: string }>(helper, 'contacts')).filter((c) => c.name === 'Daniel Okafor');
  expect(daniels.length).toBeLessThanOrEqual(1);
});

test('two panels open beside two tabs each follow their own tab', async ({ openSitePage, openPanelFor }) => {
  const first = await openSitePage(MEI);
  const second = await openSitePage(PRIYA);
  const firstPanel = await openPanelFor(first);
  const secondPanel = await openPanelFor(second);
  await expect(firstPanel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  await expect(secondPanel.getByTestId('contact-name')).toHaveText('Priya Raman');

  // One tab moves on: its panel follows, the other stays.
  await first.goto(DANIEL);
  await expect(firstPanel.getByTestId('contact-name')).toHaveText('Daniel Okafor');
  await expect(secondPanel.getByTestId('contact-name')).toHaveText('Priya Raman');
});
