import type { ActionStep, LastKind, NoteVoice, Situation } from './types';

/** What happened last that is answered as itself, never as an objection: a stop, a customer's complaint, an auto-reply, a referral. */
const ANSWERED_AS_ITSELF: ReadonlySet<LastKind> = new Set(['stop', 'complaint', 'out_of_office', 'referral']);

/**
 * Steps that answer their words as something else than the objection or buying signal the reader may
 * lean to: a supplier portal, a promise to come back, a decision against us, a counter-offer, a
 * correction of our invoice, a concern about the roll-out, a complaint about our emails, a change of
 * company, a forward to their boss, the contract sent back marked up,
 * a tender to bid for, a signed deal called off, a notice not to renew, a signed customer's price concern, a security review
 * that must come first (read as the fit objection it resembles).
 */
const STEPS_SET_ASIDE: ReadonlySet<ActionStep> = new Set(['procurement', 'promise', 'promise_over', 'decided', 'counter', 'correction', 'effort', 'apology', 'moved', 'forwarded_up', 'own_promise', 'bounced', 'redline', 'leaving', 'tender', 'cancelled', 'retention', 'value_review', 'renewal', 'security_review', 'adoption']);

/**
 * Whether the reply card sets the reader's reading aside: their words are shown, but no talk tracks,
 * no buying-signal banner and no "is it this or that?" guess beside a next step that reads them
 * otherwise (an apology beside "price or brush-off?" would say both).
 */
export function readingSetAside(situation: Pick<Situation, 'last' | 'action'>): boolean {
  return ANSWERED_AS_ITSELF.has(situation.last.kind) || (situation.action.step !== undefined && STEPS_SET_ASIDE.has(situation.action.step));
}

/**
 * Whether the reply card offers the reader's unsure guess ("is it this or that?") to pick from: not
 * beside a step that sets the reading aside, and not beside a buying signal the next step acts on when
 * "no objection" is one of the two readings offered: the signal has answered that ("Contract terms or
 * no objection?" under "they asked when they can start: send the contract" says the panel doubts its
 * own step). The rep can still correct the reading in the card's list.
 */
export function guessOffered(situation: Pick<Situation, 'last' | 'action'>, readings: readonly { category: string }[]): boolean {
  if (readingSetAside(situation)) return false;
  return !(situation.last.kind === 'signal' && readings.slice(0, 2).some((reading) => reading.category === 'none'));
}

/**
 * Whether the reply card plays out no objection and no buying signal: beside a step that sets the
 * reading aside, and beside their question or request the judgment answers instead ("kindly revert
 * with your best price" is no "too expensive", "can we extend the trial?" no contract term). An
 * unsure reading beside a question is still offered as a guess to confirm (`readingSetAside` is not).
 */
export function tracksSetAside(situation: Pick<Situation, 'last' | 'action'>): boolean {
  return readingSetAside(situation) || situation.last.kind === 'question';
}

/**
 * How the reply card speaks of the words it reads when they come from a note on the CRM record, as the
 * judgment had it (`LastWord.voice`, worked out once by `lastWordVoice`): `note`, the rep's own note (the card
 * asks how the note reads); `quoted`, the customer's words the rep wrote down under a label (how their words
 * read, as the reason names them); null for their own words (a thread's reply, "Email from Rahul:").
 */
export function noteVoice(situation: Pick<Situation, 'last'>): NoteVoice | null {
  return situation.last.voice ?? null;
}
