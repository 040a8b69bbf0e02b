import { expect, test } from './fixtures';

test('a Sales Navigator lead is read with the rep’s notes and joins the contact from the public profile', async ({ openSitePage, openPanelFor }) => {
  const profile = await openPanelFor(await openSitePage('https://www.linkedin.com/in/daniel-okafor-77b1/'));
  await expect(profile.getByTestId('contact-name')).toHaveText('Daniel Okafor');

  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/sales/lead/ACwAAAB1c2VyLWRhbmllbA,NAME_SEARCH,x9Zq'));
  await expect(panel.getByTestId('contact-name')).toHaveText('Daniel Okafor');
  await expect(panel.getByTestId('contact-title')).toHaveText('Head of Procurement');
  await expect(panel.getByTestId('contact-company')).toHaveText('Northwind Logistics');
  await expect(panel.getByTestId('contact-profile-url')).toHaveText('https://www.linkedin.com/in/daniel-okafor-77b1/');
  // Logistics × procurement: the SPIN bank fits the questions to him.
  await expect(panel.getByTestId('spin-questions')).toContainText('carrier rates');

  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);
});
