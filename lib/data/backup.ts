import { z } from 'zod';
import { contactSchema, type Contact } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import { parseJsonFile } from './json-file';
import type { StoredTouch } from '../touches/touch';
import type { StoredDeal } from '../deals/deal';
import { crmRecordSchema } from '../sites/extraction-schema';
import { CRM_SITE_IDS } from '../sites/hosts';

const touchSchema = z.object({
  id: z.number().int().optional(),
  contactId: z.string().min(1),
  at: z.number(),
  direction: z.enum(['outbound', 'inbound']),
  channel: z.enum(['linkedin', 'email', 'phone', 'meeting', 'other']),
  note: z.string().max(2000).optional(),
  messageKey: z.string().max(300).optional(),
});

const noteSchema = z.object({ contactId: z.string().min(1), at: z.number(), text: z.string().max(20_000) });

const dealSchema = z.object({
  id: z.string().min(1).max(200),
  crm: z.enum(CRM_SITE_IDS),
  record: crmRecordSchema,
  contactIds: z.array(z.string().min(1)).max(50),
  createdAt: z.number(),
  capturedAt: z.number(),
  exitCriteriaMet: z.array(z.string().max(100)).max(50).optional(),
});

export const backupSchema = z.object({
  format: z.literal('sop-copilot-data'),
  version: z.literal(1),
  exportedAt: z.number(),
  contacts: z.array(contactSchema),
  touches: z.array(touchSchema),
  notes: z.array(noteSchema).default([]),
  /** CRM deals and accounts (absent in files from before CRM support). */
  deals: z.array(dealSchema).default([]),
});
export type Backup = z.infer<typeof backupSchema>;

/** Everything the extension stores about people, as one JSON file. */
export async function exportData(db: SopDatabase, now: number): Promise<string> {
  const [contacts, touches, notes, deals] = await Promise.all([db.contacts.toArray(), db.touches.toArray(), db.notes.toArray(), db.deals.toArray()]);
  const backup: Backup = {
    format: 'sop-copilot-data',
    version: 1,
    exportedAt: now,
    contacts,
    touches: touches.map(({ id: _id, ...touch }) => touch),
    notes: notes.map(({ id: _id, ...note }) => note),
    deals,
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export type ImportMode = 'merge' | 'replace';
export type DataImport = { ok: true; contacts: number; touches: number } | { ok: false; problems: string[] };

const CHUNK = 500;

/**
 * Reads a backup file. Every problem is listed by path and nothing is written unless the whole
 * file is valid; the write is one transaction, so a failure half-way (a full disk) leaves the
 * data as it was. `merge` keeps what is here and adds or updates what the file has; `replace`
 * makes the data exactly the file's.
 */
export async function importData(db: SopDatabase, text: string, mode: ImportMode, onProgress: (done: number, total: number) => void = () => undefined): Promise<DataImport> {
  const parsed = parseJsonFile(text, backupSchema, { limit: 200 });
  if (!parsed.ok) return parsed;
  const { contacts, touches, notes, deals } = parsed.data;
  const ids = new Set(contacts.map((c) => c.id));
  const orphans = touches.filter((t) => !ids.has(t.contactId as Contact['id']));
  if (mode === 'replace' && orphans.length > 0) return { ok: false, problems: [`touches: ${orphans.length} refer to contacts not in the file`] };
  const total = contacts.length + touches.length;
  await db.transaction('rw', [db.contacts, db.touches, db.tabStates, db.notes, db.deals], async () => {
    if (mode === 'replace') {
      await Promise.all([db.contacts.clear(), db.touches.clear(), db.tabStates.clear(), db.notes.clear(), db.deals.clear()]);
    }
    await db.deals.bulkPut(deals.map((d) => ({ ...d, id: d.id as StoredDeal['id'], contactIds: d.contactIds as Contact['id'][] })));
    const noteKeys = new Set((await db.notes.toArray()).map((n) => `${n.contactId}|${String(n.at)}|${n.text}`));
    await db.notes.bulkAdd(notes.filter((n) => !noteKeys.has(`${n.contactId}|${String(n.at)}|${n.text}`)).map((n) => ({ ...n, contactId: n.contactId as Contact['id'] })));
    for (let i = 0; i < contacts.length; i += CHUNK) {
      await db.contacts.bulkPut(contacts.slice(i, i + CHUNK));
      onProgress(Math.min(i + CHUNK, contacts.length), total);
    }
    const keys = new Set((await db.touches.toArray()).map((t) => `${t.contactId}|${String(t.at)}|${t.direction}|${t.messageKey ?? ''}`));
    const fresh = touches.filter((t) => !keys.has(`${t.contactId}|${String(t.at)}|${t.direction}|${t.messageKey ?? ''}`)) as StoredTouch[];
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await db.touches.bulkAdd(fresh.slice(i, i + CHUNK));
      onProgress(contacts.length + Math.min(i + CHUNK, fresh.length), total);
    }
  });
  onProgress(total, total);
  return { ok: true, contacts: contacts.length, touches: touches.length };
}

/** Deletes one contact and everything about them (touches, notes, what open tabs show, their line on CRM deals). */
export async function deleteContact(db: SopDatabase, id: Contact['id']): Promise<void> {
  await db.transaction('rw', [db.contacts, db.touches, db.tabStates, db.notes, db.trackUses, db.deals], async () => {
    const contact = await db.contacts.get(id);
    const identities = new Set(contact?.identities ?? []);
    for (const deal of await db.deals.where('contactIds').equals(id).toArray()) {
      const people = deal.record.contacts.filter((p) => !(p.identity && identities.has(p.identity)) && !(p.email && contact?.email === p.email));
      await db.deals.put({ ...deal, contactIds: deal.contactIds.filter((c) => c !== id), record: { ...deal.record, contacts: people } });
    }
    await db.contacts.delete(id);
    await db.touches.where('contactId').equals(id).delete();
    await db.notes.where('contactId').equals(id).delete();
    await db.trackUses.where('contactId').equals(id).delete();
    await db.tabStates.filter((s) => s.status === 'captured' && s.contactId === id).delete();
  });
}

/** Deletes every contact, touch and page state, and the team playbook. Settings stay. */
export async function deleteEverything(db: SopDatabase): Promise<void> {
  await db.transaction('rw', [db.contacts, db.touches, db.tabStates, db.playbooks, db.merges, db.notes, db.trackUses, db.drillAnswers, db.deals], async () => {
    await Promise.all([db.contacts.clear(), db.touches.clear(), db.tabStates.clear(), db.playbooks.clear(), db.merges.clear(), db.notes.clear(), db.trackUses.clear(), db.drillAnswers.clear(), db.deals.clear()]);
  });
}
