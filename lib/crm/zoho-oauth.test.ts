import { describe, expect, it } from 'vitest';
import { signInToZoho, zohoAccountsFor } from './zoho-oauth';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/zoho';
const renewal = { clientId: '1000.SOPCOPILOTDEMOCLIENT', accountsUrl: 'https://accounts.zoho.com' };

/** Zoho Accounts answering the request it is given, with `apiDomain` as its `api_domain`. */
const answering = (apiDomain: string) => (url: string) => {
  const state = new URL(url).searchParams.get('state') ?? '';
  return Promise.resolve(`${REDIRECT}#${new URLSearchParams({ access_token: '1000.fresh', state, api_domain: apiDomain }).toString()}`);
};

describe('Sign in with Zoho', () => {
  it('takes the API domain Zoho names only when it is one of Zoho’s data centers', async () => {
    expect((await signInToZoho(renewal, answering('https://www.zohoapis.eu'), REDIRECT, true)).apiDomain).toBe('https://www.zohoapis.eu');
    // A host that only begins like Zoho's is someone else's: the token is never sent there.
    for (const other of ['https://www.zohoapis.evil.com', 'https://www.zohoapis.com.attacker.example', 'http://www.zohoapis.com']) {
      const session = await signInToZoho(renewal, answering(other), REDIRECT, true);
      expect([session.accessToken, session.apiDomain], other).toEqual(['1000.fresh', null]);
    }
  });
});

describe('zohoAccountsFor', () => {
  it('names the Accounts server of each of Zoho’s data centers, and of no other host', () => {
    expect(zohoAccountsFor('https://www.zohoapis.eu/')).toBe('https://accounts.zoho.eu');
    expect(zohoAccountsFor('https://www.zohoapis.ca')).toBe('https://accounts.zohocloud.ca');
    expect(zohoAccountsFor('https://www.zohoapis.evil.com')).toBeUndefined();
  });
});
