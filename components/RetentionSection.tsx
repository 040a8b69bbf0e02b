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
  const stale = useLiveQuery(async () => {
    if (months === null) return [];
    return staleContactsOf(months, now);
  }, [months, now]);
  const choose = (value: string) => {
    const next = value === '' ? null : Number(value);
    setMonths(next);
    setRemoved(undefined);
    void settingsItem.getValue().then((current) => settingsItem.setValue({ ...parseSettings(current), retentionMonths: next }));
  };
  const removeNow = async () => {
    for (const contact of stale ?? []) await deleteContact(contact.id);
    setRemoved(stale?.length ?? 0);
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
      {months !== null && stale && stale.length === 0 && removed === undefined && <p className="muted">{t('retention.none')}</p>}
      {months !== null && stale && stale.length > 0 && (
        <div data-testid="retention-preview">
          <p>{t('retention.preview', { count: stale.length, months })}</p>
          <ul>
            {stale.slice(0, 50).map((c) => (
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
