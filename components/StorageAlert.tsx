import { useEffect, useState } from 'react';
import { storageHealthItem, type StorageHealth } from '@/lib/db/storage-health';
import { useI18n } from './i18n';

/** Says when the last page could not be saved (a full disk above all), until a save works again. */
export function StorageAlert() {
  const { t } = useI18n();
  const [health, setHealth] = useState<StorageHealth>({ ok: true });
  useEffect(() => {
    void storageHealthItem.getValue().then(setHealth);
    return storageHealthItem.watch(setHealth);
  }, []);
  if (health.ok) return null;
  return (
    <div className="error storage-alert" role="alert" data-testid="storage-alert" data-kind={health.kind}>
      <strong>{t(health.kind === 'full' ? 'storage.full' : 'storage.failed')}</strong> {t('storage.nothingLost')}
    </div>
  );
}
