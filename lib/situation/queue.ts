import type { Contact } from '../contacts/schema';
import type { StoredDeal } from '../deals/deal';
import type { Locale } from '../i18n/locales';
import type { Playbook } from '../playbook/schema';
import type { ReplyReading } from '../reader/read-reply';
import { lastWordVoice } from './activity-voice';
import { judgeSituation } from './judge';
import { newestActivity, storedThread } from './gather';
import type { Situation } from './types';

export interface QueueRow {
  /** `deal:<id>` or `contact:<id>`: one row per deal, one per person on no open deal. */
  key: string;
  contact: Contact | null;
  deal: StoredDeal | null;
  situation: Situation;
  /** The newest touch of any kind, ms; null when none. */
  lastTouchAt: number | null;
}

export interface QueueInput {
  contacts: readonly Contact[];
  deals: readonly StoredDeal[];
  touches: readonly { contactId: string; at: number; direction: 'inbound' | 'outbound' }[];
  /** Reads their last words (the reply reader); null while it is loading. */
  read: ((text: string, at: number) => ReplyReading) | null;
  playbook: Playbook;
  now: number;
  locale: Locale;
}

const TIER_ORDER = { A: 0, B: 1, C: 2 } as const;

/** The thread kept with a contact, as the judgment reads a conversation. */
function threadOf(contact: Contact | null) {
  const thread = storedThread(contact);
  return thread ? { subject: thread.subject, messages: thread.messages ?? [] } : null;
}

/**
 * Today: one queue of deals and contacts whose next action is due by the end of today, judged by
 * the same engine as the panel. A person on an open deal appears once, as the deal. Overdue
 * first, then tier A, B, C, then by due day. Snoozed and stopped ones wait; a snooze comes back on
 * its day. Returns null while the reader is needed and not loaded.
 */
export function buildQueue(input: QueueInput): QueueRow[] | null {
  const { playbook, now, locale } = input;
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  const byContact = new Map<string, { at: number; direction: 'inbound' | 'outbound' }[]>();
  for (const touch of input.touches) {
    const list = byContact.get(touch.contactId) ?? [];
    list.push({ at: touch.at, direction: touch.direction });
    byContact.set(touch.contactId, list);
  }
  const contactsById = new Map(input.contacts.map((c) => [c.id as string, c]));
  const onDeal = new Set<string>();
  const rows: QueueRow[] = [];

  const lastWordOf = (word: { at: number | null; text: string } | null) => {
    if (!word) return null;
    if (!input.read) return undefined;
    return { ...word, reading: input.read(word.text, word.at ?? now) };
  };

  for (const deal of input.deals) {
    if (deal.record.type !== 'deal') continue;
    const people = deal.contactIds.map((id) => contactsById.get(id)).filter((c): c is Contact => c !== undefined);
    for (const person of people) onDeal.add(person.id);
    const person = people[0] ?? null;
    const touches = deal.contactIds.flatMap((id) => byContact.get(id) ?? []);
    const activity = newestActivity(deal);
    const personWord = person?.lastWord ?? null;
    const word = activity && (!personWord || (activity.at ?? 0) > (personWord.at ?? 0)) ? activity : personWord;
    const read = lastWordOf(word);
    if (read === undefined) return null;
    // (the note on the record their words came from, as the panel works it out)
    const lastWord = read && { ...read, voice: lastWordVoice({ deal, lastWord: read, lastWordFrom: word === activity ? 'record' : 'stored' }) };
    const situation = judgeSituation({ playbook, now, locale, contact: person, deal, conversation: threadOf(person), touches, lastWord });
    rows.push({ key: `deal:${deal.id}`, contact: person, deal, situation, lastTouchAt: lastTouch(touches, situation) });
  }
  for (const contact of input.contacts) {
    if (onDeal.has(contact.id)) continue;
    const touches = byContact.get(contact.id) ?? [];
    const lastWord = lastWordOf(contact.lastWord ?? null);
    if (lastWord === undefined) return null;
    const situation = judgeSituation({ playbook, now, locale, contact, deal: null, conversation: threadOf(contact), touches, lastWord });
    rows.push({ key: `contact:${contact.id}`, contact, deal: null, situation, lastTouchAt: lastTouch(touches, situation) });
  }

  return rows
    .filter(({ situation: { action } }) => action.kind !== 'stop' && action.kind !== 'snooze' && action.due <= endOfDay.getTime())
    .sort((a, b) => {
      const overdue = Number(b.situation.action.overdue) - Number(a.situation.action.overdue);
      if (overdue !== 0) return overdue;
      const tier = TIER_ORDER[a.situation.tier ?? 'C'] - TIER_ORDER[b.situation.tier ?? 'C'];
      return tier !== 0 ? tier : a.situation.action.due - b.situation.action.due;
    });
}

function lastTouch(touches: readonly { at: number }[], situation: Situation): number | null {
  const newest = Math.max(-Infinity, ...touches.map((t) => t.at), situation.last.at ?? -Infinity);
  return Number.isFinite(newest) ? newest : null;
}
