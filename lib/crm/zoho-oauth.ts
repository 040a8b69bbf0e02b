import { CrmRequestError } from './http';
import { ZOHO_DATA_CENTERS, type ZohoDataCenter } from './zoho';

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

/**
 * Zoho Accounts of each data center (https://www.zoho.com/accounts/protocol/oauth/multi-dc.html; CN
 * is its own, outside Multi DC): every data center of `ZOHO_DATA_CENTERS`, checked by the compiler.
 */
export const ZOHO_ACCOUNTS: Record<ZohoDataCenter, string> = {
  us: 'https://accounts.zoho.com',
  eu: 'https://accounts.zoho.eu',
  in: 'https://accounts.zoho.in',
  au: 'https://accounts.zoho.com.au',
  cn: 'https://accounts.zoho.com.cn',
  jp: 'https://accounts.zoho.jp',
  ca: 'https://accounts.zohocloud.ca',
  sa: 'https://accounts.zoho.sa',
  uk: 'https://accounts.zoho.uk',
};

const CENTERS = Object.keys(ZOHO_DATA_CENTERS) as ZohoDataCenter[];

/** The data center whose API domain this is; undefined for any other host. */
export function zohoDataCenterOf(apiBase: string): ZohoDataCenter | undefined {
  return CENTERS.find((id) => ZOHO_DATA_CENTERS[id] === apiBase.replace(/\/+$/, ''));
}

/** The Zoho Accounts server of the data center whose API domain the rep picked; undefined for any other host. */
export function zohoAccountsFor(apiBase: string): string | undefined {
  const dc = zohoDataCenterOf(apiBase);
  return dc ? ZOHO_ACCOUNTS[dc] : undefined;
}

/**
 * Where the sign-in starts: Zoho Accounts in the US for every center but China, which sends a rep of
 * another center on to their own and names it in its answer ("In the authorization request, you
 * will send calls to the domain https://accounts.zoho.com",
 * https://www.zoho.com/accounts/protocol/oauth/multi-dc/client-authorization.html; "For the CN
 * domain, make the authorization request from https://accounts.zoho.com.cn",
 * https://www.zoho.com/crm/developer/docs/api/multi-dc.html). Renewals go to the rep's own center.
 */
export function zohoSignInStart(dataCenter: ZohoDataCenter): string {
  return dataCenter === 'cn' ? ZOHO_ACCOUNTS.cn : ZOHO_ACCOUNTS.us;
}

/**
 * What logging needs of Zoho CRM: write Tasks, find the person, name the user, see which Task fields
 * the org has; and Zoho's search scope, which its Search Records API asks for beside the module's
 * (https://www.zoho.com/crm/developer/docs/api/v8/search-records.html).
 */
export const ZOHO_SCOPES = 'ZohoCRM.modules.tasks.ALL,ZohoCRM.modules.contacts.READ,ZohoCRM.modules.leads.READ,ZohoCRM.users.READ,ZohoCRM.settings.fields.READ,ZohoSearch.securesearch.READ';

/** What renewing a Zoho session needs: the client-based app's id and the Accounts server of the rep's data center. */
export interface ZohoRenewal {
  kind: 'zoho-implicit';
  clientId: string;
  accountsUrl: string;
}

/**
 * The data center Zoho's answer names: one of the table (its `api_domain`, `location` and
 * `accounts-server` agreeing), `unknown` with what it said (a center we do not know, a look-alike
 * host that would receive the token, or parts that disagree), or null when it names none.
 */
export type ZohoNamedCenter = { dataCenter: ZohoDataCenter } | { unknown: string } | null;

export interface ZohoSignIn {
  accessToken: string;
  named: ZohoNamedCenter;
}

/**
 * Reads the data center from the sign-in's answer. Zoho's client-based flow names `api_domain` and
 * `location` (https://www.zoho.com/accounts/protocol/oauth/js-apps/access-token.html), its code
 * flow `location` and `accounts-server` (https://www.zoho.com/crm/developer/docs/api/multi-dc.html);
 * every part given must name the same center of the table.
 */
export function zohoCenterNamed(answer: URLSearchParams): ZohoNamedCenter {
  const apiDomain = answer.get('api_domain');
  const location = answer.get('location');
  const accountsServer = answer.get('accounts-server');
  const said = [apiDomain, location, accountsServer].filter((v): v is string => Boolean(v));
  if (said.length === 0) return null;
  const candidates = [
    apiDomain ? (zohoDataCenterOf(apiDomain) ?? null) : undefined,
    location ? (CENTERS.find((id) => id === location.toLowerCase()) ?? null) : undefined,
    accountsServer ? (CENTERS.find((id) => ZOHO_ACCOUNTS[id] === accountsServer.replace(/\/+$/, '')) ?? null) : undefined,
  ].filter((c): c is ZohoDataCenter | null => c !== undefined);
  const [first] = candidates;
  if (first && candidates.every((c) => c === first)) return { dataCenter: first };
  return { unknown: said.join(', ').slice(0, 200) };
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
  // Only a data center of Zoho's own: a look-alike host (`www.zohoapis.evil.com`) would receive the token.
  return { accessToken, named: zohoCenterNamed(answer) };
}
