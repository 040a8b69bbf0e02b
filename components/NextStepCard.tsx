import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '@/lib/contacts/schema';
import { getDatabase } from '@/lib/db/database';
import { scoreBant, UNKNOWN_BANT } from '@/lib/engine/bant';
import type { SignalId } from '@/lib/engine/buying-signals';
import { nextStep } from '@/lib/engine/next-step';
import type { Playbook } from '@/lib/playbook/schema';
import { useI18n } from './i18n';
import { TouchLogger } from './TouchLogger';
import { useNow } from './use-now';

/** The tier and the one next step the playbook gives for this contact. */
export function NextStepCard({ contact, playbook, signals }: { contact: Contact; playbook: Playbook; signals: readonly SignalId[] }) {
  const { t, locale } = useI18n();
  const touches = useLiveQuery(() => getDatabase().touches.where('contactId').equals(contact.id).toArray(), [contact.id], []);
  const now = useNow();
  const bant = scoreBant(contact.bant ?? UNKNOWN_BANT, playbook, locale);
  const step = nextStep(contact, touches, playbook, now, { locale, signals });
  const due = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(step.dueAt);
  return (
    <section className="card" aria-labelledby="next-step-title">
      <div className="card-title-row">
        <h2 id="next-step-title">{t('next.title')}</h2>
        {bant.tier && (
          <span className={`tier tier-${bant.tier}`} data-testid="contact-tier" title={bant.reason}>
            {t('tier.label')} {bant.tier}
          </span>
        )}
      </div>
      <p className="next-action" data-testid="next-step-action">
        {step.action}
      </p>
      <p className="muted">
        <span>{t('next.reason')}: </span>
        <span data-testid="next-step-reason">{step.reason}</span>
      </p>
      <p className={step.overdue ? 'due overdue' : 'due'} data-testid="next-step-due">
        {step.overdue ? t('next.overdue') : t('next.due')}: {due}
      </p>
      <TouchLogger contact={contact} touches={touches} />
    </section>
  );
}
