/**
 * Probe 2, cause V, as a rep meets it in real Chromium with the built extension: a HubSpot deal whose newest activity
 * is the rep's own call note setting our next step on a day ("Next step: I send the revised SOW on Thu, 10 Dec 2026").
 * That step is ours on that day, not "they replied, the next move is ours" overdue since the call. The demo's own
 * dated page, served as if saved today (the day in the note moves with it).
 */
import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { expect, test } from './fixtures';

test('a rep’s call note that sets our next step on a day: do it by then, not a follow-up overdue since the call', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(60_000);
  const route = SERVED_ROUTES.find((r) => r.file === 'hubspot/deal--rep-next-step--2026-12-03.html');
  if (!route) throw new Error('no demo route serves the rep-next-step deal');
  const panel = await openPanelFor(await openSitePage(routeUrl(route)));
  const step = panel.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'follow_up', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step-action')).toHaveText(/^Do what you promised, by \w{3} \d{1,2}, \d{4}$/);
  await expect(step).toContainText('Your own note promises it (“I send the revised SOW on');
  await expect(step).not.toContainText(/the next move is ours|Overdue/i);
});
