import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { expect, test } from './fixtures';

/**
 * A thread where the champion looped in the one who signs off, and she then wrote herself: her question is
 * the last reply, answered to her. Read with the champion's hand-off before it, the panel said "Karen sent us
 * on to Karen" and drafted her a cold introduction with a discovery question.
 */
const APPROVER = SERVED_ROUTES.find((r) => r.file === 'gmail/thread--approver-replies--2026-12-05.html');

test('the approver who was looped in asks a question: answered to her, no referral to herself', async ({ openSitePage, openPanelFor }) => {
  if (!APPROVER) throw new Error('the approver-replies route is gone');
  const panel = await openPanelFor(await openSitePage(routeUrl(APPROVER)));
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_question', { timeout: 20_000 });
  await expect(panel.getByTestId('next-step')).toContainText(/three-year cost/);
  await expect(panel.getByTestId('next-step')).not.toContainText(/sent us on|suggested|Contact Karen/);
  await expect.poll(async () => panel.getByTestId('draft-body').inputValue()).toMatch(/^Hi Karen,/);
  expect(await panel.getByTestId('draft-body').inputValue()).not.toMatch(/suggested I get in touch|thank you for the introduction/);
});
