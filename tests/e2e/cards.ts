import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Opens one of the panel's folded cards as a rep does (a click on its title line); a card that is
 * open already stays open. Names: `components/Fold.tsx`'s `CardName` (spin, bant, stage, notes,
 * contact, deal-record, deal-stage, deal-bant, deal-people, …).
 */
export async function openCard(panel: Page, name: string): Promise<void> {
  const toggle = panel.getByTestId(`fold-${name}`);
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
