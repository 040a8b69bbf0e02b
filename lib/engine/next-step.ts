import type { Locale } from '../i18n/locales';
import type { Playbook, TierId } from '../playbook/schema';
import { STAGE_IDS, type StageId } from '../sop/stages';
import { scoreBant, UNKNOWN_BANT, type BantFacts } from './bant';
import type { SignalId } from './buying-signals';
import { engineText } from './engine-messages';

const DAY = 86_400_000;

export interface Touch {
  at: number;
  direction: 'outbound' | 'inbound';
}

export interface NextStepContact {
  stage: StageId;
  createdAt: number;
  bant?: BantFacts | undefined;
  /** Exit criteria of the current stage already met, by id. */
  exitCriteriaMet?: readonly string[] | undefined;
}

export type NextStepKind = 'retire' | 'contract' | 'first-touch' | 'reactivate' | 'advance' | 'ask' | 'revisit' | 'follow-up';

export interface NextStep {
  kind: NextStepKind;
  action: string;
  reason: string;
  tier: TierId | null;
  /** When it is due (ms since epoch). */
  dueAt: number;
  overdue: boolean;
}

export interface NextStepOptions {
  locale: Locale;
  /** Buying signals in the contact's latest reply. */
  signals?: readonly SignalId[];
}

/** Consecutive outbound touches since the last reply. */
function unansweredStreak(touches: readonly Touch[]): number {
  let streak = 0;
  for (const touch of [...touches].sort((a, b) => b.at - a.at)) {
    if (touch.direction === 'inbound') break;
    streak++;
  }
  return streak;
}

/**
 * The one next step for a contact, with its due date by the tier's cadence and the reason in the
 * user's language. Rules in priority order: retire (need mismatch, or N touches unanswered), move
 * to contract on a buying signal, first touch, re-activate a dormant lead, advance when the
 * stage's exit criteria are met, ask the heaviest unknown BANT fact while qualifying, revisit
 * customers after the sale, otherwise follow up on the tier's cadence.
 */
export function nextStep(contact: NextStepContact, touches: readonly Touch[], playbook: Playbook, now: number, options: NextStepOptions): NextStep {
  const { locale } = options;
  const bant = scoreBant(contact.bant ?? UNKNOWN_BANT, playbook, locale);
  const tier = bant.tier;
  const step = (kind: NextStepKind, action: string, reason: string, dueAt = now): NextStep => ({ kind, action, reason, tier, dueAt, overdue: now > dueAt + DAY / 2 });

  if (bant.retire) return step('retire', engineText(locale, 'next.retire.need'), bant.reason);
  const streak = unansweredStreak(touches);
  if (streak >= playbook.triggers.retireAfterUnanswered) {
    return step('retire', engineText(locale, 'next.retire.silent'), engineText(locale, 'next.retire.silentReason', { count: streak }));
  }

  const stageIndex = STAGE_IDS.indexOf(contact.stage);
  const [firstSignal] = options.signals ?? [];
  if (firstSignal && stageIndex < STAGE_IDS.indexOf('close')) {
    const signal = playbook.buyingSignals.find((s) => s.id === firstSignal);
    if (signal) return step('contract', signal.action[locale], engineText(locale, 'next.signal.reason', { signal: signal.name[locale] }));
  }

  const outbound = touches.filter((t) => t.direction === 'outbound');
  if (outbound.length === 0) {
    return step('first-touch', engineText(locale, 'next.firstTouch.action'), engineText(locale, 'next.firstTouch.reason'), contact.createdAt);
  }

  const last = Math.max(...touches.map((t) => t.at));
  const lastOutbound = Math.max(...outbound.map((t) => t.at));
  const idleDays = Math.floor((now - last) / DAY);
  if (idleDays >= playbook.triggers.dormantAfterDays && contact.stage !== 'retain') {
    return step('reactivate', playbook.triggers.reactivationOffer[locale], engineText(locale, 'next.reactivate.reason', { days: idleDays }));
  }

  const stage = playbook.stages[stageIndex];
  const next = STAGE_IDS[stageIndex + 1];
  const met = new Set(contact.exitCriteriaMet ?? []);
  if (stage && next && stage.exitCriteria.every((c) => met.has(c.id))) {
    const nextName = playbook.stages[stageIndex + 1]?.name[locale] ?? next;
    return step('advance', engineText(locale, 'next.advance.action', { stage: nextName }), engineText(locale, 'next.advance.reason', { current: stage.name[locale] }));
  }

  const tierInfo = playbook.tiers.find((t) => t.id === (tier ?? 'C'));
  const interval = tierInfo ? (tierInfo.cadence.perDays / tierInfo.cadence.touches) * DAY : 7 * DAY;
  const dueByCadence = lastOutbound + Math.round(interval);

  const [ask] = bant.missing;
  if (ask && (contact.stage === 'prospect' || contact.stage === 'qualify')) {
    const fact = playbook.bant.facts[ask];
    return step(
      'ask',
      engineText(locale, 'next.ask.action', { fact: fact.name[locale], question: fact.question[locale] }),
      engineText(locale, 'next.ask.reason', { fact: fact.name[locale] }),
      dueByCadence,
    );
  }

  if (contact.stage === 'retain' && (tier === 'A' || tier === 'B')) {
    const days = playbook.afterSales.revisitDays[tier];
    return step('revisit', engineText(locale, 'next.revisit.action'), engineText(locale, 'next.revisit.reason', { tier, days }), last + days * DAY);
  }

  return step(
    'follow-up',
    engineText(locale, 'next.cadence.action', { send: tierInfo?.send[locale] ?? '' }),
    engineText(locale, 'next.cadence.reason', { tier: tier ?? 'C', cadence: tierInfo?.cadenceLabel[locale] ?? '', days: Math.floor((now - lastOutbound) / DAY) }),
    dueByCadence,
  );
}
