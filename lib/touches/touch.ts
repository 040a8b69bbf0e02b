import type { ContactId } from '../contacts/schema';

/** A contact attempt (outbound) or a reply (inbound). */
export interface Touch {
  at: number;
  direction: 'outbound' | 'inbound';
}

/** One contact attempt or reply, as stored. */
export interface StoredTouch extends Touch {
  id?: number;
  contactId: ContactId;
  channel: 'linkedin' | 'email' | 'phone' | 'meeting' | 'other';
  note?: string;
  /** `<site>:<message id>` for touches read from a page. */
  messageKey?: string;
  /** Their words, for a reply read from a page (bounded): the dashboard counts the objection each reply voices. */
  text?: string;
}
