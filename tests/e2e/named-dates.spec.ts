import { routeUrl, SERVED_ROUTES } from '../../demo/routes';
import { demoDate, mediumDate } from './demo-dates';
import { expect, test } from './fixtures';

const FILE = 'outlook/thread--board-next-week--2026-12-04.html';

/** The first working day for an English reader from `day` on (weekends, Christmas Day and New Year's Day skipped, lib/situation/holiday.ts). */
function workingDayFrom(day: Date): Date {
  const d = new Date(day);
  while (d.getDay() === 0 || d.getDay() === 6 || (d.getMonth() === 11 && d.getDate() === 25) || (d.getMonth() === 0 && d.getDate() === 1)) d.setDate(d.getDate() + 1);
  return d;
}

test('a day named by a possessive ("we\'ll present it at next week\'s board meeting"): the one-pager before it, the check-in the working day after that week', async ({ openSitePage, openPanelFor }) => {
  const route = SERVED_ROUTES.find((r) => r.file === FILE);
  if (!route) throw new Error(`no demo route serves ${FILE}`);
  const panel = await openPanelFor(await openSitePage(routeUrl(route)));
  await expect(panel.getByTestId('contact-name')).toHaveText('Priya Nair');
  // Her reply is dated the day before the page's (as the demo serves it today): "next week" is the week after that day's,
  // which ends on its Friday; the check-in is the working day after it, the Monday two weeks after her reply's week began.
  const replied = demoDate(FILE, 2026, 12, 3);
  const checkIn = workingDayFrom(new Date(replied.getFullYear(), replied.getMonth(), replied.getDate() - ((replied.getDay() + 6) % 7) + 14));
  await expect(panel.getByTestId('next-step-action')).toContainText('Help Priya make the case to their board: a one-page summary');
  await expect(panel.getByTestId('next-step-reason')).toContainText('“A pilot at this size is above what I can approve on my own, so we\'ll present it at next week\'s board meeting.”');
  await expect(panel.getByTestId('next-step-reason')).toContainText(`check in on ${mediumDate(checkIn)} to hear how it went`);
});
