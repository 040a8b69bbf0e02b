import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { deleteContact, staleContactsOf } from '@/lib/contacts/store';
import { parseSettings, RETENTION_CHOICES, settingsItem } from '@/lib/settings/settings';
import { useI18n } from './i18n';
import { useNow } from './use-now';

/** Retention: off by default; shows who would go before anything is deleted. */
export function RetentionSection() {
  const { t } = useI18n();
  const now = useNow();
  const [months, setMonths] = useState<number | null>(null);
  const [removed, setRemoved] = useState<number>();
  useEffect(() => {
    void settingsItem.getValue().then((value) => setMonths(parseSettings(value).retentionMonths));
  }, []);
  // Read through the indexes: the candidates last seen before the cutoff, checked a chunk at a time.
  const stale = useLiveQuery(async () => (months === null ? undefined : staleContactsOf(months, now)), [months, now]);
  const choose = (value: string) => {
    const next = value === '' ? null : Number(value);
    setMonths(next);
    setRemoved(undefined);
    void settingsItem.getValue().then((current) => settingsItem.setValue({ ...parseSettings(current), retentionMonths: next }));
  };
  const removeNow = async () => {
    for (const id of stale?.ids ?? []) await deleteContact(id);
    setRemoved(stale?.count ?? 0);
  };
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <label className="bant-field">
        <span>{t('retention.label')}</span>
        <select value={months === null ? '' : String(months)} onChange={(e) => choose(e.target.value)} data-testid="retention-months">
          <option value="">{t('retention.off')}</option>
          {RETENTION_CHOICES.map((m) => (
            <option key={m} value={m}>
              {t('retention.months', { months: m })}
            </option>
          ))}
        </select>
      </label>
      {months !== null && stale?.count === 0 && removed === undefined && <p className="muted">{t('retention.none')}</p>}
      {months !== null && stale && stale.count > 0 && (
        <div data-testid="retention-preview">
          <p>{t('retention.preview', { count: stale.count, months })}</p>
          <ul>
            {stale.shown.map((c) => (
              <li key={c.id}>{c.name}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void removeNow()} data-testid="retention-apply">
            {t('retention.apply')}
          </button>
        </div>
      )}
      {removed !== undefined && (
        <p role="status" className="ok" data-testid="retention-done">
          {t('retention.done', { count: removed })}
        </p>
      )}
    </section>
  );
}
