import { crmTables, enqueueCrm } from '../crm/enqueue';
import type { ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { Conversation } from '../sites/extraction';
import type { SiteId } from '../sites/hosts';
import { resolveWhen } from '../dates/relative';
import type { StoredTouch } from './touch';

/** How much of a reply's words a touch keeps (the reader looks at the start of a reply). */
export const REPLY_TEXT_MAX = 2000;

/**
 * Records every message of a conversation as a touch (outbound: the rep wrote; inbound: the
 * prospect replied), once: a message already recorded under its site id is skipped. A message
 * whose time cannot be told is not recorded rather than recorded at the wrong time.
 */
export async function recordConversationTouches(db: SopDatabase, contactId: ContactId, site: SiteId, conversation: Conversation, now: number): Promise<number> {
  const touches: StoredTouch[] = conversation.messages.flatMap((message) => {
    const at = message.at ?? (message.when ? resolveWhen(message.when, now) : undefined);
    if (at === undefined) return [];
    const text = message.direction === 'inbound' ? message.text.slice(0, REPLY_TEXT_MAX) : '';
    return [{ contactId, at, direction: message.direction, channel: site === 'linkedin' ? 'linkedin' : 'email', messageKey: `${site}:${message.id}`, ...(text ? { text } : {}) }];
  });
  if (touches.length === 0) return 0;
  return db.transaction('rw', [db.touches, db.contacts, ...crmTables(db)], async () => {
    const keys = touches.map((t) => t.messageKey ?? '');
    const existing = new Set((await db.touches.where('messageKey').anyOf(keys).toArray()).map((t) => t.messageKey));
    // A page showing one message twice (the same site id) would have the unique index refuse the whole thread's touches.
    const fresh = touches.filter((t) => !existing.has(t.messageKey) && Boolean(existing.add(t.messageKey)));
    if (fresh.length > 0) await db.touches.bulkAdd(fresh);
    // Captured touches go to the rep's CRM with the capture that read them (history before the connection does not).
    const contact = fresh.length > 0 ? await db.contacts.get(contactId) : undefined;
    if (contact) await enqueueCrm(db, fresh.map((t) => ({ contact, at: t.at, event: { kind: 'touch' as const, direction: t.direction, channel: t.channel } })), now);
    return fresh.length;
  });
}
