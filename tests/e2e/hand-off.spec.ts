import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { expect, test } from './fixtures';

/**
 * A hand-off in Cantonese with no name (我轉咗俾我哋IT主管睇咗，佢會直接搵你: passed to their IT head, who will
 * contact us): thank Ivy and ask whom, in Traditional Chinese. Read as nothing, it was a nurture follow-up
 * with a discovery question to the person who had just passed it on.
 */
const HANDED = SERVED_ROUTES.find((r) => r.file === 'linkedin/messaging--handed-to-it-yue--2026-12-05.html');

test('a Cantonese hand-off to an unnamed IT head: ask whom, not a discovery follow-up', async ({ openSitePage, openPanelFor }) => {
  if (!HANDED) throw new Error('the hand-off route is gone');
  const panel = await openPanelFor(await openSitePage(routeUrl(HANDED)));
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'follow_up', { timeout: 20_000 });
  await expect(panel.getByTestId('header-action')).toHaveText('Ask whom to contact');
  await expect(panel.getByTestId('next-step')).toContainText(/IT主管/);
  await expect.poll(async () => panel.getByTestId('draft-body').inputValue()).toMatch(/^Ivy 您好/);
  expect(await panel.getByTestId('draft-body').inputValue()).toMatch(/聯絡哪位/);
});
