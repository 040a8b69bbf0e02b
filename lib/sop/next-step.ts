import type { Contact } from '../contacts/schema';
import type { MessageKey } from '../i18n/messages';

export interface NextStepSuggestion {
  action: MessageKey;
  reason: MessageKey;
}

/**
 * The one next step for a contact. A first rule: new contacts get their first touch. The
 * playbook engine replaces this with cadence- and BANT-aware steps.
 */
export function suggestNextStep(contact: Pick<Contact, 'stage'>): NextStepSuggestion {
  if (contact.stage === 'prospect') return { action: 'next.prospect.action', reason: 'next.prospect.reason' };
  return { action: 'next.other.action', reason: 'next.other.reason' };
}
