import { trimBase } from './adapter';
import { CrmRequestError, type Fetch } from './http';

/**
 * Salesforce sign-in: the OAuth 2.0 web server flow with PKCE (RFC 7636) through
 * `chrome.identity.launchWebAuthFlow`. The org's connected app (its consumer key, no secret: PKCE
 * stands in for it) redirects to `https://<extension id>.chromiumapp.org/salesforce`, which the
 * browser hands back to us instead of loading; the code is exchanged for an access token at the
 * same My Domain. The access token is what the adapter sends; the instance URL is the one
 * Salesforce names in its answer.
 */

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return { verifier, challenge: base64url(digest) };
}

export interface SalesforceSignIn {
  accessToken: string;
  refreshToken?: string | undefined;
  instanceUrl: string;
}

export interface OAuthDeps {
  /** Opens the authorize URL; resolves with the URL Salesforce redirected to (chrome.identity.launchWebAuthFlow). */
  launch: (url: string) => Promise<string | undefined>;
  redirectUrl: string;
  fetch: Fetch;
}

export async function signInToSalesforce(loginUrl: string, clientId: string, deps: OAuthDeps): Promise<SalesforceSignIn> {
  const { verifier, challenge } = await pkcePair();
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const authorize = new URL(`${trimBase(loginUrl)}/services/oauth2/authorize`);
  for (const [key, value] of Object.entries({ response_type: 'code', client_id: clientId, redirect_uri: deps.redirectUrl, code_challenge: challenge, code_challenge_method: 'S256', state, scope: 'api refresh_token' })) authorize.searchParams.set(key, value);
  const redirected = await deps.launch(authorize.toString());
  if (!redirected) throw new CrmRequestError('auth', undefined, 'sign-in cancelled');
  const answer = new URL(redirected).searchParams;
  if (answer.get('error')) throw new CrmRequestError('auth', undefined, `${answer.get('error') ?? ''}: ${answer.get('error_description') ?? ''}`);
  const code = answer.get('code');
  if (!code || answer.get('state') !== state) throw new CrmRequestError('auth', undefined, 'the sign-in answer does not match the request');

  let response: Response;
  try {
    response = await deps.fetch(`${trimBase(loginUrl)}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: clientId, redirect_uri: deps.redirectUrl, code_verifier: verifier }).toString(),
      credentials: 'omit',
    });
  } catch {
    throw new CrmRequestError('network', undefined, undefined);
  }
  const body = (await response.json().catch(() => null)) as { access_token?: string; refresh_token?: string; instance_url?: string; error?: string; error_description?: string } | null;
  if (!response.ok || !body?.access_token || !body.instance_url) throw new CrmRequestError('auth', response.status, [body?.error, body?.error_description].filter(Boolean).join(': ') || undefined);
  return { accessToken: body.access_token, refreshToken: body.refresh_token, instanceUrl: body.instance_url };
}

/** What renewing a Salesforce session needs: the refresh token from the sign-in, the connected app's key and the login host it was issued by. */
export interface SalesforceRenewal {
  refreshToken: string;
  clientId: string;
  loginUrl: string;
}

/**
 * A new access token for an expired session (the refresh_token grant, no client secret: the
 * connected app's PKCE setting). A refusal (`invalid_grant`: the refresh token was revoked or
 * expired by the org's policy) is an `auth` failure carrying Salesforce's words.
 */
export async function refreshSalesforce({ refreshToken, clientId, loginUrl }: SalesforceRenewal, fetchImpl: Fetch): Promise<{ accessToken: string; instanceUrl: string }> {
  let response: Response;
  try {
    response = await fetchImpl(`${trimBase(loginUrl)}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId }).toString(),
      credentials: 'omit',
    });
  } catch {
    throw new CrmRequestError('network', undefined, undefined);
  }
  const body = (await response.json().catch(() => null)) as { access_token?: string; instance_url?: string; error?: string; error_description?: string } | null;
  if (response.status >= 500) throw new CrmRequestError('server', response.status, body?.error_description);
  if (!response.ok || !body?.access_token || !body.instance_url) throw new CrmRequestError('auth', response.status, [body?.error, body?.error_description].filter(Boolean).join(': ') || undefined);
  return { accessToken: body.access_token, instanceUrl: body.instance_url };
}
