import { crmRenewalsItem, crmTokensItem } from './connections';
import { CrmRequestError, type Fetch } from './http';
import { refreshSalesforce, type SalesforceRenewal } from './salesforce-oauth';
import type { CrmFailure, CrmId } from './types';


/*
 * Renewing an expired session where the CRM's sign-in gave us a refresh token (Salesforce's OAuth
 * sign-in), kept beside the access tokens in this browser's local extension storage only.
 */

/** Keeps how to renew a CRM's session (after an OAuth sign-in), or forgets it (a pasted token, a disconnect). */
export async function keepRenewal(crm: CrmId, renewal: SalesforceRenewal | null): Promise<void> {
  const { [crm]: _old, ...rest } = await crmRenewalsItem.getValue();
  await crmRenewalsItem.setValue(renewal ? { ...rest, [crm]: renewal } : rest);
}

/** The refresh was refused: the rep signs in again (said apart from a refused token). */
export class RenewalRefusedError extends CrmRequestError {
  override toFailure(at: number): CrmFailure {
    return { ...super.toFailure(at), renewal: 'refused' };
  }
}

/**
 * A new access token for a CRM whose session the CRM refused (401), stored in place of the old
 * one; null when there is no way to renew it (a pasted token). Throws {@link RenewalRefusedError}
 * when the CRM refuses the refresh, and the request's own error when it could not be asked.
 */
export async function renewToken(crm: CrmId, fetchImpl: Fetch): Promise<string | null> {
  const renewal = (await crmRenewalsItem.getValue())[crm];
  if (crm !== 'salesforce' || !renewal) return null;
  try {
    const { accessToken } = await refreshSalesforce(renewal, fetchImpl);
    await crmTokensItem.setValue({ ...(await crmTokensItem.getValue()), [crm]: accessToken });
    return accessToken;
  } catch (error) {
    if (error instanceof CrmRequestError && error.kind === 'auth') throw new RenewalRefusedError('auth', error.status, error.detail);
    throw error;
  }
}
