import { useState } from 'react';
import { apiOriginPattern } from '@/lib/crm/adapter';
import { CRM_ADAPTERS } from '@/lib/crm/adapters';
import { saveConnection } from '@/lib/crm/store';
import { CrmRequestError } from '@/lib/crm/http';
import { keepRenewal } from '@/lib/crm/renewal';
import type { CrmId } from '@/lib/crm/types';
import { ZOHO_DATA_CENTERS, type ZohoDataCenter } from '@/lib/crm/zoho';
import { ZOHO_ACCOUNTS, zohoAccountsFor, zohoDataCenterOf, zohoSignInStart, type ZohoRenewal } from '@/lib/crm/zoho-oauth';
import type { CrmRenewal } from '@/lib/crm/connections';
import { sendMessage } from '@/lib/messaging/protocol';
import { CRM_NAMES } from './crm-names';
import { useI18n } from './i18n';

/**
 * The token (and, for Salesforce, the instance URL). Connecting asks the browser for the CRM's
 * API origin from the click itself, then checks the token with one read before keeping it.
 */
export function CrmConnectForm({ crm, reconnect, instanceUrl }: { crm: CrmId; reconnect?: { apiBase: string }; instanceUrl?: string | undefined }) {
  const { t } = useI18n();
  const adapter = CRM_ADAPTERS[crm];
  const name = CRM_NAMES[crm];
  const [token, setToken] = useState('');
  const [apiBase, setApiBase] = useState(reconnect?.apiBase ?? (adapter.defaultApiBase || (instanceUrl?.replace(/\/+$/, '') ?? '')));
  const [clientId, setClientId] = useState('');
  const [status, setStatus] = useState<{ kind: 'busy' | 'error'; text: string }>();
  /** Zoho signed the rep in to another data center than the one picked, whose API host is not allowed yet: kept until the rep allows it. */
  const [elsewhere, setElsewhere] = useState<{ dataCenter: ZohoDataCenter; picked: string; token: string; renewal: ZohoRenewal }>();

  /** Checks the credentials with one read, keeps them, and tells the background to send what waits. */
  const keep = async (base: string, secret: string, renewal: CrmRenewal | null, pickedApiBase?: string) => {
    const account = await adapter.verify({ apiBase: base, token: secret }, (url, init) => fetch(url, init));
    await saveConnection(crm, base, secret, account, Date.now(), pickedApiBase);
    // A signed-in session is renewed when it expires; a pasted token cannot be.
    await keepRenewal(crm, renewal);
    setToken('');
    setStatus(undefined);
    void sendMessage('crmDrain', undefined).catch(() => undefined);
  };

  const failed = (error: unknown) => {
    const failure = error instanceof CrmRequestError ? error : new CrmRequestError('network', undefined, String(error));
    setStatus({ kind: 'error', text: failure.kind === 'auth' ? t('crm.connectRefused', { crm: name, status: failure.status ?? failure.detail ?? '' }) : t('crm.connectFailed', { crm: name, detail: failure.detail ?? failure.kind }) });
  };

  /** Salesforce: OAuth 2 with PKCE through the browser's own sign-in window. */
  const signIn = async () => {
    const base = apiBase.trim().replace(/\/+$/, '');
    const origin = apiOriginPattern(base);
    if (!origin) return setStatus({ kind: 'error', text: t('crm.invalidUrl', { crm: name }) });
    if (!clientId.trim()) return setStatus({ kind: 'error', text: t('crm.needConsumerKey') });
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) return setStatus({ kind: 'error', text: t('crm.permissionDenied', { host: new URL(base).host, crm: name }) });
    setStatus({ kind: 'busy', text: t('crm.connecting', { crm: name }) });
    try {
      const { signInToSalesforce } = await import('@/lib/crm/salesforce-oauth');
      const session = await signInToSalesforce(base, clientId.trim(), {
        launch: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
        redirectUrl: browser.identity.getRedirectURL('salesforce'),
        fetch: (url, init) => fetch(url, init),
      });
      await keep(session.instanceUrl, session.accessToken, session.refreshToken ? { refreshToken: session.refreshToken, clientId: clientId.trim(), loginUrl: base } : null);
    } catch (error) {
      // The window closed, access denied, a code that does not match: the sign-in's own words.
      if (error instanceof CrmRequestError && error.kind !== 'auth') failed(error);
      else setStatus({ kind: 'error', text: t('crm.oauthFailed', { detail: error instanceof CrmRequestError ? (error.detail ?? String(error.status)) : error instanceof Error ? error.message : String(error) }) });
    }
  };

  /** Zoho: its sign-in for client-based apps in the browser's own window; renewed without the rep while their grant stands. */
  const signInZoho = async () => {
    const base = apiBase.trim().replace(/\/+$/, '');
    const accountsUrl = zohoAccountsFor(base);
    const origin = apiOriginPattern(base);
    if (!origin || !accountsUrl) return setStatus({ kind: 'error', text: t('crm.invalidUrl', { crm: name }) });
    if (!clientId.trim()) return setStatus({ kind: 'error', text: t('crm.needZohoClientId') });
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) return setStatus({ kind: 'error', text: t('crm.permissionDenied', { host: new URL(base).host, crm: name }) });
    setStatus({ kind: 'busy', text: t('crm.connecting', { crm: name }) });
    try {
      const { signInToZoho } = await import('@/lib/crm/zoho-oauth');
      const renewal = { kind: 'zoho-implicit' as const, clientId: clientId.trim(), accountsUrl };
      // Started where Zoho says to start (its US Accounts, China's own), renewed at the rep's center.
      const start = { clientId: renewal.clientId, accountsUrl: zohoSignInStart(zohoDataCenterOf(base) ?? 'us') };
      const session = await signInToZoho(start, (url, interactive) => browser.identity.launchWebAuthFlow({ url, interactive }), browser.identity.getRedirectURL('zoho'), true);
      const { named } = session;
      // Zoho names where the rep's org lives; a mismatched connection is never saved.
      if (named && 'unknown' in named) return setStatus({ kind: 'error', text: t('crm.zohoDataCenterUnknown', { detail: named.unknown }) });
      if (!named || named.dataCenter === zohoDataCenterOf(base)) return await keep(base, session.accessToken, renewal);
      const there = { dataCenter: named.dataCenter, picked: base, token: session.accessToken, renewal: { ...renewal, accountsUrl: ZOHO_ACCOUNTS[named.dataCenter] } };
      const origin = apiOriginPattern(ZOHO_DATA_CENTERS[named.dataCenter]) ?? '';
      if (await browser.permissions.contains({ origins: [origin] }).catch(() => false)) return await keepElsewhere(there);
      setStatus(undefined);
      setElsewhere(there);
    } catch (error) {
      zohoFailed(error);
    }
  };

  const zohoFailed = (error: unknown) => {
    if (error instanceof CrmRequestError && error.kind !== 'auth') failed(error);
    else setStatus({ kind: 'error', text: t('crm.zohoSignInFailed', { detail: error instanceof CrmRequestError ? (error.detail ?? String(error.status)) : error instanceof Error ? error.message : String(error) }) });
  };

  /** Connects to the data center Zoho named (its API domain, its Accounts server for renewals), saying on the card that it is not the one picked. */
  const keepElsewhere = async (there: NonNullable<typeof elsewhere>) => {
    setElsewhere(undefined);
    setStatus({ kind: 'busy', text: t('crm.connecting', { crm: name }) });
    await keep(ZOHO_DATA_CENTERS[there.dataCenter], there.token, there.renewal, there.picked);
  };

  /** The rep allows the API host of the data center Zoho named (asked from the click, as the browser wants). */
  const allowElsewhere = async () => {
    if (!elsewhere) return;
    const base = ZOHO_DATA_CENTERS[elsewhere.dataCenter];
    const granted = await browser.permissions.request({ origins: [apiOriginPattern(base) ?? ''] }).catch(() => false);
    if (!granted) return setStatus({ kind: 'error', text: t('crm.permissionDenied', { host: new URL(base).host, crm: name }) });
    try {
      await keepElsewhere(elsewhere);
    } catch (error) {
      zohoFailed(error);
    }
  };

  const connect = async () => {
    const base = apiBase.trim().replace(/\/+$/, '');
    const origin = apiOriginPattern(base);
    if (!origin) return setStatus({ kind: 'error', text: t('crm.invalidUrl', { crm: name }) });
    if (!token.trim()) return setStatus({ kind: 'error', text: t('crm.needToken') });
    // Asked from the click: the browser shows its own prompt for this one origin.
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) return setStatus({ kind: 'error', text: t('crm.permissionDenied', { host: new URL(base).host, crm: name }) });
    setStatus({ kind: 'busy', text: t('crm.connecting', { crm: name }) });
    try {
      await keep(base, token.trim(), null);
    } catch (error) {
      failed(error);
    }
  };

  return (
    <form
      className="llm-form"
      onSubmit={(e) => {
        e.preventDefault();
        void connect();
      }}
    >
      {!adapter.defaultApiBase && (
        <label>
          {t('crm.instanceUrl')}
          <input type="url" value={apiBase} placeholder="https://yourcompany.my.salesforce.com" onChange={(e) => setApiBase(e.target.value)} data-testid={`crm-${crm}-instance`} spellCheck={false} />
        </label>
      )}
      {crm === 'zoho' && (
        <label>
          {t('crm.zohoDataCenter')}
          {/* Zoho keeps each org in one data center: its API domain is that center's. */}
          <select value={apiBase} onChange={(e) => setApiBase(e.target.value)} data-testid="crm-zoho-data-center">
            {Object.entries(ZOHO_DATA_CENTERS).map(([id, base]) => (
              <option key={id} value={base}>
                {`${id.toUpperCase()} · ${new URL(base).host}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t(`crm.token.${crm}`)}
        <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} data-testid={`crm-${crm}-token`} spellCheck={false} />
      </label>
      <p className="muted">{t(`crm.tokenHint.${crm}`)}</p>
      <div className="button-row">
        <button type="submit" className="primary" data-testid={`crm-${crm}-connect`} disabled={status?.kind === 'busy'}>
          {reconnect ? t('crm.reconnect') : t('crm.connect', { crm: name })}
        </button>
      </div>
      {crm === 'salesforce' && (
        <>
          <p className="muted">{t('crm.oauthHint')}</p>
          <label>
            {t('crm.consumerKey')}
            <input type="text" value={clientId} onChange={(e) => setClientId(e.target.value)} data-testid="crm-salesforce-consumer-key" spellCheck={false} />
          </label>
          <div className="button-row">
            <button type="button" onClick={() => void signIn()} data-testid="crm-salesforce-sign-in" disabled={status?.kind === 'busy'}>
              {t('crm.oauthSignIn')}
            </button>
          </div>
        </>
      )}
      {crm === 'zoho' && (
        <>
          <p className="muted">{t('crm.zohoOauthHint')}</p>
          <label>
            {t('crm.zohoClientId')}
            <input type="text" value={clientId} onChange={(e) => setClientId(e.target.value)} data-testid="crm-zoho-client-id" spellCheck={false} />
          </label>
          <div className="button-row">
            <button type="button" onClick={() => void signInZoho()} data-testid="crm-zoho-sign-in" disabled={status?.kind === 'busy'}>
              {t('crm.zohoSignIn')}
            </button>
          </div>
        </>
      )}
      {elsewhere && (
        <div role="alert" className="error" data-testid="crm-zoho-data-center-elsewhere">
          <p>{t('crm.zohoDataCenterElsewhere', { named: elsewhere.dataCenter.toUpperCase(), host: new URL(ZOHO_DATA_CENTERS[elsewhere.dataCenter]).host, picked: (zohoDataCenterOf(elsewhere.picked) ?? '').toUpperCase() })}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void allowElsewhere()} data-testid="crm-zoho-data-center-allow">
              {t('crm.zohoDataCenterAllow', { host: new URL(ZOHO_DATA_CENTERS[elsewhere.dataCenter]).host })}
            </button>
          </div>
        </div>
      )}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'error-text' : 'muted'} data-testid={`crm-${crm}-connect-status`}>
          {status.text}
        </p>
      )}
    </form>
  );
}
