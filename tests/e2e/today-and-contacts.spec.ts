import { expect, test } from './fixtures';

test('"Today" lists what is due by tier; a logged touch takes a contact off it', async ({ openSitePage, openPanelFor }) => {
  const mei = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(mei.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/daniel-okafor-77b1/'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Daniel Okafor');

  await panel.getByTestId('nav-today').click();
  const rows = panel.getByTestId('today-row');
  await expect(rows).toHaveCount(2);
  await expect(panel.getByTestId('today')).toContainText('Tier C');
  await expect(rows.filter({ hasText: 'Daniel Okafor' })).toContainText('Make a first touch');

  // Open Daniel from the list, log the first touch, come back: he is no longer due today.
  await rows.filter({ hasText: 'Daniel Okafor' }).locator('.row-button').click();
  await expect(panel.getByTestId('contact-name')).toHaveText('Daniel Okafor');
  await panel.getByTestId('touch-outbound').click();
  await expect(panel.getByTestId('touch-count')).toContainText('Touches: 1');
  await panel.getByTestId('nav-back').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Mei Lin Chen');

  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(panel.getByTestId('today')).toContainText('等级 C');
  await expect(rows.first()).toContainText('完成首次接触');
  // A row's day is one piece at every side-panel width: "到期：12月6日" goes to the next line whole,
  // never split inside a word or a date (it broke as "已逾 / 期：2026年12月2日").
  for (let width = 300; width <= 420; width += 4) {
    await panel.setViewportSize({ width, height: 800 });
    // From its dot to its last character, on one line (a space left hanging at the line's end is no split).
    const split = await panel.locator('[data-testid="today-row"] .row-action .due').evaluateAll((days) =>
      days
        .filter((day) => {
          const range = document.createRange();
          range.selectNodeContents(day);
          const first = day.firstChild;
          if (first) range.setStart(first, Math.max(0, (first.textContent ?? '').indexOf('·')));
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1;
        })
        .map((day) => day.textContent),
    );
    expect(split, `at ${width} px`).toEqual([]);
  }
  await panel.getByTestId('language-select').selectOption('en');
  // Done from the keyboard takes the row off the list; the focus is not lost with it (here the last
  // row: it goes to the Today tab, where the rep goes on).
  await rows.first().getByTestId('today-done').focus();
  await panel.keyboard.press('Enter');
  await expect(rows).toHaveCount(0);
  await expect(panel.getByTestId('nav-today')).toBeFocused();
});

