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
