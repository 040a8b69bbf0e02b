import { openCard } from './cards';
import { expect, readStore, test } from './fixtures';

const MEI = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';

test('a page cannot switch capture off: the event WXT uses to stop old scripts, sent by the page, changes nothing', async ({ context, extensionId, openPanelFor }) => {
  const page = await context.newPage();
  // Everything the page's own scripts are told by window messages.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenMessages: string[] }).seenMessages = seen;
    addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
  });
  await page.goto(MEI);
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  // Our extension id is never posted to the page.
  expect(await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages.filter((m) => m.includes('content-script-started')))).toEqual([]);

  // A hostile page that knows our id anyway dispatches the stop event under every name WXT could use.
  await page.evaluate((id) => {
    for (const script of ['linkedin', 'content-scripts/linkedin', 'linkedin.content']) {
      const name = `${id}:${script}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: script, messageId: 'page' } }));
    }
  }, extensionId);

  // The next in-app navigation is still captured.
  await page.getByRole('link', { name: /Priya Raman/ }).first().click();
  await expect(page).toHaveURL(/priya-raman/);
  await expect(panel.getByTestId('contact-name')).toHaveText('Priya Raman');
  expect((await readStore<{ name: string }>(panel, 'contacts')).map((c) => c.name).sort()).toEqual(['Mei Lin Chen', 'Priya Raman']);
});

test('every capture lands while the service worker is stopped again and again', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=999999`);
  const cdp = await context.newCDPSession(helper);
  // The extension page shares the worker's origin, so its DevTools session sees and stops the worker.
  const running = new Set<string>();
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.runningStatus === 'running') running.add(version.versionId);
      else running.delete(version.versionId);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const stopWorker = async () => {
    for (const versionId of [...running]) {
      await cdp.send('ServiceWorker.stopWorker', { versionId }).then(() => stops++, () => undefined);
    }
  };
  const people = [
    ['https://www.linkedin.com/in/mei-lin-chen-4b21a7/', 'Mei Lin Chen'],
    ['https://www.linkedin.com/in/priya-raman-0c9d2e/', 'Priya Raman'],
    ['https://www.linkedin.com/in/daniel-okafor-77b1/', 'Daniel Okafor'],
    ['https://mail.google.com/mail/u/1/#inbox/16e3b2a1c0d9e8f7', '王小明'],
    ['https://nordwind.pipedrive.com/person/5120', 'Jonas Weber'],
    ['https://crm.zoho.com/crm/org60012345678/tab/Contacts/4876876000000987001', 'Rahul Mehta'],
  ] as const;
  for (const [index, [url]] of people.entries()) {
    // Stopped before the page loads, while it loads, and right after.
    await stopWorker();
    const loading = openSitePage(url);
    if (index % 2 === 0) await stopWorker();
    await loading;
    if (index % 3 === 0) await stopWorker();
  }
  // The worker really was stopped, several times.
  expect(stops).toBeGreaterThan(2);
  // Every capture lands, whatever moment the worker was stopped at.
  await expect.poll(async () => (await readStore<{ name: string }>(helper, 'contacts')).map((c) => c.name).sort(), { timeout: 60_000 }).toEqual(
    people.map(([, name]) => name).sort(),
  );
  const last = context.pages().find((p) => p.url().includes('zoho'));
  if (!last) throw new Error('no zoho page');
  const panel = await openPanelFor(last);
  await expect(panel.getByTestId('contact-name')).toHaveText('Rahul Mehta');
});

test('a card that fails shows its own failure and the rest of the panel keeps working', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(MEI));
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  // A record the contact card cannot show (a source no adapter knows, as from a newer version's data).
  await panel.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sop-copilot');
        open.onsuccess = () => {
          const store = open.result.transaction('contacts', 'readwrite').objectStore('contacts');
          const all = store.getAll();
          all.onsuccess = () => {
            const [contact] = all.result as { sources: string[] }[];
            if (!contact) return reject(new Error('no contact'));
            store.put({ ...contact, sources: [...contact.sources, 'myspace'] }).onsuccess = () => resolve();
          };
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      }),
  );
  // Written behind Dexie's back, so the panel is reloaded to read it.
  await panel.reload();
  await expect(panel.getByTestId('card-failed')).toHaveAttribute('data-card', 'contact');
  await expect(panel.getByTestId('card-failed')).toContainText('This card could not be shown');
  // Everything else still works from the same judgment.
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'first_touch');
  await expect(panel.getByTestId('draft-body')).toHaveValue(/^Hi Mei,/);
  await openCard(panel, 'spin');
  await expect(panel.getByTestId('spin-questions').locator('li').first()).toBeVisible();
});
