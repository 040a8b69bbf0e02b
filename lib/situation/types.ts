import type { BantFacts } from '../engine/bant';
import type { Locale } from '../i18n/locales';
import type { MappedStage } from '../playbook/crm-stages';
import type { Playbook, TierId } from '../playbook/schema';
import type { ReplyReading } from '../reader/read-reply';
import type { CrmRecord } from '../sites/extraction-schema';
import type { CrmSiteId } from '../sites/hosts';
import type { StageId } from '../sop/stages';
import type { NoteVoice } from './activity-voice';
import type { TwoObjections } from './two-objections';
import type { MetBefore } from './lead-notes';
import type { Referral } from './referral';

export type { NoteVoice };

/** The closed set of next best actions (DOMAIN.md § 8). Ids are the `advise` contract. */
export const ACTION_KINDS = [
  'answer_objection',
  'answer_question',
  'move_to_contract',
  'get_signature',
  'snooze',
  'follow_up',
  'first_touch',
  'reopen',
  'after_sales_check',
  'answer_complaint',
  'stop',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export type ActionStep = 'meeting' | 'meeting_answer' | 'meeting_invite' | 'meeting_slots' | 'next_step' | 'referral' | 'referral_ask' | 'referral_away' | 'successor' | 'referral_approver' | 'procurement' | 'deadline' | 'kickoff' | 'kickoff_prep' | 'progress' | 'promise' | 'promise_over' | 'request' | 'decided' | 'counter' | 'correction' | 'effort' | 'apology' | 'moved' | 'forwarded_up' | 'own_promise' | 'bounced' | 'redline' | 'leaving' | 'tender' | 'cancelled' | 'retention' | 'value_review' | 'renewal' | 'same_person' | 'security_review' | 'adoption' | 'offer_yes' | 'say_plainly';

/** One message of the conversation on the page, oldest first. */
export interface SituationMessage {
  direction: 'inbound' | 'outbound';
  /** ms since epoch; null when the page did not say. */
  at: number | null;
  text: string;
}

/** What the judgment needs of a stored contact. */
export interface SituationContact {
  name: string;
  company?: string | undefined;
  title?: string | undefined;
  headline?: string | undefined;
  about?: string | undefined;
  /** The rep's own notes on a lead (Sales Navigator's notes), never the lead's own About: `lead-notes.ts`. */
  leadNotes?: string | undefined;
  location?: string | undefined;
  /** Where they keep their holidays may show in these (+81…, ….co.jp): `holiday-region.ts`. */
  phone?: string | undefined;
  email?: string | undefined;
  stage: StageId;
  createdAt: number;
  sources: readonly string[];
  bant?: BantFacts | undefined;
  exitCriteriaMet?: readonly string[] | undefined;
  knownPains?: readonly string[] | undefined;
  askedQuestions?: readonly string[] | undefined;
  /** The rep put the contact off until a day. */
  snooze?: { until: number; at: number } | undefined;
}

/** What the judgment needs of a stored CRM deal. */
export interface SituationDeal {
  crm: CrmSiteId;
  record: CrmRecord;
  capturedAt: number;
  exitCriteriaMet?: readonly string[] | undefined;
  snooze?: { until: number; at: number } | undefined;
}

/** Their last words, already read (the reader is loaded lazily: the caller reads, the judgment decides). */

export interface LastWord {
  at: number | null;
  text: string;
  reading: ReplyReading;
  /**
   * Whose words these are when a note on the CRM record holds them (`lastWordVoice`, worked out once where
   * the words are gathered): `note`, the rep's own note; `quoted`, the customer's words the rep wrote down
   * under a label. Absent or null: their own words (a thread's reply, their email logged on the record).
   */
  voice?: NoteVoice | null | undefined;
}

/**
 * Another record of this person (the same name and the same company, its domain, a shared email or
 * phone: lib/contacts/same-person.ts), judged on its own, computed outside the judgment and passed in.
 */
export interface SamePerson {
  name: string;
  /** Where that record was seen ("Gmail", "LinkedIn, Outlook"). */
  where: string;
  /** Where its own judgment puts it. */
  stage: MappedStage;
  /** It has a conversation or an open deal (an exchange on record, their words, a CRM deal). */
  active: boolean;
}

export interface SituationInput {
  playbook: Playbook;
  now: number;
  /** The rep's UI language: labels and reasons. */
  locale: Locale;
  contact: SituationContact | null;
  deal: SituationDeal | null;
  /** The conversation on the page, oldest first. */
  conversation: { subject?: string | undefined; messages: readonly SituationMessage[] } | null;
  /** Stored touches of the contact (for a deal: of its people), any order. */
  touches: readonly { at: number; direction: 'inbound' | 'outbound' }[];
  /** Their newest words: the page's last inbound run, else the stored one, else a CRM record's newest activity. */
  lastWord: LastWord | null;
  /** The talk track the rep chose for the objection ("Use this"). */
  chosenTrack?: string | undefined;
  /** The language the rep switched the draft to. */
  draftLanguage?: Locale | undefined;
  /** The rep's name for the sign-off; empty leaves it to the mail client's signature. */
  me?: string | undefined;
  /** A strong match of this contact under another record ({@link SamePerson}); null or absent when none. */
  samePerson?: SamePerson | null | undefined;
}

export type StageEvidenceKind = 'stored' | 'crm' | 'proposal' | 'demo' | 'pilot' | 'quote' | 'contract-sent' | 'vendor-setup' | 'signed' | 'renewal' | 'objection-at-quote' | 'counter-offer' | 'quote-asked' | 'buying-signal' | 'exit-met';

export interface StageEvidence {
  kind: StageEvidenceKind;
  stage: MappedStage;
  /** The words that show it, quoted from the page or the record. */
  quote: string;
}

export type LastKind = 'objection' | 'question' | 'signal' | 'snooze' | 'meeting' | 'referral' | 'out_of_office' | 'stop' | 'complaint' | 'decision' | 'reply' | 'silence' | 'none';

export interface Situation {
  stage: {
    /** Where the deal stands: a person on a deal follows the deal. */
    id: MappedStage;
    /** The contact's stored stage (null on a record with no person). */
    stored: StageId | null;
    /** A forward move the evidence suggests and the rep can accept in one click; never backwards. */
    suggested: StageId | null;
    /** On a deal: the thread's evidence is past the CRM's stage (the rep updates the CRM; we never write a stage there). */
    crmBehind?: StageEvidence | null;
    /** On a deal: the CRM's stage is two or more ahead of what the conversation on the page shows (with its furthest words, if any). */
    crmAhead?: { stage: StageId; quote: string } | null;
    /** The stage is the one another record of this person is at (this record has no exchange of its own). */
    samePerson?: SamePerson | null;
    evidence: StageEvidence[];
  };
  tier: TierId | null;
  /** What happened last: who spoke, when, what it was. */
  /** (`voice`: the note their last word came from, as the input gave it: the reason, the reply card and the draft speak of it alike) */
  last: { who: 'them' | 'us' | null; at: number | null; kind: LastKind; quote: string | null; voice?: NoteVoice };
  action: {
    kind: ActionKind;
    /** Local midnight of the due day. */
    due: number;
    /** For a snooze: the day to come back. */
    until: number | null;
    overdue: boolean;
    /** What to do, in the rep's language. */
    label: string;
    /** Why, in the rep's language. */
    why: string;
    /**
     * Which step of its kind (the header's button and the draft follow it): a meeting to confirm, a
     * referral to follow (to the person named, or asking whom), the kick-off after signing, a progress
     * update while delivering.
     */
    step?: ActionStep;
  };
  /** Whom their last words sent us to. */
  referral?: Referral | null;
  /** The meeting they agreed to: its day and the hour as they named it, with their time zone ("9am PST"); null when none. */
  meeting?: { at: number; time: string | null } | null;
  /** What their last words ask of us, quoted ("kindly share the revised quotation"), read once per judgment; null when nothing. */
  request?: string | null;
  /** Their counter-offer (the sentence, and their number or the commitment they offer for a better one); null when none. */
  counter?: { text: string; figure: string } | null;
  /** For step `offer_yes`: what our last message offered that they said yes to (something to send, or another thing to do), our sentence and the thing; null when none. */
  offered?: { kind: 'send' | 'do'; text: string; thing: string | null } | null;
  /** For step `meeting_slots`: the first day of the period they want to meet in ("the second week of January", 下周); null when they named none. */
  slotsFrom?: number | null;
  /** For step `meeting_slots`: the times go to a customer who chose someone else (or whom we lost) and wants to talk again; the draft asks what did not work out. */
  cameBack?: boolean;
  /** For a first touch: the rep's notes on the lead say we met (the sentence, and where and when as they say it); null when they do not. */
  met?: MetBefore | null;
  /** For step `deadline`: the day their request is due by, as the judgment read it (their holidays where they are); the draft promises that day. For step `kickoff_prep`: the booked kick-off's day, when the note names one. */
  dueBy?: number | null;
  /** Whom they passed it up to, who was not in the conversation ("our CFO", 财务总监), with their sentence, and, taken up on a day they named, the working day after it when we check in (`on`); null when they did not. */
  forwardedUp?: { text: string; to: string; on?: number } | null;
  /** Our email did not reach them (a delivery failure, a mailbox no longer read), with the address the notice names instead; null when it did. */
  bounced?: { text: string; to: string | null } | null;
  /** Another record of this person that the next step is to merge with (step `same_person`); null when none. */
  samePerson?: SamePerson | null;
  /** Two objections in their last words, answered in one reply: the one that blocks the deal first, each with its words; null when one or none. */
  twoObjections?: TwoObjections | null;
  /** The exit criteria of the stage, with those the store proves ticked. */
  exitCriteria: { id: string; met: boolean; by: 'store' | 'rep' | null }[];
  /** Facts on the record worth a flag (a close date in the past). */
  flags: { closeDatePassed: boolean };
}
