import type { ContactId } from '../contacts/schema';
import type { ObjectionId } from '../playbook/ids';

/** A note the rep wrote about a contact. */
export interface Note {
  id?: number;
  contactId: ContactId;
  at: number;
  text: string;
}

/** A talk track picked for an objection. */
export interface TrackUse {
  id?: number;
  contactId: ContactId;
  objection: ObjectionId;
  trackId: string;
  at: number;
}

/** One answer in a drill. */
export interface DrillAnswer {
  id?: number;
  at: number;
  questionId: string;
  correct: boolean;
}

/** The rep told the reply reader what a reply really says; the next similar reply is read the same way. */
export interface ReaderCorrection {
  id?: number;
  at: number;
  /** The reply as the rep saw it (their own words, quoted history and signature already cut). */
  text: string;
  /** What the reader said, and what the rep says it is. */
  from: ObjectionId | 'none';
  to: ObjectionId | 'none';
  contactId?: ContactId;
}
