import type { Contact } from '@/lib/contacts/schema';
import { moveStage, setExitCriterion } from '@/lib/contacts/store';
import { nextStage } from '@/lib/contacts/update-contact';
import { setDealExitCriterion } from '@/lib/deals/store';
import type { Playbook } from '@/lib/playbook/schema';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { STAGE_IDS, type StageId } from '@/lib/sop/stages';
import { Fold } from './Fold';
import { useI18n } from './i18n';
import { useOpenPlaybook } from './open-playbook';
import { unmappedCrmStage } from '@/lib/situation/unmapped-stage';
import type { PageAdvice } from './use-advice';

/**
 * The stage the judgment puts this at: its goal, the exit criteria (those the store proves are
 * ticked and locked), and the move to the next one. On a deal the ticks belong to the deal.
 */
export function StageCard({ advice, playbook }: { advice: PageAdvice; playbook: Playbook }) {
  const { t, label, locale } = useI18n();
  const openPlaybook = useOpenPlaybook();
  const { situation, gathered } = advice;
  const contact: Contact | null = gathered.contact;
  const deal = gathered.deal;
  const stageId = situation.stage.id;
  if (stageId === 'lost') return null;
  const stage = playbook.stages[STAGE_IDS.indexOf(stageId)];
  if (!stage) return null;
  const next = deal ? null : nextStage(stageId);
  const nextName = next ? playbook.stages[STAGE_IDS.indexOf(next)]?.name[locale] : undefined;
  const allMet = situation.exitCriteria.every((c) => c.met);
  const since = contact && !deal && situation.stage.stored === stageId ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(contact.stageChangedAt) : null;
  // The CRM's stage and the conversation's disagree: the card says how (the stage shown is the judgment's: the thread's when
  // the CRM lags it, the CRM's when it is well ahead of a conversation barely begun).
  const stageName = (id: StageId | 'lost') => (id === 'lost' ? id : (playbook.stages[STAGE_IDS.indexOf(id)]?.name[locale] ?? id));
  const { crmAhead, crmBehind } = situation.stage;
  const crm = deal ? SITE_ADAPTERS[deal.crm].label : '';
  const crmStage = deal?.record.stage ?? '';
  const mismatch = deal && crmAhead ? 'ahead' : deal && crmBehind ? 'behind' : null;
  // A CRM stage the playbook does not map, placed by nothing else: named as the header names it, not "Prospecting".
  const unmapped = unmappedCrmStage(situation, deal);
  const shownName = unmapped ? t('header.stageUnmapped', { stage: unmapped }) : stage.name[locale];
  const tick = (id: string, met: boolean) => {
    if (deal) void setDealExitCriterion(deal.id, id, met);
    else if (contact) void setExitCriterion(contact.id, id, met);
  };
  return (
    <Fold
      name="stage"
      // The title stays whole at 320 px in every language ("SOP stage: Quote and ne…" was cut): the stage's name
      // leads the summary, which may end in an ellipsis, and opens the body.
      title={t('stage.title')}
      summary={`${shownName} · ${
        mismatch === 'ahead'
          ? t('stage.summaryAhead', { crm })
          : mismatch === 'behind'
            ? t('stage.summaryBehind', { crm })
            : t('fold.exitMet', { met: situation.exitCriteria.filter((c) => c.met).length, total: situation.exitCriteria.length })
      }`}
      open={false}
    >
      <p>
        {label('stage.title')}
        <strong data-testid="stage-name">{shownName}</strong>
      </p>
      {mismatch === 'ahead' && crmAhead && (
        <p className="banner" data-testid="stage-crm-ahead" data-thread={crmAhead.stage}>
          {t('stage.crmAhead', { crm, crmStage, stage: stageName(crmAhead.stage) })}
        </p>
      )}
      {mismatch === 'behind' && crmBehind && (
        <p className="banner" data-testid="stage-crm-behind" data-thread={crmBehind.stage}>
          {t('stage.crmBehind', { crm, crmStage, stage: stageName(crmBehind.stage) })}
        </p>
      )}
      {situation.stage.samePerson && (
        <p className="banner" data-testid="stage-same-person" data-stage={situation.stage.samePerson.stage}>
          {t('stage.samePerson', { name: situation.stage.samePerson.name, where: situation.stage.samePerson.where, stage: stageName(situation.stage.samePerson.stage) })}
        </p>
      )}
      <p className="muted">
        {since ? `${t('stage.since', { date: since })} · ` : ''}
        {stage.goal[locale]}
      </p>
      <button type="button" className="link-button" onClick={() => openPlaybook(stageId)} data-testid="open-playbook">
        {t('playbook.open')}
      </button>
      <fieldset className="checklist">
        <legend>{t('stage.exit')}</legend>
        {situation.exitCriteria.map((criterion) => {
          const text = stage.exitCriteria.find((c) => c.id === criterion.id)?.text[locale] ?? criterion.id;
          return (
            <label key={criterion.id} data-met={criterion.met ? 'yes' : 'no'} data-by={criterion.by ?? ''}>
              <input type="checkbox" checked={criterion.met} disabled={criterion.by === 'store'} onChange={(e) => tick(criterion.id, e.target.checked)} data-testid={`exit-${criterion.id}`} />{' '}
              {text}
              {criterion.by === 'store' && <span className="muted"> {t('exit.byStore')}</span>}
            </label>
          );
        })}
      </fieldset>
      {contact && next && nextName && !situation.stage.suggested && !situation.stage.samePerson && (
        <button
          type="button"
          className={allMet ? 'primary' : ''}
          data-testid="stage-move"
          data-to={next}
          onClick={() => void moveStage(contact.id, next, t(allMet ? 'stage.moveReasonMet' : 'stage.moveReasonManual'), Date.now())}
        >
          {t('stage.move', { stage: nextName })}
        </button>
      )}
    </Fold>
  );
}