test('the contacts list searches as you type and filters by stage', async ({ openSitePage, openPanelFor }) => {
  await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await openPanelFor(await openSitePage('https://www.linkedin.com/in/daniel-okafor-77b1/'));
  const panel = await openPanelFor(await openSitePage('https://mail.google.com/mail/u/1/#inbox/16e3b2a1c0d9e8f7'));
  await expect(panel.getByTestId('contact-name')).toHaveText('王小明');
  // His thread puts him further on than the Prospecting recorded: the header's stage is where the stage filter lists him.
  const shownStage = await panel.getByTestId('situation-stage').getAttribute('data-stage');
  expect(shownStage).not.toBe('prospect');
  // The search is built in memory from a second after the panel opens, before the Contacts list is ever shown.
  await expect.poll(() => panel.evaluate(() => performance.getEntriesByName('contact-memory-built').length), { timeout: 15_000 }).toBe(1);

  await panel.getByTestId('nav-contacts').click();
  const rows = panel.getByTestId('contact-row');
  await expect(rows).toHaveCount(3);
  await expect(panel.locator('#contacts-title')).toHaveText('3 contacts');
  await panel.getByTestId('contacts-search').fill('okafor');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Daniel Okafor');
  await expect(panel.getByTestId('contacts-results')).toHaveAttribute('data-from', 'memory');
  await panel.getByTestId('contacts-search').fill('huachen');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('王小明');
  await panel.getByTestId('contacts-search').fill('nobody at all');
  await expect(panel.getByText('No contact matches.')).toBeVisible();


  await panel.getByTestId('contacts-search').fill('');
  await panel.getByTestId('contacts-stage').selectOption('qualify');
  await expect(rows).toHaveCount(0);
  await panel.getByTestId('contacts-stage').selectOption('prospect');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '王小明' })).toHaveCount(0);
  await panel.getByTestId('contacts-stage').selectOption(shownStage ?? '');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('王小明');
  await panel.getByTestId('contacts-stage').selectOption('prospect');
  await expect(rows).toHaveCount(2);

  await rows.filter({ hasText: 'Mei Lin Chen' }).getByRole('button').click();
  await expect(panel.getByTestId('contact-headline')).toContainText('VP Operations at Orchid Precision Manufacturing');
  await panel.getByTestId('nav-page').click();
  await expect(panel.getByTestId('contact-name')).toHaveText('王小明');

  // Once the search is held in memory: typed a key at a time, prefixes, every word (AND), a word's tail in a Chinese name.
  await panel.getByTestId('nav-contacts').click();
  const results = panel.getByTestId('contacts-results');
  const search = panel.getByTestId('contacts-search');
  await search.pressSequentially('mei chen');
  await expect(results).toHaveAttribute('data-query', 'mei chen');
  await expect(results).toHaveAttribute('data-from', 'memory');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Mei Lin Chen');
  await search.pressSequentially(' okafor');
  await expect(panel.getByText('No contact matches.')).toBeVisible();
  await search.fill('小明');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('王小明');
  await expect(results).toHaveAttribute('data-from', 'memory');
  // A contact captured while the list is open appears in the search it matches (typed in Traditional, stored in Simplified).
  await search.fill('華辰 零售');
  await expect(panel.getByText('No contact matches.')).toBeVisible();
  await openSitePage('https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('华辰零售集团');
  await expect(results).toHaveAttribute('data-from', 'memory');
  await search.fill('');
  await expect(rows).toHaveCount(4);
  // The total is the memory's, kept current with it.
  await expect(panel.locator('#contacts-title')).toHaveText('4 contacts');
});

test('a panel opened later loads the Contacts search an earlier one saved, with what was captured since', async ({ openSitePage, openPanelFor }) => {
  await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  const first = await openPanelFor(await openSitePage('https://www.linkedin.com/in/daniel-okafor-77b1/'));
  await expect(first.getByTestId('contact-name')).toHaveText('Daniel Okafor');
  // Built (no snapshot yet), then saved once things have been quiet for a moment.
  const built = (panel: typeof first) => panel.evaluate(() => (performance.getEntriesByName('contact-memory-built') as PerformanceMeasure[]).map((entry) => entry.detail as { contacts: number; snapshot?: boolean; marks?: number }));
  await expect.poll(() => first.evaluate(() => performance.getEntriesByName('contact-memory-saved').length), { timeout: 20_000 }).toBe(1);
  expect((await built(first))[0]?.snapshot).toBeUndefined();

  // Captured after the save: marked, so the next panel reads that person again with the snapshot.
  const wang = await openPanelFor(await openSitePage('https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/'));
  await expect(wang.getByTestId('contact-name')).toHaveText('王小明');
  const later = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(later.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  await expect.poll(() => built(later), { timeout: 15_000 }).toEqual([expect.objectContaining({ contacts: 3, snapshot: true })]);
  expect((await built(later))[0]?.marks).toBeGreaterThanOrEqual(1);

  await later.getByTestId('nav-contacts').click();
  const results = later.getByTestId('contacts-results');
  await later.getByTestId('contacts-search').fill('華辰');
  await expect(results).toHaveAttribute('data-query', '华辰');
  await expect(results).toHaveAttribute('data-from', 'memory');
  await expect(later.getByTestId('contact-row')).toHaveCount(1);
  await expect(later.getByTestId('contact-row').first()).toContainText('王小明');
  await later.getByTestId('contacts-search').fill('okafor');
  await expect(later.getByTestId('contact-row')).toHaveCount(1);
  await expect(later.getByTestId('contact-row').first()).toContainText('Daniel Okafor');
  await expect(later.locator('#contacts-title')).toHaveText('3 contacts');
});
