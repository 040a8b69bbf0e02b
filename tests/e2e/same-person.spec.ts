import { openCard } from './cards';
import { expect, test } from './fixtures';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const LINKEDIN = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';
const MERGE_STEP = 'Same person as Mei Lin Chen in Gmail, at Quote and negotiation: check, and merge to keep one history';

test('her LinkedIn profile after her Gmail thread: the next step is the merge, at her thread’s stage, never a first touch; merged, one history; undone, both back', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  // Her Gmail thread is read first: her price objection puts it at negotiation.
  const gmail = await openPanelFor(await openSitePage(GMAIL));
  await expect(gmail.getByTestId('contact-email')).toHaveText('mei.chen@orchid-precision.example');
  await expect(gmail.getByTestId('situation-stage')).toHaveText('Quote and negotiation');
  await expect(gmail.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_objection');
  const threadStep = (await gmail.getByTestId('next-step-action').textContent()) ?? '';

  // Her LinkedIn profile (same name, Orchid Precision Manufacturing ~ orchid-precision.example) does not start over.
  const panel = await openPanelFor(await openSitePage(LINKEDIN));
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  await expect(panel.getByTestId('next-step-action')).toHaveText(MERGE_STEP);
  await expect(panel.getByTestId('next-step-reason')).toContainText('Not a first touch');
  await expect(panel.getByTestId('next-step')).not.toHaveAttribute('data-kind', 'first_touch');
  await expect(panel.getByTestId('situation-stage')).toHaveText('Quote and negotiation');
  await expect(panel.getByTestId('header-action')).toHaveText('Check and merge');
  // No message to write before the merge: no first-touch script.
  await expect(panel.getByTestId('draft-body')).toHaveCount(0);
  await openCard(panel, 'draft');
  await expect(panel.getByTestId('draft-none')).toHaveText('No draft until the two records are merged: the draft then follows one history.');
  await openCard(panel, 'stage');
  await expect(panel.getByTestId('stage-same-person')).toHaveText('Mei Lin Chen in Gmail is at Quote and negotiation: until you merge the two, this is that record’s stage.');
  await expect(panel.getByTestId('stage-move')).toHaveCount(0);
  const candidate = panel.getByTestId('merge-candidate');
  await expect(candidate).toHaveAttribute('data-strength', 'strong');
  await expect(candidate).toContainText('Most likely the same person: Mei Lin Chen (Gmail · mei.chen@orchid-precision.example)');

  // Today: one row for her two records, and no "same name" note beside it. Both are due today (her price objection at
  // negotiation, tier A as the quote shows, is answered the same day), and the row is the conversation's.
  await panel.getByTestId('nav-today').click();
  const meiRows = panel.getByTestId('today-row').filter({ has: panel.getByTestId('today-row-title').getByText('Mei Lin Chen', { exact: true }) });
  await expect(meiRows).toHaveCount(1);
  await expect(meiRows.getByTestId('today-row-action')).toContainText('Answer the objection: Too expensive');
  await expect(meiRows.getByTestId('today-row-same-name')).toHaveCount(0);
  await panel.getByTestId('nav-page').click();

  // The header's button goes to the merge; the merge gives one history, judged as her thread is.
  await panel.getByTestId('header-action').click();
  await expect(candidate.getByTestId('merge-action')).toBeFocused();
  await candidate.getByTestId('merge-action').click();
  await expect(panel.getByTestId('merge-done')).toHaveText(/Merged Mei Lin Chen \(Gmail\) into this contact\./);
  await expect(panel.getByTestId('contact-source')).toHaveText('LinkedIn, Gmail');
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'answer_objection');
  await expect(panel.getByTestId('next-step-action')).toHaveText(threadStep);
  await expect(panel.getByTestId('situation-stage')).toHaveText('Quote and negotiation');
  await expect(panel.getByTestId('stage-same-person')).toHaveCount(0);
  await expect(panel.getByTestId('draft-body')).toBeVisible();
  // The Gmail tab shows the one merged record, with the same judgment.
  await expect(gmail.getByTestId('contact-source')).toHaveText('LinkedIn, Gmail');
  await expect(gmail.getByTestId('next-step-action')).toHaveText(threadStep);
  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByTestId('contact-row')).toHaveCount(1);
  await panel.getByTestId('nav-page').click();

  // Undo: both records back, the profile's merge step with them.
  await panel.getByTestId('merge-undo').click();
  await expect(panel.getByTestId('contact-source')).toHaveText('LinkedIn');
  await expect(panel.getByTestId('next-step-action')).toHaveText(MERGE_STEP);
  await expect(gmail.getByTestId('contact-source')).toHaveText('Gmail');
  await expect(gmail.getByTestId('next-step-action')).toHaveText(threadStep);
  await panel.getByTestId('nav-contacts').click();
  await expect(panel.getByTestId('contact-row')).toHaveCount(2);
  await panel.getByTestId('nav-page').click();

  // In Chinese, as a native speaker writes it.
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(panel.getByTestId('next-step-action')).toHaveText('与 Gmail 里的 Mei Lin Chen 是同一人，已到“报价与谈判”：核对后合并，只留一份记录');
  await expect(panel.getByTestId('header-action')).toHaveText('核对并合并');
  await expect(candidate).toContainText('很可能是同一个人');
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(panel.getByTestId('next-step-action')).toHaveText(/^與 Gmail 裡的 Mei Lin Chen 是同一人，已到「報價/);
  await expect(panel.getByTestId('header-action')).toHaveText('核對並合併');
  await expect(candidate).toContainText('很可能是同一個人');
});
