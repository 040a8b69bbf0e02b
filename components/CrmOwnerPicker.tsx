import { useEffect, useState } from 'react';
import { tokenOf } from '@/lib/crm/connections';
import { setOwner } from '@/lib/crm/store';
import type { CrmConnection } from '@/lib/crm/types';
import { hubspotOwners } from '@/lib/team/read-hubspot';
import { CRM_NAMES } from './crm-names';
import { useI18n } from './i18n';

type Owners = { kind: 'loading' } | { kind: 'failed'; detail: string } | { kind: 'ready'; names: Record<string, string> };

/**
 * Who the rep is in HubSpot. A private-app token writes as the app, not as a user, so the notes
 * logged have no owner unless the rep says who they are; the manager's team view groups by owner.
 */
export function CrmOwnerPicker({ connection }: { connection: CrmConnection }) {
  const { t } = useI18n();
  const crm = CRM_NAMES[connection.crm];
  const [owners, setOwners] = useState<Owners>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const token = await tokenOf(connection.crm);
      if (!token) throw new Error('no token');
      return hubspotOwners({ apiBase: connection.apiBase, token }, (url, init) => fetch(url, init), 20_000);
    })().then(
      (names) => live && setOwners({ kind: 'ready', names }),
      (error: unknown) => live && setOwners({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [connection.crm, connection.apiBase, attempt]);

  if (owners.kind === 'loading') return <p className="muted">{t('crm.ownerLoading', { crm })}</p>;
  if (owners.kind === 'failed')
    return (
      <p className="error" role="alert" data-testid={`crm-${connection.crm}-owner-failed`}>
        {t('crm.ownerFailed', { crm, detail: owners.detail })}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setOwners({ kind: 'loading' });
            setAttempt((n) => n + 1);
          }}
          data-testid={`crm-${connection.crm}-owner-retry`}
        >
          {t('crm.retry')}
        </button>
      </p>
    );
  const choose = (id: string) => void setOwner(connection.crm, id ? { id, name: owners.names[id] ?? id } : null);
  return (
    <div className="field">
      <label htmlFor={`crm-${connection.crm}-owner`}>{t('crm.owner', { crm })}</label>
      <select id={`crm-${connection.crm}-owner`} value={connection.ownerId ?? ''} onChange={(event) => choose(event.target.value)} data-testid={`crm-${connection.crm}-owner`}>
        <option value="">{t('crm.ownerNone')}</option>
        {Object.entries(owners.names)
          .sort(([, a], [, b]) => a.localeCompare(b))
          .map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
      </select>
    </div>
  );
}
