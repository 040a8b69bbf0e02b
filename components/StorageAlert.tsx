import { useEffect, useState, useSyncExternalStore } from 'react';
import { isDatabaseOutdated, onDatabaseOutdated } from '@/lib/db/outdated';
import { storageHealthItem, type StorageHealth } from '@/lib/db/storage-health';
import { useI18n } from './i18n';

/**
 * Says when the last page could not be saved (a full disk above all), until a save works again;
 * or that a change the rep made here was not saved, until they dismiss it; or that a newer version
 * of the extension took the database over, so this page must be reloaded.
 */
export function StorageAlert() {
  const { t } = useI18n();
  const [health, setHealth] = useState<StorageHealth>({ ok: true });
  const outdated = useDatabaseOutdated();
  useEffect(() => {
    void storageHealthItem.getValue().then(setHealth);
    return storageHealthItem.watch(setHealth);
  }, []);
  if (outdated) return <OutdatedAlert />;
  if (health.ok) return null;
  const change = health.what === 'change';
  return (
    <div className="error storage-alert" role="alert" data-testid="storage-alert" data-kind={health.kind} data-what={health.what ?? 'page'}>
      <strong>{t(change ? (health.kind === 'full' ? 'storage.changeFull' : 'storage.changeFailed') : health.kind === 'full' ? 'storage.full' : 'storage.failed')}</strong>{' '}
      {t(change ? 'storage.changeAgain' : 'storage.nothingLost')}
      {change && (
        <div className="button-row">
          <button type="button" onClick={() => void storageHealthItem.setValue({ ok: true })} data-testid="storage-alert-dismiss">
            {t('storage.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Whether a newer version of the extension took the database over while this page was open. */
export function useDatabaseOutdated(): boolean {
  return useSyncExternalStore(onDatabaseOutdated, isDatabaseOutdated);
}

/** Says, once a newer version of the extension took the database over, that this page must be reloaded (settings shows only this). */
export function OutdatedAlert() {
  const { t } = useI18n();
  if (!useDatabaseOutdated()) return null;
  return (
    <div className="error storage-alert" role="alert" data-testid="storage-outdated">
      <strong>{t('storage.outdated')}</strong> {t('storage.outdatedReload')}
      <div className="button-row">
        <button type="button" onClick={() => location.reload()} data-testid="storage-outdated-reload">
          {t('storage.reload')}
        </button>
      </div>
    </div>
  );
}
