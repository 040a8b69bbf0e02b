import type { ContactId } from '../contacts/schema';
import type { Touch } from '../engine/next-step';

/** One contact attempt or reply, as stored. */
export interface StoredTouch extends Touch {
  id?: number;
  contactId: ContactId;
  channel: 'linkedin' | 'email' | 'phone' | 'meeting' | 'other';
  note?: string;
  /** `<site>:<message id>` for touches read from a page. */
  messageKey?: string;
}
