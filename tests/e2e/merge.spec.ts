import { expect, test } from './fixtures';

test('one person seen on LinkedIn and in Gmail is merged on the rep’s say-so, and the merge can be undone', async ({ openSitePage, openPanelFor }) => {
  const linkedin = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await expect(linkedin.getByTestId('contact-name')).toHaveText('Mei Lin Chen');

  const panel = await openPanelFor(await openSitePage('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW'));
  await expect(panel.getByTestId('contact-email')).toHaveText('mei.chen@orchid-precision.example');
  const candidate = panel.getByTestId('merge-candidate');
  // The same name at the same company (her email's domain is Orchid Precision's): the strong prompt.
  await expect(candidate).toHaveAttribute('data-strength', 'strong');
  await expect(candidate).toContainText('Most likely the same person: Mei Lin Chen (LinkedIn · Orchid Precision Manufacturing)');

  // Today has her once, though both records are due today (her price objection at negotiation, where the quote shows
  // tier A, is answered the same day; the profile's merge step): the row is the conversation's.
  await panel.getByTestId('nav-today').click();
  const meiRows = panel.getByTestId('today-row').filter({ has: panel.getByTestId('today-row-title').getByText('Mei Lin Chen', { exact: true }) });
  await expect(meiRows).toHaveCount(1);
  await expect(meiRows.getByTestId('today-row-action')).toContainText('Answer the objection: Too expensive');
  await expect(meiRows.getByTestId('today-row-same-name')).toHaveCount(0);
  await panel.getByTestId('nav-page').click();

  await candidate.getByTestId('merge-action').click();
  await expect(panel.getByTestId('merge-done')).toHaveText(/Merged Mei Lin Chen \(LinkedIn\) into this contact\./);
  await expect(panel.getByTestId('contact-source')).toHaveText('Gmail, LinkedIn');
  await expect(panel.getByTestId('contact-company')).toHaveText('Orchid Precision Manufacturing');
  await expect(panel.getByTestId('contact-email')).toHaveText('mei.chen@orchid-precision.example');
  // The LinkedIn tab now shows the merged contact too.
  await expect(linkedin.getByTestId('contact-source')).toHaveText('Gmail, LinkedIn');

  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);
  // One person, judged once: her price objection (tier A at negotiation) is due today, one row, and no row
  // speaks of a namesake.
  await panel.getByTestId('nav-today').click();
  await expect(panel.getByTestId('today')).toBeVisible();
  await expect(meiRows).toHaveCount(1);
  await expect(meiRows.getByTestId('today-row-action')).toContainText('Answer the objection: Too expensive');
  await expect(panel.getByTestId('today-row-same-name')).toHaveCount(0);
  await panel.getByTestId('nav-page').click();

  await panel.getByTestId('merge-undo').click();
  await expect(panel.getByTestId('contact-source')).toHaveText('Gmail');
  await expect(panel.getByTestId('merge-candidate')).toBeVisible();
  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByTestId('contact-row')).toHaveCount(2);
});
