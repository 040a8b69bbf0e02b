import type { Contact } from '@/lib/contacts/schema';
import { moveStage, nextStage, setExitCriterion } from '@/lib/contacts/update-contact';
import { getDatabase } from '@/lib/db/database';
import type { Playbook } from '@/lib/playbook/schema';
import { STAGE_IDS } from '@/lib/sop/stages';
import { useI18n } from './i18n';
import { useOpenPlaybook } from './open-playbook';

/** The contact's SOP stage: its goal, the exit criteria as a checklist, and the move to the next one. */
export function StageCard({ contact, playbook }: { contact: Contact; playbook: Playbook }) {
  const { t, locale } = useI18n();
  const openPlaybook = useOpenPlaybook();
  const stage = playbook.stages[STAGE_IDS.indexOf(contact.stage)];
  if (!stage) return null;
  const met = new Set(contact.exitCriteriaMet ?? []);
  const next = nextStage(contact.stage);
  const nextName = next ? playbook.stages[STAGE_IDS.indexOf(next)]?.name[locale] : undefined;
  const allMet = stage.exitCriteria.every((c) => met.has(c.id));
  const since = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(contact.stageChangedAt);
  return (
    <section className="card" aria-labelledby="stage-title">
      <h2 id="stage-title">
        {t('stage.title')}: <span data-testid="stage-name">{stage.name[locale]}</span>
      </h2>
      <p className="muted">
        {t('stage.since', { date: since })} · {stage.goal[locale]}
      </p>
      <button type="button" className="link-button" onClick={() => openPlaybook(contact.stage)} data-testid="open-playbook">
        {t('playbook.open')}
      </button>
      <fieldset className="checklist">
        <legend>{t('stage.exit')}</legend>
        {stage.exitCriteria.map((criterion) => (
          <label key={criterion.id}>
            <input
              type="checkbox"
              checked={met.has(criterion.id)}
              onChange={(e) => void setExitCriterion(getDatabase(), contact.id, criterion.id, e.target.checked)}
              data-testid={`exit-${criterion.id}`}
            />{' '}
            {criterion.text[locale]}
          </label>
        ))}
      </fieldset>
      {next && nextName && (
        <button
          type="button"
          className={allMet ? 'primary' : ''}
          data-testid="stage-move"
          onClick={() => void moveStage(getDatabase(), contact.id, next, t(allMet ? 'stage.moveReasonMet' : 'stage.moveReasonManual'), Date.now())}
        >
          {t('stage.move', { stage: nextName })}
        </button>
      )}
    </section>
  );
}
