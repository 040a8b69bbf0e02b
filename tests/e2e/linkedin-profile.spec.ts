import { expect, readStore, test } from './fixtures';

const MEI = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';

test('a LinkedIn profile appears in the panel with the exact values read from the page', async ({ openSitePage, openPanelFor }) => {
  const profile = await openSitePage(MEI);
  const panel = await openPanelFor(profile);

  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  await expect(panel.getByTestId('contact-headline')).toHaveText(
    'VP Operations at Orchid Precision Manufacturing | Lean & Six Sigma | Scaling contract manufacturing in APAC',
  );
  await expect(panel.getByTestId('contact-company')).toHaveText('Orchid Precision Manufacturing');
  await expect(panel.getByTestId('contact-title')).toHaveText('VP Operations');
  await expect(panel.getByTestId('contact-location')).toHaveText('Suzhou, Jiangsu, China');
  await expect(panel.getByTestId('contact-profile-url')).toHaveText(MEI);
  await expect(panel.getByTestId('contact-source')).toHaveText('LinkedIn');
  await expect(panel.getByTestId('situation-stage')).toHaveText('Prospecting');
  await expect(panel.getByTestId('contact-captured')).not.toBeEmpty();
  await expect(panel.getByTestId('next-step-action')).toHaveText('Make a first touch: a short note that names one pain of theirs.');
  await expect(panel.getByTestId('next-step-reason')).toHaveText('New contact, no touch yet: prospecting ends with a first touch.');
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier C');
});

test('navigating to another profile without a reload updates the panel', async ({ openSitePage, openPanelFor }) => {
  const profile = await openSitePage(MEI);
  const panel = await openPanelFor(profile);
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');

  // The demo pages route like LinkedIn's client router: no document load happens.
  await profile.evaluate(() => ((window as unknown as { sopMarker: boolean }).sopMarker = true));
  await profile.getByRole('link', { name: 'Priya Raman' }).click();
  await expect(profile).toHaveURL(/\/in\/priya-raman-0c9d2e/);
  expect(await profile.evaluate(() => (window as unknown as { sopMarker?: boolean }).sopMarker)).toBe(true);

  await expect(panel.getByTestId('contact-name')).toHaveText('Priya Raman');
  await expect(panel.getByTestId('contact-headline')).toHaveText('Director of Finance at Meridian Health Partners');
  await expect(panel.getByTestId('contact-location')).toHaveText('Bengaluru, Karnataka, India');

  await profile.goBack();
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
});

test('a page whose layout is not recognised shows the error and stores nothing', async ({ openSitePage, openPanelFor }) => {
  const broken = await openSitePage('https://www.linkedin.com/in/kai-lindqvist/');
  const panel = await openPanelFor(broken);
  await expect(panel.getByTestId('layout-error')).toContainText('LinkedIn layout not recognised');
  await expect(panel.getByTestId('contact-name')).toHaveCount(0);

  expect(await readStore(panel, 'contacts')).toEqual([]);
});

test('a second visit updates the same contact instead of duplicating it', async ({ openSitePage, openPanelFor }) => {
  const first = await openSitePage(MEI);
  const panel = await openPanelFor(first);
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  const capturedBefore = await panel.getByTestId('contact-captured').textContent();

  const second = await openSitePage('https://www.linkedin.com/in/Mei-Lin-Chen-4b21a7?trk=public_profile');
  const secondPanel = await openPanelFor(second);
  await expect(secondPanel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');

  const contacts = await readStore<{ name: string }>(secondPanel, 'contacts');
  expect(contacts.map((c) => c.name)).toEqual(['Mei Lin Chen']);
  expect(capturedBefore).toBeTruthy();
});
