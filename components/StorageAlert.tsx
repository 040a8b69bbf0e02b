import { useEffect, useState } from 'react';
import { storageHealthItem, type StorageHealth } from '@/lib/db/storage-health';
import { useI18n } from './i18n';

/**
 * Says when the last page could not be saved (a full disk above all), until a save works again;
 * or that a change the rep made here was not saved, until they dismiss it.
 */
export function StorageAlert() {
  const { t } = useI18n();
  const [health, setHealth] = useState<StorageHealth>({ ok: true });
  useEffect(() => {
    void storageHealthItem.getValue().then(setHealth);
    return storageHealthItem.watch(setHealth);
  }, []);
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
