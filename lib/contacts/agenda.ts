import { foldForMatching } from '../nlp/normalize';
import { scoreBant, UNKNOWN_BANT } from '../engine/bant';
import type { Playbook, TierId } from '../playbook/schema';
import type { StageId } from '../sop/stages';
import type { Contact } from './schema';

export interface ContactFilter {
  query?: string;
  stage?: StageId | undefined;
  tier?: TierId | undefined;
}

/**
 * Contacts matching a search as you type (name, company, email, headline; case, width and
 * Simplified/Traditional insensitive) and the stage and tier filters, most recently seen first.
 */
export function searchContacts(contacts: readonly Contact[], filter: ContactFilter, playbook: Playbook): Contact[] {
  const words = foldForMatching(filter.query ?? '').split(/\s+/).filter(Boolean);
  return contacts
    .filter((contact) => {
      if (filter.stage && contact.stage !== filter.stage) return false;
      if (filter.tier && scoreBant(contact.bant ?? UNKNOWN_BANT, playbook, 'en').tier !== filter.tier) return false;
      if (words.length === 0) return true;
      const haystack = foldForMatching([contact.name, contact.company, contact.email, contact.headline, contact.title].filter(Boolean).join(' '));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.capturedAt - a.capturedAt);
}

