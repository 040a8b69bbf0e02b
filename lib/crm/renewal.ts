import { crmRenewalsItem, crmTokensItem, type CrmRenewal } from './connections';
import { CrmRequestError, type Fetch } from './http';
import { refreshSalesforce } from './salesforce-oauth';
import { signInToZoho } from './zoho-oauth';
import type { CrmFailure, CrmId } from './types';


/*
 * Renewing an expired session where the CRM's sign-in gave us a way to (Salesforce's refresh token,
 * Zoho's sign-in asked again without the rep), kept beside the access tokens in this browser's
 * local extension storage only.
 */

/** Keeps how to renew a CRM's session (after an OAuth sign-in), or forgets it (a pasted token, a disconnect). */
export async function keepRenewal(crm: CrmId, renewal: CrmRenewal | null): Promise<void> {
  const { [crm]: _old, ...rest } = await crmRenewalsItem.getValue();
  await crmRenewalsItem.setValue(renewal ? { ...rest, [crm]: renewal } : rest);
}

/** The refresh was refused: the rep signs in again (said apart from a refused token). */
export class RenewalRefusedError extends CrmRequestError {
  override toFailure(at: number): CrmFailure {
    return { ...super.toFailure(at), renewal: 'refused' };
  }
}

/** Opens Zoho's sign-in URL without a window (the silent renewal), resolving with where it redirected. */
const launchQuietly = (url: string, interactive: boolean) => browser.identity.launchWebAuthFlow({ url, interactive });

/**
 * A new access token for a CRM whose session the CRM refused (401), stored in place of the old
 * one; null when there is no way to renew it (a pasted token). Salesforce: the refresh token
 * grant; Zoho: its sign-in asked again, not interactive (`./zoho-oauth.ts`). Throws
 * {@link RenewalRefusedError} when the CRM refuses the renewal, and the request's own error when
 * it could not be asked.
 */
export async function renewToken(crm: CrmId, fetchImpl: Fetch, launch: (url: string, interactive: boolean) => Promise<string | undefined> = launchQuietly): Promise<string | null> {
  const renewal = (await crmRenewalsItem.getValue())[crm];
  if (!renewal) return null;
  try {
    let accessToken: string;
    if ('refreshToken' in renewal) {
      if (crm !== 'salesforce') return null;
      ({ accessToken } = await refreshSalesforce(renewal, fetchImpl));
    } else {
      if (crm !== 'zoho') return null;
      ({ accessToken } = await signInToZoho(renewal, launch, browser.identity.getRedirectURL('zoho'), false));
    }
    await crmTokensItem.setValue({ ...(await crmTokensItem.getValue()), [crm]: accessToken });
    return accessToken;
  } catch (error) {
    if (error instanceof CrmRequestError && error.kind === 'auth') throw new RenewalRefusedError('auth', error.status, error.detail);
    throw error;
  }
}
