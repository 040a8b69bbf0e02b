import { useState } from 'react';
import { apiOriginPattern } from '@/lib/crm/adapter';
import { CRM_ADAPTERS } from '@/lib/crm/adapters';
import { saveConnection } from '@/lib/crm/connections';
import { CrmRequestError } from '@/lib/crm/http';
import type { CrmId } from '@/lib/crm/types';
import { getDatabase } from '@/lib/db/database';
import { sendMessage } from '@/lib/messaging/protocol';
import { CRM_NAMES } from './crm-names';
import { useI18n } from './i18n';

/**
 * The token (and, for Salesforce, the instance URL). Connecting asks the browser for the CRM's
 * API origin from the click itself, then checks the token with one read before keeping it.
 */
export function CrmConnectForm({ crm, reconnect }: { crm: CrmId; reconnect?: { apiBase: string } }) {
  const { t } = useI18n();
  const adapter = CRM_ADAPTERS[crm];
  const name = CRM_NAMES[crm];
  const [token, setToken] = useState('');
  const [apiBase, setApiBase] = useState(reconnect?.apiBase ?? adapter.defaultApiBase);
  const [status, setStatus] = useState<{ kind: 'busy' | 'error'; text: string }>();

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
      const account = await adapter.verify({ apiBase: base, token: token.trim() }, (url, init) => fetch(url, init));
      await saveConnection(getDatabase(), crm, base, token.trim(), account, Date.now());
      setToken('');
      setStatus(undefined);
      void sendMessage('crmDrain', undefined).catch(() => undefined);
    } catch (error) {
      const failure = error instanceof CrmRequestError ? error : new CrmRequestError('network', undefined, String(error));
      setStatus({ kind: 'error', text: failure.kind === 'auth' ? t('crm.connectRefused', { crm: name, status: failure.status ?? '' }) : t('crm.connectFailed', { crm: name, detail: failure.detail ?? failure.kind }) });
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
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'error-text' : 'muted'} data-testid={`crm-${crm}-connect-status`}>
          {status.text}
        </p>
      )}
    </form>
  );
}
