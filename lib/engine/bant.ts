import type { Locale } from '../i18n/locales';
import { BANT_KEYS, type BantKey, type TierId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { engineText } from './engine-messages';
import { STAGE_IDS, type StageId } from '../sop/stages';

/** What is known of a lead's Budget, Authority, Need and Timeline. */
export interface BantFacts {
  budget: 'unknown' | 'confirmed' | 'none';
  authority: 'unknown' | 'decision-maker' | 'influencer';
  need: 'unknown' | 'vague' | 'clear' | 'none';
  /** Months until the planned purchase; null when unknown. */
  timelineMonths: number | null;
}

export const UNKNOWN_BANT: BantFacts = { budget: 'unknown', authority: 'unknown', need: 'unknown', timelineMonths: null };

export interface BantScore {
  /** null when the lead should be retired. */
  tier: TierId | null;
  retire: boolean;
  /** 0–100 under the playbook's weighting. */
  score: number;
  /** Unknown facts, the heaviest first: what to ask next. */
  missing: BantKey[];
  /** Why this tier, in the user's language. */
  reason: string;
}

function isUnknown(facts: BantFacts, key: BantKey): boolean {
  return key === 'timeline' ? facts.timelineMonths === null : facts[key] === 'unknown';
}

/** How much of each fact's weight the known value earns. */
function earned(facts: BantFacts, key: BantKey, tierAWithinMonths: number): number {
  switch (key) {
    case 'budget':
      return facts.budget === 'confirmed' ? 1 : 0;
    case 'authority':
      return facts.authority === 'decision-maker' ? 1 : facts.authority === 'influencer' ? 0.5 : 0;
    case 'need':
      return facts.need === 'clear' ? 1 : facts.need === 'vague' ? 0.25 : 0;
    case 'timeline':
      if (facts.timelineMonths === null) return 0;
      return facts.timelineMonths <= tierAWithinMonths ? 1 : facts.timelineMonths <= 12 ? 0.5 : 0.1;
  }
}

/**
 * Tiers a lead by BANT (DOMAIN.md § 3): A = budget confirmed, decision maker engaged, purchase
 * within the playbook's months, or a clear-need lead whose budget got confirmed (the B → A
 * trigger); B = need clear, budget not confirmed; C = early, need vague. A need that does not
 * match retires the lead.
 *
 * @example scoreBant({ budget: 'confirmed', authority: 'unknown', need: 'clear', timelineMonths: null }, playbook, 'en').tier // 'A'
 */
export function scoreBant(facts: BantFacts, playbook: Playbook, locale: Locale): BantScore {
  const { bant, triggers } = playbook;
  const weights = bant.weights[bant.weighting];
  const total = BANT_KEYS.reduce((sum, key) => sum + weights[key], 0) || 1;
  const score = Math.round((100 * BANT_KEYS.reduce((sum, key) => sum + weights[key] * earned(facts, key, bant.tierAWithinMonths), 0)) / total);
  const missing = BANT_KEYS.filter((key) => isUnknown(facts, key)).sort((a, b) => weights[b] - weights[a]);

  if (facts.need === 'none') return { tier: null, retire: true, score, missing, reason: engineText(locale, 'bant.retire.need') };
  const budget = facts.budget === 'confirmed';
  if (budget && facts.authority === 'decision-maker' && facts.timelineMonths !== null && facts.timelineMonths <= bant.tierAWithinMonths) {
    return { tier: 'A', retire: false, score, missing, reason: engineText(locale, 'bant.A.full', { months: bant.tierAWithinMonths }) };
  }
  if (budget && facts.need === 'clear' && triggers.promoteBToAOnBudget) {
    return { tier: 'A', retire: false, score, missing, reason: engineText(locale, 'bant.A.promoted') };
  }
  if (facts.need === 'clear') return { tier: 'B', retire: false, score, missing, reason: engineText(locale, 'bant.B') };
  // Unknown is not vague: a deal in negotiation whose need nobody recorded is not an early contact.
  return { tier: 'C', retire: false, score, missing, reason: engineText(locale, facts.need === 'vague' ? 'bant.C' : 'bant.C.unknown') };
}

/**
 * Stages whose reaching shows BANT in fact (DOMAIN.md § 2–3): a buyer negotiating our quote or
 * signing the contract is spending a budget, with whoever decides engaged, on a need they confirmed,
 * within months. A fact the rep never recorded is read from the stage there; one they recorded
 * stands (a budget recorded as "none" still says so).
 */
const SHOWN_FROM = STAGE_IDS.indexOf('negotiate');
const SHOWN_UNTIL = STAGE_IDS.indexOf('deliver');

/**
 * From presentation on, discovery is behind them (DOMAIN.md § 2: its exit is the need confirmed by the customer): a
 * demo they sat through and answered shows the need in fact (tier B; budget and authority still to prove). Not one
 * nobody answered, nor an email merely opened (the caller says which: `heard`).
 */
const NEED_SHOWN_FROM = STAGE_IDS.indexOf('present');

/**
 * The facts as the stage shows them: the unknown ones filled in at negotiation and contract, and the need at
 * presentation once they have answered a demo (`heard`); `shown` names those.
 */
export function bantShownByStage(facts: BantFacts, stage: StageId | 'lost', playbook: Playbook, heard = false): { facts: BantFacts; shown: BantKey[] } {
  const index = stage === 'lost' ? -1 : STAGE_IDS.indexOf(stage);
  if (heard && index >= NEED_SHOWN_FROM && index < SHOWN_FROM && facts.need === 'unknown') return { facts: { ...facts, need: 'clear' }, shown: ['need'] };
  if (index < SHOWN_FROM || index >= SHOWN_UNTIL) return { facts, shown: [] };
  const shown = BANT_KEYS.filter((key) => isUnknown(facts, key));
  return {
    facts: {
      budget: facts.budget === 'unknown' ? 'confirmed' : facts.budget,
      authority: facts.authority === 'unknown' ? 'decision-maker' : facts.authority,
      need: facts.need === 'unknown' ? 'clear' : facts.need,
      timelineMonths: facts.timelineMonths ?? playbook.bant.tierAWithinMonths,
    },
    shown,
  };
}

/**
 * The tier of a person at the stage the judgment puts them (the header, the BANT card, Today and
 * Contacts read this one): what the rep recorded, and what the stage shows in fact beside it. Tier C
 * beside "Contract" said the record had not been touched since the first call, not where the buyer is;
 * nor is it the tier of someone who sat through the demo and wrote back with questions (`heard`).
 *
 * @example scoreBantAt(UNKNOWN_BANT, 'negotiate', playbook, 'en').tier // 'A'
 */
export function scoreBantAt(recorded: BantFacts, stage: StageId | 'lost', playbook: Playbook, locale: Locale, heard = false): BantScore {
  const { facts, shown } = bantShownByStage(recorded, stage, playbook, heard);
  const score = scoreBant(facts, playbook, locale);
  if (shown.length === 0 || score.tier !== 'A') return score;
  const name = stage === 'lost' ? stage : (playbook.stages[STAGE_IDS.indexOf(stage)]?.name[locale] ?? stage);
  return { ...score, reason: engineText(locale, 'bant.A.stage', { stage: name }) };
}
