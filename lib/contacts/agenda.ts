import { nextStep, type NextStep } from '../engine/next-step';
import type { Locale } from '../i18n/locales';
import { foldForMatching } from '../nlp/normalize';
import { scoreBant, UNKNOWN_BANT } from '../engine/bant';
import type { Playbook, TierId } from '../playbook/schema';
import type { StageId } from '../sop/stages';
import type { StoredTouch } from '../touches/touch';
import type { Contact } from './schema';

export interface AgendaRow {
  contact: Contact;
  step: NextStep;
}

export type AgendaGroup = { tier: TierId | 'retire'; rows: AgendaRow[] };

const DAY = 86_400_000;

/** Touches by contact id. */
export function groupTouches(touches: readonly StoredTouch[]): Map<string, StoredTouch[]> {
  const byContact = new Map<string, StoredTouch[]>();
  for (const touch of touches) {
    const list = byContact.get(touch.contactId) ?? [];
    list.push(touch);
    byContact.set(touch.contactId, list);
  }
  return byContact;
}

/**
 * "Today": every contact whose next step is due by the end of `now`'s day (local), grouped by tier
 * (A first, then B, C, and leads to retire), the most overdue first within a group.
 */
export function buildAgenda(contacts: readonly Contact[], touches: readonly StoredTouch[], playbook: Playbook, now: number, locale: Locale): AgendaGroup[] {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  const byContact = groupTouches(touches);
  const rows = contacts
    .map((contact) => ({ contact, step: nextStep(contact, byContact.get(contact.id) ?? [], playbook, now, { locale }) }))
    .filter(({ step }) => step.dueAt <= endOfDay.getTime() || step.overdue);
  const order: (TierId | 'retire')[] = ['A', 'B', 'C', 'retire'];
  return order
    .map((tier) => ({
      tier,
      rows: rows.filter(({ step }) => (step.kind === 'retire' ? 'retire' : (step.tier ?? 'C')) === tier).sort((a, b) => a.step.dueAt - b.step.dueAt),
    }))
    .filter((group) => group.rows.length > 0);
}

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

export { DAY };
