import { useLiveQuery } from 'dexie-react-hooks';
import type { ContactId } from '@/lib/contacts/schema';
import { buildAgenda } from '@/lib/contacts/agenda';
import { getDatabase } from '@/lib/db/database';
import { useI18n } from './i18n';
import { PageStatus } from './PageStatus';
import { useNow } from './use-now';
import { usePlaybook } from './use-playbook';

/** Contacts due or overdue by their tier's cadence, grouped by tier, one next action each. */
export function TodayView({ onOpen }: { onOpen: (id: ContactId) => void }) {
  const { t, locale } = useI18n();
  const playbook = usePlaybook();
  const now = useNow();
  const data = useLiveQuery(async () => {
    const db = getDatabase();
    return { contacts: await db.contacts.toArray(), touches: await db.touches.toArray() };
  }, []);
  if (!data || !playbook) return null;
  const agenda = buildAgenda(data.contacts, data.touches, playbook, now, locale);
  if (agenda.length === 0) return <PageStatus message={t('today.empty')} />;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <div data-testid="today">
      {agenda.map((group) => (
        <section key={group.tier} className="card" aria-labelledby={`today-${group.tier}`}>
          <h2 id={`today-${group.tier}`}>{group.tier === 'retire' ? t('today.retire') : t('today.tier', { tier: group.tier })}</h2>
          <ul className="rows">
            {group.rows.map(({ contact, step }) => (
              <li key={contact.id} data-testid="today-row">
                <button type="button" className="row-button" onClick={() => onOpen(contact.id)}>
                  <span className="row-title">{contact.name}</span>
                  {contact.company && <span className="muted"> · {contact.company}</span>}
                  <span className="row-action">{step.action}</span>
                  <span className={step.overdue ? 'due overdue' : 'due'}>
                    {step.overdue ? t('next.overdue') : t('next.due')}: {date.format(step.dueAt)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
