import { storage } from 'wxt/utils/storage';
import type { SopDatabase } from '../db/database';
import type { SalesforceRenewal } from './salesforce-oauth';
import type { ZohoRenewal } from './zoho-oauth';

/** How a CRM's expired session is renewed: Salesforce's refresh token, or Zoho's sign-in asked again without the rep. */
export type CrmRenewal = SalesforceRenewal | ZohoRenewal;
import type { CrmConnection, CrmId } from './types';

/**
 * The reps' CRM tokens, in this browser's local extension storage (never synced, never in an
 * export, never shown again in full); the connections themselves are in the database, where the
 * writes that queue activities read them.
 */
export const crmTokensItem = storage.defineItem<Partial<Record<CrmId, string>>>('local:crmTokens', { fallback: {} });

/** How to renew a session (Salesforce's refresh token, its connected app and login host; Zoho's client id and Accounts server), after an OAuth sign-in only: `./renewal.ts`. */
export const crmRenewalsItem = storage.defineItem<Partial<Record<CrmId, CrmRenewal>>>('local:crmRenewals', { fallback: {} });

export async function tokenOf(crm: CrmId): Promise<string | null> {
  const tokens = await crmTokensItem.getValue();
  return tokens[crm] ?? null;
}

/** Keeps the token and the connection; logging stays off until the rep has seen the preview and turned it on. */
export async function saveConnection(db: SopDatabase, crm: CrmId, apiBase: string, token: string, account: string, now: number, pickedApiBase?: string): Promise<void> {
  const tokens = await crmTokensItem.getValue();
  await crmTokensItem.setValue({ ...tokens, [crm]: token });
  const found = await db.crmConnections.get(crm);
  // Reconnecting (a new token after a refusal) keeps the consent already given and lifts the pause, but only to the same
  // place: another host (a Salesforce instance, a Zoho data center) or another account is not what the rep saw in the
  // preview, so logging waits for the preview again.
  const existing = found && found.apiBase === apiBase && (found.account ?? account) === account ? found : undefined;
  await db.crmConnections.put({ crm, apiBase, connectedAt: existing?.connectedAt ?? now, consent: existing?.consent ?? false, ...(existing?.consentAt ? { consentAt: existing.consentAt } : {}), account, ...(pickedApiBase ? { pickedApiBase } : {}) });
}

/** The rep's own user in the CRM (HubSpot), or none. */
export async function setOwner(db: SopDatabase, crm: CrmId, owner: { id: string; name: string } | null): Promise<void> {
  await db.crmConnections.update(crm, { ownerId: owner?.id, ownerName: owner?.name });
}

/** Logging on (after the preview) or off (the queue stays, paused). */
export async function setConsent(db: SopDatabase, crm: CrmId, consent: boolean, now: number): Promise<void> {
  await db.crmConnections.update(crm, consent ? { consent, consentAt: now } : { consent });
}

/** Forgets the token and the connection; activities already queued stay (sent again after reconnecting). */
export async function disconnect(db: SopDatabase, crm: CrmId): Promise<void> {
  const { [crm]: _removed, ...rest } = await crmTokensItem.getValue();
  await crmTokensItem.setValue(rest);
  const { [crm]: _renewal, ...renewals } = await crmRenewalsItem.getValue();
  await crmRenewalsItem.setValue(renewals);
  await db.crmConnections.delete(crm);
}

export function connectionOf(db: SopDatabase, crm: CrmId): Promise<CrmConnection | undefined> {
  return db.crmConnections.get(crm);
}
