import type { ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { Conversation } from '../sites/extraction';
import type { SiteId } from '../sites/hosts';
import type { StoredTouch } from './touch';

/**
 * Records every message of a conversation as a touch (outbound: the rep wrote; inbound: the
 * prospect replied), once: a message already recorded under its site id is skipped. Messages
 * without a time on the page count as now.
 */
export async function recordConversationTouches(db: SopDatabase, contactId: ContactId, site: SiteId, conversation: Conversation, now: number): Promise<number> {
  const touches: StoredTouch[] = conversation.messages.map((message) => ({
    contactId,
    at: message.at ?? now,
    direction: message.direction,
    channel: site === 'linkedin' ? 'linkedin' : 'email',
    messageKey: `${site}:${message.id}`,
  }));
  return db.transaction('rw', db.touches, async () => {
    const keys = touches.map((t) => t.messageKey ?? '');
    const existing = new Set((await db.touches.where('messageKey').anyOf(keys).toArray()).map((t) => t.messageKey));
    const fresh = touches.filter((t) => !existing.has(t.messageKey));
    if (fresh.length > 0) await db.touches.bulkAdd(fresh);
    return fresh.length;
  });
}
