import { routeUrl, SERVED_ROUTES } from '../../demo/routes';
import { expect, test } from './fixtures';

const FILE = 'gmail/thread--signature-no-sign-off--2026-12-05.html';

test('a reply signed by name, title, company and phone with no sign-off above the name: the card quotes the reply, not the signature', async ({ openSitePage, openPanelFor }) => {
  const route = SERVED_ROUTES.find((r) => r.file === FILE);
  if (!route) throw new Error(`no demo route serves ${FILE}`);
  const panel = await openPanelFor(await openSitePage(routeUrl(route)));
  await expect(panel.getByTestId('contact-name')).toHaveText('Priya Raman');
  // (on main's build the quote ran on with "Priya Raman / Head of Operations | Larkspur Cold Storage Ltd / +44 113 496 0721 · …")
  await expect(panel.locator('.reply-quote')).toHaveText(
    "Hi Sam,\n\nThanks, the proposal is clear. Honestly though, 18,900 is well above what we set aside for monitoring this year, so we can't go ahead at that price.",
  );
  await expect(panel.getByTestId('draft-body')).not.toHaveValue(/Larkspur Cold Storage Ltd|496 0721/);
});
