import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { activitySubject } from '@/lib/crm/adapter';
import { CRM_ADAPTERS } from '@/lib/crm/adapters';
import { connectionOf, disconnect, nextQueued, outboxCounts, problemRows, retryNow, setConsent } from '@/lib/crm/store';
import type { CrmConnection, CrmFailure, CrmId, OutboxRow } from '@/lib/crm/types';
import { sendMessage } from '@/lib/messaging/protocol';
import { zohoDataCenterOf } from '@/lib/crm/zoho-oauth';
import { CrmConnectForm } from './CrmConnectForm';
import { CrmOwnerPicker } from './CrmOwnerPicker';
import { CRM_NAMES } from './crm-names';
import { useI18n, type I18n } from './i18n';
import { useNow } from './use-now';

const PREVIEW_ROWS = 3;
const PROBLEM_ROWS = 20;

const wakeBackground = () => void sendMessage('crmDrain', undefined).catch(() => undefined);

/** The rep's retry: back in the queue now, and the background told. */
async function retry(crm: CrmId, rowId?: string): Promise<void> {
  await retryNow(crm, Date.now(), rowId);
  wakeBackground();
}

function failureText(t: I18n['t'], crm: CrmId, failure: CrmFailure): string {
  const key = failure.kind === 'rate-limit' && failure.waitNamed === false ? 'crm.error.rate-limit-backoff' : (`crm.error.${failure.kind}` as const);
  return t(key, { crm: CRM_NAMES[crm], status: failure.status ?? '', detail: failure.detail ?? '' });
}

/** The consent preview: the next activities as the CRM's API will receive them, request by request. */
function Preview({ connection, rows }: { connection: CrmConnection; rows: OutboxRow[] }) {
  const { t } = useI18n();
  const adapter = CRM_ADAPTERS[connection.crm];
  if (rows.length === 0) return <p className="muted" data-testid={`crm-${connection.crm}-preview-empty`}>{t('crm.previewEmpty')}</p>;
  return (
    <div data-testid={`crm-${connection.crm}-preview`}>
      <h4>{t('crm.preview', { crm: CRM_NAMES[connection.crm] })}</h4>
      {adapter.sendBatch && adapter.batchTarget && rows.length > 1 && (
        <p className="muted" data-testid={`crm-${connection.crm}-preview-batch`}>
          {t('crm.previewBatch', { crm: CRM_NAMES[connection.crm], url: `${connection.apiBase.replace(/\/+$/, '')}${adapter.batchTarget.path}`, max: adapter.batchSize ?? 100, field: adapter.batchTarget.field })}
        </p>
      )}
      {rows.map((row) => {
        // A row with the CRM's id updates the record it wrote (a corrected reading): previewed as that update.
        const write = adapter.preview(row.activity, { apiBase: connection.apiBase, token: '', ownerId: connection.ownerId }, row.remoteId);
        return (
          <div key={row.id} className="crm-preview-item">
            {write.lookups.length > 0 && (
              <p className="muted">
                {t('crm.previewLookup')} {write.lookups.join('; ')}
              </p>
            )}
            <pre className="crm-request" data-testid="crm-preview-request">{`${write.method} ${write.url}\n${JSON.stringify(write.body, null, 2)}`}</pre>
          </div>
        );
      })}
    </div>
  );
}

