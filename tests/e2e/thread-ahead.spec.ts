import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A deal whose thread is past its CRM stage reads as one judgment: the header, the stage card and
 * Today's row put it where the thread is, the CRM's own stage is the header's note, and the banners
 * say where to update it; whole at 320 px in every language.
 */
const FXIAOKE_DEAL = 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a1';
const SF_DEAL = 'https://northwind.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view';

const CONTRACT = { en: 'Contract', 'zh-Hans': '合同签订', 'zh-Hant': '合約簽訂' } as const;
const NOTE = { en: 'CRM still says “需求确定”', 'zh-Hans': 'CRM 中仍为“需求确定”', 'zh-Hant': 'CRM 中仍為「需求确定」' } as const;

/** Whether a shown element is read whole: not cut in its own box, not past the panel's edge. */
async function whole(panel: Page, testId: string): Promise<string | null> {
  return panel.getByTestId(testId).evaluate((e) => {
    const box = e.getBoundingClientRect();
    if (e.scrollWidth > e.clientWidth + 1) return `cut inside (${e.scrollWidth} > ${e.clientWidth})`;
    if (box.right > document.documentElement.clientWidth + 1) return `past the panel (${Math.round(box.right)} > ${document.documentElement.clientWidth})`;
    return null;
  });
}

test('a deal whose thread is past its CRM stage: the header, stage card and Today row say the thread’s stage, the CRM’s is the note, whole at 320 px in three languages', async ({ openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  const panel = await openPanelFor(await openSitePage(FXIAOKE_DEAL));
  await panel.setViewportSize({ width: 320, height: 800 });
  await expect(panel.getByTestId('next-step')).toHaveAttribute('data-kind', 'move_to_contract', { timeout: 30_000 });
  for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    await panel.getByTestId('language-select').selectOption(locale);
    await expect(panel.locator('.app')).toHaveAttribute('lang', locale);
    const stage = panel.getByTestId('situation-stage');
    await expect(stage).toHaveAttribute('data-stage', 'close');
    await expect(stage).toHaveText(CONTRACT[locale]);
    await expect(panel.getByTestId('header-crm-still')).toHaveText(NOTE[locale]);
    await expect(panel.getByTestId('header-crm-still')).toHaveAttribute('title', /纷享销客 Fxiaoke/);
    expect(await whole(panel, 'situation-stage'), `${locale}: the stage`).toBeNull();
    expect(await whole(panel, 'header-crm-still'), `${locale}: the CRM's note`).toBeNull();
    expect(await whole(panel, 'header-action'), `${locale}: the action`).toBeNull();
    // The stage card is the same stage, and says the CRM lags; the next step says where to update it.
    await expect(panel.getByTestId('stage-name')).toHaveText(CONTRACT[locale]);
    await expect(panel.getByTestId('stage-crm-behind')).toHaveAttribute('data-thread', 'close');
    await expect(panel.getByTestId('crm-stage-behind')).toHaveAttribute('data-to', 'close');
    // The deal card keeps the CRM's own stage, mapped: the note's, not a second stage for the deal.
    await expect(panel.getByTestId('deal-crm-stage')).toHaveText('需求确定');
  }
  // Nothing offers to move the deal to the stage it is already shown at.
  await expect(panel.locator('[data-testid="stage-move"][data-to="close"], [data-testid="stage-suggestion-accept"][data-to="close"]')).toHaveCount(0);

  // Today's row for the deal: the same stage.
  await panel.getByTestId('language-select').selectOption('en');
  await panel.getByTestId('nav-today').click();
  const row = panel.getByTestId('today-row').filter({ has: panel.getByTestId('today-row-deal') });
  await expect(row.getByTestId('today-row-meta')).toHaveAttribute('data-stage', 'close');
  await expect(row.getByTestId('today-row-meta')).toContainText('Contract · Tier A');
});

test('a Salesforce deal at “Proposal/Price Quote” whose buyer asks the timeline to sign is at Contract, the CRM’s stage its note; a deal in step with its CRM has no note', async ({ openSitePage, openPanelFor }) => {
  const panel = await openPanelFor(await openSitePage(SF_DEAL));
  await panel.setViewportSize({ width: 320, height: 800 });
  await expect(panel.getByTestId('situation-stage')).toHaveText('Contract', { timeout: 30_000 });
  await expect(panel.getByTestId('header-crm-still')).toHaveText('CRM still says “Proposal/Price Quote”');
  await expect(panel.getByTestId('header-crm-still')).toHaveAttribute('title', 'Salesforce still has this at “Proposal/Price Quote”; the conversation is at Contract. Update the stage in Salesforce.');
  expect(await whole(panel, 'header-crm-still')).toBeNull();
  await expect(panel.getByTestId('deal-sop-stage')).toHaveText('Quote and negotiation');

  // The Pipedrive deal in a custom stage has no thread past it: no note.
  const custom = await openPanelFor(await openSitePage('https://nordwind.pipedrive.com/deal/1842'));
  await expect(custom.getByTestId('situation-stage')).toBeVisible({ timeout: 30_000 });
  await expect(custom.getByTestId('header-crm-still')).toHaveCount(0);
});
