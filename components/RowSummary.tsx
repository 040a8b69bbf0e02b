import { useState } from 'react';
import type { QueueRow } from '@/lib/situation/queue';
import { STAGE_IDS } from '@/lib/sop/stages';
import { useI18n } from './i18n';
import { rowDay } from './row-day';
import { unmappedCrmStage } from '@/lib/situation/unmapped-stage';
import { usePlaybook } from './use-playbook';


/**
 * Where a row's person or deal stands, as Today and Contacts show it: stage · tier · last touch on
 * one line, the action and its day on the next, all from the one judgment.
 */
export function RowSummary({ row, testId }: { row: QueueRow; testId: string }) {
  const { t, label, locale } = useI18n();
  const playbook = usePlaybook();
  const { situation } = row;
  // Which year is "this year": read once per row (a row lives no longer than a list on screen).
  const [now] = useState(() => Date.now());
  const date = (at: number) => rowDay(at, locale, now);
  const unmapped = unmappedCrmStage(situation, row.deal);
  const stage = situation.stage.id === 'lost' ? t('deal.stageLost') : unmapped ? t('header.stageUnmapped', { stage: unmapped }) : (playbook?.stages[STAGE_IDS.indexOf(situation.stage.id)]?.name[locale] ?? '');
  const waiting = situation.action.kind === 'stop' || situation.action.kind === 'snooze';
  return (
    <>
      <span className="row-meta muted" data-testid={`${testId}-meta`} data-stage={situation.stage.id} data-tier={situation.tier ?? ''}>
        {/* (on a one-line row the stage gives way, not the last touch's day: "last touch N…" said nothing) */}
        <span className="row-stage">{stage}</span>
        <span className="row-meta-rest">
          {situation.tier ? ` · ${t('tier.label')} ${situation.tier}` : ''}
          {` · ${row.lastTouchAt !== null ? t('today.lastTouch', { date: date(row.lastTouchAt) }) : t('contacts.noTouch')}`}
        </span>
      </span>
      <span className="row-action" data-testid={`${testId}-action`} data-kind={situation.action.kind}>
        <span className="row-action-label">{situation.action.label}</span>
        {!waiting && (
          <span className={situation.action.overdue ? 'due overdue' : 'due'}>
            {' · '}
            {label(situation.action.overdue ? 'next.overdue' : 'next.due')}
            {date(situation.action.due)}
          </span>
        )}
      </span>
    </>
  );
}
