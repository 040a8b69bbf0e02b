import { useEffect } from 'react';
import type { Contact } from '@/lib/contacts/schema';
import { logObjectionHeard } from '@/lib/crm/store';
import type { ObjectionId } from '@/lib/playbook/ids';

/**
 * Reports to the rep's CRM outbox the objection the reply card shows for a captured reply (`none`:
 * no objection, or the rep corrected it away; null: an unsure guess the card only offers, not
 * logged). With it, the concern behind the objection when the optional LLM named one for this reply and
 * agrees on the objection. Once per reply: rendering again or reopening the panel finds the activity already
 * queued; a different reading (the rep's correction) updates it (`lib/crm/objection-heard.ts`).
 * A reply read off a CRM record's own activity is not logged back to the CRM.
 */
export function useObjectionHeard(contact: Contact | null, reply: { at: number | null; text: string } | null, from: 'page' | 'stored' | 'record' | null, shown: { objection: ObjectionId | 'none'; confidence: number; hiddenConcern?: string } | null): void {
  const contactId = contact?.id;
  const at = reply?.at ?? null;
  const text = reply?.text;
  const objection = shown?.objection;
  const confidence = shown?.confidence ?? 0;
  const hiddenConcern = shown?.hiddenConcern ?? '';
  useEffect(() => {
    if (!contactId || text === undefined || objection === undefined || from === 'record' || from === null) return;
    // The outbox is local: a write that fails (the store closed under it) is tried again when the reply is shown again.
    logObjectionHeard({ contactId, reply: { at, text }, objection, confidence, hiddenConcern }, Date.now()).catch((error: unknown) => {
      console.error('objection heard', error);
    });
    // The confidence of a reading does not make it another report: only the reply and the objection do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contactId, at, text, from, objection, hiddenConcern]);
}
