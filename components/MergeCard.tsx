import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '@/lib/contacts/schema';
import { lastMergeInto, mergeCandidatesOf, mergeContacts, undoMerge } from '@/lib/contacts/store';
import { siteLabels } from '@/lib/sites/registry';
import { useI18n } from './i18n';


/** Explicit, undoable merges of one person seen on LinkedIn and in email. */
export function MergeCard({ contact }: { contact: Contact }) {
  const { t, label, locale } = useI18n();
  const data = useLiveQuery(async () => {
    const [candidates, lastMerge] = await Promise.all([mergeCandidatesOf(contact), lastMergeInto(contact.id)]);
    return { candidates, lastMerge };
  }, [contact]);
  if (!data || (data.candidates.length === 0 && !data.lastMerge)) return null;
  const { candidates, lastMerge } = data;
  return (
    <section className="card" aria-label={t('merge.maybe')} data-testid="merge">
      {candidates.map(({ contact: other, strength }) => (
        <div key={other.id} className="merge-row" data-testid="merge-candidate" data-strength={strength}>
          <p>
            <span className="muted">{label(strength === 'strong' ? 'merge.same' : 'merge.maybe')}</span>
            <strong>{other.name}</strong>
            {locale === 'en' ? ' ' : ''}
            <span className="muted">{t('merge.where', { where: [siteLabels(other.sources), other.company ?? other.email].filter(Boolean).join(' · ') })}</span>
          </p>
          {strength === 'strong' && (
            <p className="muted" data-testid="merge-why">
              {t('merge.sameWhy')}
            </p>
          )}
          <button type="button" className={strength === 'strong' ? 'primary' : undefined} onClick={() => void mergeContacts(contact.id, other.id, Date.now())} data-testid="merge-action">
            {t('merge.action')}
          </button>
        </div>
      ))}
      {lastMerge?.id !== undefined && (
        <div className="merge-row" role="status" data-testid="merge-done">
          <p>{t('merge.done', { name: lastMerge.absorbed.name, sources: siteLabels(lastMerge.absorbed.sources) })}</p>
          <button type="button" onClick={() => void undoMerge(lastMerge.id ?? -1)} data-testid="merge-undo">
            {t('merge.undo')}
          </button>
        </div>
      )}
    </section>
  );
}
