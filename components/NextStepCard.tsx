import { useState } from 'react';
import { moveStage, snoozeContact } from '@/lib/contacts/store';
import { snoozeDeal } from '@/lib/deals/store';
import type { Playbook } from '@/lib/playbook/schema';
import { dayOf } from '@/lib/situation/format';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { STAGE_IDS, type StageId } from '@/lib/sop/stages';
import { logTouch } from '@/lib/touches/store';
import { Fold } from './Fold';
import { useI18n } from './i18n';
import { TouchLogger } from './TouchLogger';
import type { PageAdvice } from './use-advice';

const DAY = 86_400_000;

/**
 * The one judgment: where the deal stands, the next best action, when and why. Done and snooze in
 * one click; a stage the evidence shows is offered, never applied silently.
 */
export function NextStepCard({ advice, playbook }: { advice: PageAdvice; playbook: Playbook }) {
  const { t, label, locale } = useI18n();
  const [done, setDone] = useState(false);
  const { situation, gathered } = advice;
  const { action, stage } = situation;
  const contact = gathered.contact;
  const deal = gathered.deal;
  const date = (at: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
  const suggested = stage.suggested ? playbook.stages[STAGE_IDS.indexOf(stage.suggested)]?.name[locale] : undefined;
  const suggestion = stage.evidence.find((e) => e.stage === stage.suggested && e.kind !== 'stored');
  // The thread's evidence put the judgment's stage ahead of the rep's record (not an exit-criteria move to the next stage).
  const lagging = stage.suggested !== null && stage.suggested === stage.id && stage.stored !== null;
  const stored = stage.stored ? playbook.stages[STAGE_IDS.indexOf(stage.stored)]?.name[locale] : undefined;
  const snoozed = contact?.snooze ?? deal?.snooze;
  const person = contact?.id ?? deal?.contactIds[0];

  const markDone = () => {
    if (!person) return;
    void logTouch({ contactId: person, at: Date.now(), direction: 'outbound', channel: contact?.sources.includes('linkedin') ? 'linkedin' : 'email' }).then(() => setDone(true));
  };
  const snooze = (until: number | null) => {
    const now = Date.now();
    if (deal) void snoozeDeal(deal.id, until, now);
    else if (contact) void snoozeContact(contact.id, until, now);
  };

  return (
    <Fold name="next-step" title={t('next.title')} summary={action.label} open className="next-step" testId="next-step" data={{ 'data-kind': action.kind, ...(action.step ? { 'data-step': action.step } : {}) }}>
      <p className="next-action" data-testid="next-step-action">
        {action.label}
      </p>
      <p className="muted">
        <span>{label('next.reason')}</span>
        <span data-testid="next-step-reason">{action.why}</span>
      </p>
      {action.kind !== 'stop' && (
        <p className={action.overdue ? 'due overdue' : 'due'} data-testid="next-step-due" data-due={new Date(action.due).toISOString()}>
          {action.kind === 'snooze' && action.until !== null ? `${label('next.until')}${date(action.until)}` : `${label(action.overdue ? 'next.overdue' : 'next.due')}${date(action.due)}`}
        </p>
      )}
      {situation.flags.closeDatePassed && (
        <p className="error-text" data-testid="close-date-passed">
          {t('next.closeDatePassed')}
        </p>
      )}
      {stage.crmBehind && deal && (
        <p className="banner" data-testid="crm-stage-behind" data-to={stage.crmBehind.stage}>
          {t('next.crmLags', {
            crm: SITE_ADAPTERS[deal.crm].label,
            crmStage: deal.record.stage ?? '',
            stage: playbook.stages[STAGE_IDS.indexOf(stage.crmBehind.stage as StageId)]?.name[locale] ?? stage.crmBehind.stage,
            // The sentence goes on after the quote with its own full stop: theirs would make two ("commit.”.").
            quote: stage.crmBehind.quote.replace(/[.。]$/, ''),
          })}
        </p>
      )}
      {stage.suggested && suggested && contact && (
        <div className="banner" data-testid="stage-suggestion">
          {/* The judgment already reads the deal at the evidence's stage (header, stage card, SPIN): the record is what lags, so say that, not "move". */}
          <p>{lagging
              ? t('next.recordLags', { stored: stored ?? '', stage: suggested, quote: suggestion?.quote ?? '' })
              : suggestion?.kind === 'exit-met'
                ? t('next.readyFor', { stage: suggested, why: suggestion.quote })
                : t('next.suggest', { stage: suggested, quote: suggestion?.quote ?? '' })}</p>
          <button
            type="button"
            onClick={() => stage.suggested && void moveStage(contact.id, stage.suggested, t('next.suggestReason', { quote: suggestion?.quote ?? '' }), Date.now())}
            data-testid="stage-suggestion-accept"
            data-kind={lagging ? 'record' : 'move'}
            data-to={stage.suggested}
          >
            {t(lagging ? 'next.recordAccept' : 'next.suggestAccept', { stage: suggested })}
          </button>
        </div>
      )}
      {action.kind !== 'stop' && (
        <div className="button-row">
          {person && (
            <button type="button" onClick={markDone} data-testid="next-step-done" data-shortcut="n">
              {t('next.done')}
            </button>
          )}
          {snoozed && action.kind === 'snooze' && action.until === dayOf(snoozed.until) ? (
            <button type="button" onClick={() => snooze(null)} data-testid="next-step-unsnooze">
              {t('next.unsnooze')}
            </button>
          ) : (
            <button type="button" onClick={() => snooze(Date.now() + 7 * DAY)} data-testid="next-step-snooze" data-shortcut="s">
              {t('next.snoozeWeek')}
            </button>
          )}
        </div>
      )}
      {done && (
        <p role="status" className="ok">
          {t('next.doneStatus')}
        </p>
      )}
      {contact && <TouchLogger contact={contact} touches={gathered.touches} />}
    </Fold>
  );
}
