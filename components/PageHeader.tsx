import { initialsOf } from '@/lib/contacts/initials';
import type { Playbook } from '@/lib/playbook/schema';
import type { MessageKey } from '@/lib/i18n/messages';
import type { ActionKind, ActionStep } from '@/lib/situation/types';
import { STAGE_IDS } from '@/lib/sop/stages';
import { useI18n } from './i18n';
import { focusDraft, focusMerge } from './focus-draft';
import { unmappedCrmStage } from '@/lib/situation/unmapped-stage';
import { crmStillNote } from '@/lib/situation/cancelled';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import type { PageAdvice } from './use-advice';

/** What the header's primary button says for each next action: it opens the draft that does it. */
const DO: Record<Exclude<ActionKind, 'stop'>, MessageKey> = {
  answer_objection: 'header.do.answer_objection',
  answer_question: 'header.do.answer_question',
  move_to_contract: 'header.do.move_to_contract',
  get_signature: 'header.do.get_signature',
  snooze: 'header.do.snooze',
  follow_up: 'header.do.follow_up',
  first_touch: 'header.do.first_touch',
  reopen: 'header.do.reopen',
  after_sales_check: 'header.do.after_sales_check',
  answer_complaint: 'header.do.answer_complaint',
};

/** A step of a kind that has its own words: the button says what the next step and the draft do. */
const STEP: Record<ActionStep, MessageKey> = {
  meeting: 'header.do.confirm_meeting',
  meeting_answer: 'header.do.confirm_answer',
  meeting_invite: 'header.do.send_invite',
  meeting_slots: 'header.do.offer_times',
  next_step: 'header.do.next_step',
  referral: 'header.do.follow_referral',
  referral_ask: 'header.do.ask_referral',
  referral_away: 'header.do.follow_referral',
  successor: 'header.do.contact_successor',
  referral_approver: 'header.do.write_approver',
  procurement: 'header.do.procurement',
  deadline: 'header.do.deadline',
  kickoff: 'header.do.kick_off',
  kickoff_prep: 'header.do.kick_off_prep',
  progress: 'header.do.progress',
  promise: 'header.do.promise',
  promise_over: 'header.do.follow_up',
  request: 'header.do.request',
  decided: 'header.do.decided',
  counter: 'header.do.counter',
  correction: 'header.do.correction',
  effort: 'header.do.effort',
  security_review: 'header.do.security_review',
  adoption: 'header.do.adoption',
  offer_yes: 'header.do.offer_yes',
  say_plainly: 'header.do.say_plainly',
  apology: 'header.do.apology',
  moved: 'header.do.moved',
  forwarded_up: 'header.do.forwarded_up',
  own_promise: 'header.do.own_promise',
  bounced: 'header.do.bounced',
  redline: 'header.do.redline',
  leaving: 'header.do.leaving',
  tender: 'header.do.tender',
  cancelled: 'header.do.cancelled',
  retention: 'header.do.retention',
  value_review: 'header.do.value_review', renewal: 'header.do.renewal',
  same_person: 'header.do.same_person',
};

/**
 * The compact, sticky header of a contact or deal: who (initials, name, company), where they stand
 * (stage · tier; on a deal whose thread is past its CRM stage, the stage the thread shows and the CRM's
 * as a note) and the next action as the primary button. The name line is one line, cut with an
 * ellipsis (the full text is in `title`); the stage line is never cut, its note wraps.
 */
export function PageHeader({ advice, playbook }: { advice: PageAdvice; playbook: Playbook }) {
  const { t, locale } = useI18n();
  const { situation, gathered, draft } = advice;
  const { contact, deal } = gathered;
  const { stage, tier, action } = situation;
  const name = deal?.record.name ?? contact?.name ?? '';
  const company = deal ? [contact?.name, deal.record.account].filter(Boolean).join(' · ') : (contact?.company ?? '');
  const unmapped = unmappedCrmStage(situation, deal);
  // The CRM lags: the thread is further on (the judged stage first) or a won deal is called off in a newer message (said first); the CRM's stage is the note, the rep updates it there.
  const note = crmStillNote(situation, deal);
  const cancelled = note?.kind === 'cancelled';
  const stageName = cancelled ? t('header.cancelled') : stage.id === 'lost' ? t('header.lost') : unmapped ? t('header.stageUnmapped', { stage: unmapped }) : (playbook.stages[STAGE_IDS.indexOf(stage.id)]?.name[locale] ?? stage.id);
  const crmStill = note?.crmStage ?? null;
  const avatarOf = deal ? (deal.record.account ?? name) : name;
  // A meeting they agreed to is a follow-up on its day whose draft confirms it: the button says so, as the next step does.
  // (another record of this person: the button goes to the merge, there is no message to write)
  const merging = action.step === 'same_person';
  const primary = merging ? STEP.same_person : action.kind === 'stop' || draft.templateId === 'none' ? null : action.step ? STEP[action.step] : DO[action.kind];
  return (
    <header className="page-header" data-testid="page-header" aria-label={name}>
      <span className="avatar" aria-hidden="true" data-testid="header-avatar">
        {initialsOf(avatarOf)}
      </span>
      <div className="page-header-text">
        <p className="one-line page-header-name" title={company ? `${name} · ${company}` : name}>
          <strong data-testid="header-name">{name}</strong>
          {company && <span className="muted" data-testid="header-company"> · {company}</span>}
        </p>
        <p className="one-line page-header-meta" data-testid="header-meta">
          <span data-testid="situation-stage" data-stage={stage.id}>
            {stageName}
          </span>
          {tier && (
            <>
              <span aria-hidden="true">·</span>
              <span className={`tier tier-${tier}`} data-testid="contact-tier">
                {t('tier.label')} {tier}
              </span>
            </>
          )}
        </p>
        {crmStill && deal && (
          <p
            className="page-header-note"
            data-testid="header-crm-still"
            data-crm-stage={crmStill}
            data-cancelled={cancelled || undefined}
            title={cancelled ? t('header.cancelledTitle', { crm: SITE_ADAPTERS[deal.crm].label, crmStage: crmStill }) : t('header.crmStillTitle', { crm: SITE_ADAPTERS[deal.crm].label, crmStage: crmStill, stage: stageName })}
          >
            {t('header.crmStill', { crmStage: crmStill })}
          </p>
        )}
      </div>
      {primary && (
        <button type="button" className="primary page-header-action" onClick={merging ? focusMerge : focusDraft} title={`${action.label} (D)`} data-testid="header-action" data-shortcut="d">
          {t(primary)}
        </button>
      )}
    </header>
  );
}
