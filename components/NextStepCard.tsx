import type { Contact } from '@/lib/contacts/schema';
import { suggestNextStep } from '@/lib/sop/next-step';
import { useI18n } from './i18n';

export function NextStepCard({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  const step = suggestNextStep(contact);
  const stage = t(`stage.${contact.stage}`);
  return (
    <section className="card" aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t('next.title')}</h2>
      <p data-testid="next-step-action">{t(step.action, { stage })}</p>
      <p className="muted">
        <span>{t('next.reason')}: </span>
        <span data-testid="next-step-reason">{t(step.reason, { stage })}</span>
      </p>
    </section>
  );
}
