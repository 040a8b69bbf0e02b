import type { BrowserContext, Page } from '@playwright/test';
import { grantSiteAccess } from '../../demo/browser';
import type { CrmStandIns, StandInCrmId } from '../../demo/crm/server';
import { expect } from './fixtures';

/** The demo's HubSpot contact; the stand-ins know her by this email (HubSpot also by her record id). */
export const MARIA = { page: 'https://app.hubspot.com/contacts/24681357/record/0-1/51234', email: 'maria.gonzalez@brightline.example' };

export const TOKENS: Record<StandInCrmId, string> = { hubspot: 'pat-na1-good-token', pipedrive: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', salesforce: '00D5g000004Good!AQ4AQFakeSessionToken', zoho: '1000.zoho-good-access-token.5f2c' };
const ORIGINS: Record<StandInCrmId, string> = { hubspot: 'https://api.hubapi.com/*', pipedrive: 'https://api.pipedrive.com/*', salesforce: 'https://nordwind.my.salesforce.com/*', zoho: 'https://www.zohoapis.com/*' };

/** Every CRM empty, then Maria in each. */
export function seedMaria(crm: CrmStandIns): void {
  crm.reset();
  crm.hubspot.contacts.push({ id: '51234', properties: { email: MARIA.email, firstname: 'Maria' }, createdAt: '', updatedAt: '' });
  crm.pipedrive.persons.push({ id: 88, name: 'Maria Gonzalez', emails: [MARIA.email] });
  crm.salesforce.contacts.push({ Id: '0035g00000MariaAAA', Email: MARIA.email });
}

/** Settings, as a rep connects: site access granted the way a user grants it, then the token (and instance URL). */
export async function connectCrm(context: BrowserContext, extensionId: string, crm: StandInCrmId, token = TOKENS[crm], settings?: Page): Promise<Page> {
  await grantSiteAccess(context, extensionId, ORIGINS[crm]);
  const page = settings ?? (await context.newPage());
  if (!settings) await page.goto(`chrome-extension://${extensionId}/options.html`);
  if (crm === 'salesforce') await page.getByTestId('crm-salesforce-instance').fill('https://nordwind.my.salesforce.com');
  await page.getByTestId(`crm-${crm}-token`).fill(token);
  await page.getByTestId(`crm-${crm}-connect`).click();
  await expect(page.getByTestId(`crm-${crm}-connected`)).toBeVisible();
  // HubSpot's card reads the account's users for the owner picker: let that request land before a
  // test scripts the stand-in's next answer, or the script is spent on it.
  if (crm === 'hubspot') await expect(page.getByTestId('crm-hubspot-owner').or(page.getByTestId('crm-hubspot-owner-failed'))).toBeVisible();
  return page;
}

/** A touch logged by hand in the panel beside Maria's HubSpot record. */
export async function logTouchOnMaria(panel: Page, expectedCount: number, channel = 'email'): Promise<void> {
  await panel.getByTestId('touch-channel').selectOption(channel);
  await panel.getByTestId('touch-outbound').click();
  await expect(panel.getByTestId('touch-count')).toContainText(`Touches: ${String(expectedCount)}`);
}

/** The requests a CRM got that wrote or looked for activities (not the connect check). */
export function activityRequests(crm: CrmStandIns, id: StandInCrmId): string[] {
  return crm.requests.filter((r) => r.crm === id && !/account-info|users\/me|limits$|activityFields|crm\/v3\/owners|crm\/v7\/users|crm\/v7\/settings\/fields/.test(r.path)).map((r) => `${r.method} ${r.path} ${String(r.status)}`);
}
