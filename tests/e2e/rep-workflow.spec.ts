import { openCard } from './cards';
import { expect, readStore, test } from './fixtures';

const MEI = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';

test('BANT facts re-tier the contact at once and explain why, in the chosen language', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(MEI));
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier C');
  await expect(panel.getByTestId('bant-reason')).toHaveText('Need not confirmed yet → C.');

  await openCard(panel, 'bant');
  await panel.getByTestId('bant-need').selectOption('clear');
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier B');
  await expect(panel.getByTestId('bant-reason')).toHaveText('Need is clear, budget not yet confirmed → B.');

  await panel.getByTestId('bant-budget').selectOption('confirmed');
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier A');
  await expect(panel.getByTestId('bant-reason')).toHaveText('Budget confirmed on a lead with a clear need → A.');
  await expect(panel.getByTestId('bant-ask-next')).toHaveText('Ask next: Besides you, who else will be involved in deciding, and who signs?');

  await panel.getByTestId('bant-need').selectOption('none');
  await expect(panel.getByTestId('bant-reason')).toHaveText('Need does not match our business: retire the lead.');
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'reopen');
  // The re-open day is in 90 days; when that is a weekend or a holiday the reason says it moved to the next working day.
  await expect(panel.getByTestId('next-step-reason')).toHaveText(/^Their need does not match our business: the lead is retired; re-open only with a new reason\.(?: \w{3} \d{1,2}, \d{4} is (?:a weekend day|New Year’s Day|Christmas Day) for them: moved to the next working day, \w{3} \d{1,2}, \d{4}\.)?$/);
  await panel.getByTestId('bant-need').selectOption('clear');

  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(panel.getByTestId('bant-reason')).toHaveText('需求明確的潛在客戶確認了預算 → A 級。');
  await panel.getByTestId('language-select').selectOption('en');

  // Stored, not just shown: a fresh panel reads the same facts.
  await panel.reload();
  await expect(panel.getByTestId('bant-budget')).toHaveValue('confirmed');
  await expect(panel.getByTestId('contact-tier')).toHaveText('Tier A');
});

test('logging a touch, ticking exit criteria and moving the stage drive the next step', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(MEI));
  await expect(panel.getByTestId('next-step-action')).toHaveText('Make a first touch: a short note that names one pain of theirs.');
  await expect(panel.getByTestId('next-step-due')).toContainText('Due');
  await expect(panel.getByTestId('exit-first_touch')).not.toBeChecked();

  await panel.getByTestId('touch-channel').selectOption('linkedin');
  await panel.getByTestId('touch-outbound').click();
  await expect(panel.getByTestId('touch-count')).toContainText('Touches: 1');
  // First touch made: the follow-up asks the heaviest unknown BANT fact (budget, mature weighting).
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'follow_up');
  await expect(panel.getByTestId('next-step-reason')).toContainText('Ask about Budget: “Is there budget set aside for this, and roughly in what range?”');
  await expect(panel.getByTestId('next-step-due')).toContainText('Due');

  // What the store proves is ticked and locked: the source is recorded, the touch was logged.
  await expect(panel.getByTestId('exit-source_recorded')).toBeChecked();
  await expect(panel.getByTestId('exit-source_recorded')).toBeDisabled();
  await expect(panel.getByTestId('exit-first_touch')).toBeChecked();
  // Every exit criterion met: the next stage is offered, one click to accept.
  await expect(panel.getByTestId('stage-suggestion')).toHaveText(/^Ready for Qualification: every exit criterion of Prospecting is met\.Move to Qualification$/);
  await panel.getByTestId('stage-suggestion-accept').click();
  await expect(panel.getByTestId('stage-name')).toHaveText('Qualification');
  await expect(panel.getByTestId('situation-stage')).toHaveText('Qualification');
  await expect(panel.getByTestId('exit-bant_scored')).not.toBeChecked();

  const [stored] = await readStore<{ stageHistory?: unknown }>(panel, 'contacts');
  const history = stored?.stageHistory;
  expect(history).toMatchObject([{ from: 'prospect', to: 'qualify', reason: 'Accepted from the evidence: every exit criterion of Prospecting is met' }]);
});

test('a question marked as asked gives way to the next one; a confirmed pain moves to its implications', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(MEI));
  await openCard(panel, 'spin');
  const first = panel.getByTestId('spin-questions').locator('li').first();
  await expect(first).toHaveAttribute('data-question-id', 'manual_scheduling:situation');
  await first.getByTestId('spin-asked').click();
  await expect(first).not.toHaveAttribute('data-question-id', 'manual_scheduling:situation');
  await expect(panel.locator('[data-question-id="manual_scheduling:situation"]')).toHaveCount(0);

  const next = await first.getAttribute('data-question-id');
  const pain = next?.split(':')[0];
  await first.getByTestId('spin-pain').click();
  // That pain is known now: its implication question ranks first even while prospecting.
  await expect(first).toHaveAttribute('data-question-id', `${pain ?? ''}:implication`);
});

test('the prospect’s answer to a SPIN question is recorded with it', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage('https://www.linkedin.com/in/mei-lin-chen-4b21a7/'));
  await openCard(panel, 'spin');
  const first = panel.getByTestId('spin-questions').locator('li').first();
  await expect(first).toHaveAttribute('data-question-id', 'manual_scheduling:situation');
  await first.getByTestId('spin-answer').fill('By hand in Excel, two planners.');
  await first.getByTestId('spin-pain').click();
  await expect(panel.locator('[data-question-id="manual_scheduling:situation"]')).toHaveCount(0);
  const answers = panel.getByTestId('spin-answers');
  await answers.locator('summary').click();
  await expect(answers).toContainText('Is production scheduling at Orchid Precision Manufacturing done by hand or in a system today?');
  await expect(answers).toContainText('By hand in Excel, two planners.');

  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(answers.locator('summary')).toHaveText('已获得的回答');
  await expect(answers).toContainText('Orchid Precision Manufacturing 现在的生产排产是手工做，还是在系统里做？');
  await expect(panel.getByTestId('stage-move')).toHaveText('推进到“线索筛选”');
  await panel.getByTestId('language-select').selectOption('en');
});
