import { describe, expect, it } from 'vitest';
import { signInToZoho, zohoAccountsFor, zohoCenterNamed, zohoSignInStart } from './zoho-oauth';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/zoho';
const renewal = { clientId: '1000.SOPCOPILOTDEMOCLIENT', accountsUrl: 'https://accounts.zoho.com' };

/** Zoho Accounts answering the request it is given, naming the data center with `said`. */
const answering = (said: Record<string, string>) => (url: string) => {
  const state = new URL(url).searchParams.get('state') ?? '';
  return Promise.resolve(`${REDIRECT}#${new URLSearchParams({ access_token: '1000.fresh', state, ...said }).toString()}`);
};

describe('Sign in with Zoho', () => {
  it('reads the data center Zoho names: its api_domain, location and accounts-server, when they agree on one of the table', async () => {
    const eu = await signInToZoho(renewal, answering({ api_domain: 'https://www.zohoapis.eu', location: 'eu' }), REDIRECT, true);
    expect(eu).toEqual({ accessToken: '1000.fresh', named: { dataCenter: 'eu' } });
    expect((await signInToZoho(renewal, answering({}), REDIRECT, true)).named).toBeNull();
    const params = (said: Record<string, string>) => new URLSearchParams(said);
    expect(zohoCenterNamed(params({ location: 'ca', 'accounts-server': 'https://accounts.zohocloud.ca' }))).toEqual({ dataCenter: 'ca' });
    expect(zohoCenterNamed(params({ api_domain: 'https://www.zohoapis.uk', location: 'UK' }))).toEqual({ dataCenter: 'uk' });
    // Parts that disagree name no center we can trust.
    expect(zohoCenterNamed(params({ api_domain: 'https://www.zohoapis.eu', location: 'us' }))).toEqual({ unknown: 'https://www.zohoapis.eu, us' });
    expect(zohoCenterNamed(params({ location: 'ae' }))).toEqual({ unknown: 'ae' });
  });

  it('never takes a host outside the table: a look-alike would receive the token', async () => {
    for (const other of ['https://www.zohoapis.evil.com', 'https://www.zohoapis.com.attacker.example', 'http://www.zohoapis.com']) {
      const session = await signInToZoho(renewal, answering({ api_domain: other, location: 'us' }), REDIRECT, true);
      expect(session.named, other).toEqual({ unknown: `${other}, us` });
    }
  });
});

describe('zohoSignInStart', () => {
  it('starts every center’s sign-in at Zoho Accounts in the US, except China’s at its own', () => {
    expect((['us', 'eu', 'in', 'au', 'jp', 'ca', 'sa', 'uk'] as const).map((dc) => zohoSignInStart(dc))).toEqual(Array<string>(8).fill('https://accounts.zoho.com'));
    expect(zohoSignInStart('cn')).toBe('https://accounts.zoho.com.cn');
  });
});

describe('zohoAccountsFor', () => {
  it('names the Accounts server of each of Zoho’s data centers, and of no other host', () => {
    expect(zohoAccountsFor('https://www.zohoapis.eu/')).toBe('https://accounts.zoho.eu');
    expect(zohoAccountsFor('https://www.zohoapis.ca')).toBe('https://accounts.zohocloud.ca');
    expect(zohoAccountsFor('https://www.zohoapis.uk')).toBe('https://accounts.zoho.uk');
    expect(zohoAccountsFor('https://www.zohoapis.evil.com')).toBeUndefined();
  });
});
