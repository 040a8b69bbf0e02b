import { CrmRequestError } from './http';
import { ZOHO_DATA_CENTERS } from './zoho';

/**
 * Zoho sign-in: Zoho Accounts' flow for client-based apps (the implicit grant, the one Zoho offers a
 * client that cannot keep a secret) through `chrome.identity.launchWebAuthFlow`. The app registered
 * in the Zoho API Console as a client-based app (its client id; no secret) redirects to
 * `https://<extension id>.chromiumapp.org/zoho` with the access token in the fragment; it lasts an
 * hour and comes with no refresh token. Zoho gives a new one without asking again while the rep's
 * grant stands, so an expired session is renewed by the same request, not interactive
 * (`./renewal.ts`); when Zoho wants the rep (signed out, the grant revoked), the renewal is refused
 * and logging pauses until they sign in again.
 */

/** Zoho Accounts of each data center (Zoho's Multi DC table): every data center of `ZOHO_DATA_CENTERS`, checked by the compiler. */
const ZOHO_ACCOUNTS: Record<keyof typeof ZOHO_DATA_CENTERS, string> = {
  us: 'https://accounts.zoho.com',
  eu: 'https://accounts.zoho.eu',
  in: 'https://accounts.zoho.in',
  au: 'https://accounts.zoho.com.au',
  cn: 'https://accounts.zoho.com.cn',
  jp: 'https://accounts.zoho.jp',
  ca: 'https://accounts.zohocloud.ca',
  sa: 'https://accounts.zoho.sa',
};

/** The Zoho Accounts server of the data center whose API domain the rep picked; undefined for any other host. */
export function zohoAccountsFor(apiBase: string): string | undefined {
  const dc = (Object.keys(ZOHO_DATA_CENTERS) as (keyof typeof ZOHO_DATA_CENTERS)[]).find((id) => ZOHO_DATA_CENTERS[id] === apiBase.replace(/\/+$/, ''));
  return dc ? ZOHO_ACCOUNTS[dc] : undefined;
}

/** What logging needs of Zoho CRM: write Tasks, find the person, name the user. */
export const ZOHO_SCOPES = 'ZohoCRM.modules.tasks.ALL,ZohoCRM.modules.contacts.READ,ZohoCRM.modules.leads.READ,ZohoCRM.users.READ';

/** What renewing a Zoho session needs: the client-based app's id and the Accounts server of the rep's data center. */
export interface ZohoRenewal {
  kind: 'zoho-implicit';
  clientId: string;
  accountsUrl: string;
}

export interface ZohoSignIn {
  accessToken: string;
  /** The API domain Zoho named for the rep's data center, or null when it named none. */
  apiDomain: string | null;
}

/**
 * Asks Zoho Accounts for an access token (`interactive`: the sign-in window the rep sees; not: the
 * silent renewal). Throws an `auth` failure with Zoho's words when it is refused or cancelled.
 */
export async function signInToZoho(renewal: Omit<ZohoRenewal, 'kind'>, launch: (url: string, interactive: boolean) => Promise<string | undefined>, redirectUrl: string, interactive: boolean): Promise<ZohoSignIn> {
  const state = crypto.randomUUID();
  const authorize = new URL(`${renewal.accountsUrl.replace(/\/+$/, '')}/oauth/v2/auth`);
  for (const [key, value] of Object.entries({ response_type: 'token', client_id: renewal.clientId, scope: ZOHO_SCOPES, redirect_uri: redirectUrl, state })) authorize.searchParams.set(key, value);
  let redirected: string | undefined;
  try {
    redirected = await launch(authorize.toString(), interactive);
  } catch (error) {
    // The window closed, or (not interactive) Zoho wanted the rep: said as a refusal.
    throw new CrmRequestError('auth', undefined, error instanceof Error ? error.message : String(error));
  }
  if (!redirected) throw new CrmRequestError('auth', undefined, 'sign-in cancelled');
  const url = new URL(redirected);
  const answer = new URLSearchParams(url.hash.replace(/^#/, '') || url.search.replace(/^\?/, ''));
  if (answer.get('error')) throw new CrmRequestError('auth', undefined, answer.get('error') ?? undefined);
  const accessToken = answer.get('access_token');
  if (!accessToken || answer.get('state') !== state) throw new CrmRequestError('auth', undefined, 'the sign-in answer does not match the request');
  const apiDomain = answer.get('api_domain');
  // Only a data center of Zoho's own: a look-alike host (`www.zohoapis.evil.com`) would receive the token.
  const known: readonly string[] = Object.values(ZOHO_DATA_CENTERS);
  return { accessToken, apiDomain: apiDomain && known.includes(apiDomain) ? apiDomain : null };
}