/** One CRM: connect, or its status (waiting, sent, what needs the rep), the preview and consent, retry, disconnect. */
export function CrmConnectionCard({ crm, instanceUrl }: { crm: CrmId; instanceUrl?: string | undefined }) {
  const { t, locale } = useI18n();
  const name = CRM_NAMES[crm];
  const connection = useLiveQuery(() => connectionOf(crm), [crm], null);
  const counts = useLiveQuery(() => outboxCounts(crm), [crm], { queued: 0, sent: 0, failed: 0 });
  const preview = useLiveQuery(() => nextQueued(crm, PREVIEW_ROWS), [crm], []);
  const problems = useLiveQuery(() => problemRows(crm, PROBLEM_ROWS), [crm], []);
  const [notice, setNotice] = useState<string>();
  const time = (at: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }).format(at);

  const now = useNow(5_000);
  if (connection === null) return null;

  return (
    <div className="crm-connection" data-testid={`crm-${crm}`}>
      <h3>{name}</h3>
      {notice && (
        <p role="status" className="ok" data-testid={`crm-${crm}-notice`}>
          {notice}
        </p>
      )}
      {!connection && <CrmConnectForm crm={crm} instanceUrl={instanceUrl} />}
      {connection && (
        <>
          <p data-testid={`crm-${crm}-connected`}>{t('crm.connected', { crm: name, account: connection.account ?? connection.apiBase })}</p>
          {crm === 'zoho' && connection.pickedApiBase && (
            <p className="muted" data-testid="crm-zoho-data-center-named">
              {t('crm.zohoDataCenterNamed', { named: (zohoDataCenterOf(connection.apiBase) ?? '').toUpperCase(), host: new URL(connection.apiBase).host, picked: (zohoDataCenterOf(connection.pickedApiBase) ?? '').toUpperCase() })}
            </p>
          )}
          {crm === 'hubspot' && !connection.pause && <CrmOwnerPicker connection={connection} />}
          <p className="muted" data-testid={`crm-${crm}-counts`}>
            {t('crm.queued', { count: counts.queued })} · {t('crm.sent', { count: counts.sent })} · {t('crm.failed', { count: counts.failed })}
          </p>
          {connection.pause && (
            <div role="alert" className="error" data-testid={`crm-${crm}-paused`}>
              <p>{t(connection.pause.renewal === 'refused' ? 'crm.pausedRenewal' : 'crm.paused', { crm: name, status: connection.pause.status ?? '', detail: connection.pause.detail ?? '' })}</p>
              <CrmConnectForm crm={crm} reconnect={{ apiBase: connection.apiBase }} />
            </div>
          )}
          {!connection.pause && connection.consent && (connection.holdUntil ?? 0) > now && (
            <p role="status" className="muted" data-testid={`crm-${crm}-held`}>
              {t('crm.held', { crm: name, date: time(connection.holdUntil ?? 0) })}
            </p>
          )}
          {connection.consent ? (
            <div className="button-row">
              <p data-testid={`crm-${crm}-consent`}>{t('crm.consentOn', { crm: name })}</p>
              <button type="button" onClick={() => void setConsent(crm, false, Date.now())} data-testid={`crm-${crm}-turn-off`}>
                {t('crm.turnOff')}
              </button>
            </div>
          ) : (
            <>
              <p data-testid={`crm-${crm}-consent`}>{t('crm.consentOff', { crm: name })}</p>
              <Preview connection={connection} rows={preview} />
              <div className="button-row">
                <button
                  type="button"
                  className="primary"
                  onClick={() => void setConsent(crm, true, Date.now()).then(wakeBackground)}
                  data-testid={`crm-${crm}-turn-on`}
                >
                  {t('crm.turnOn')}
                </button>
              </div>
            </>
          )}
          {problems.length > 0 && (
            <div data-testid={`crm-${crm}-problems`}>
              <h4>{t('crm.problems')}</h4>
              <ul className="crm-problems">
                {problems.map((row) => (
                  <li key={row.id} data-testid="crm-problem">
                    <span>{activitySubject(row.activity)}</span> <span className="muted">{time(row.activity.at)}</span>
                    <br />
                    <span data-testid="crm-problem-reason">{row.lastError ? failureText(t, crm, row.lastError) : ''}</span>{' '}
                    {row.state === 'failed' && (
                      <button type="button" className="link-button" onClick={() => void retry(crm, row.id)} data-testid="crm-problem-retry">
                        {t('crm.retry')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => void retry(crm)} data-testid={`crm-${crm}-retry-all`}>
                {t('crm.retryAll')}
              </button>
            </div>
          )}
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                void disconnect(crm).then(() => {
                  setNotice(t('crm.disconnected', { crm: name }));
                })
              }
              data-testid={`crm-${crm}-disconnect`}
            >
              {t('crm.disconnect')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
