import { z } from 'zod';
import { contactSchema, isLinkedInProfileUrl, UNSAFE_LINK, type Contact, type ContactId } from '../contacts/schema';
import { storeContacts } from '../contacts/upsert-contact';
import type { SopDatabase } from '../db/database';
import type { DrillAnswer, JudgedEntry, JudgedPath, Note, ReaderCorrection, TrackUse } from '../db/records';
import { STAGE_IDS } from '../sop/stages';
import { OBJECTION_IDS } from '../playbook/ids';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/messages';
import { parseJsonFile } from './json-file';
import { withoutContactKeys } from '../contacts/contact-keys';
import { afterWrite } from '../situation/refresh-queue';
import { normalJudgedPath } from '../dashboard/judged-paths';
import type { StoredTouch } from '../touches/touch';
import type { StoredDeal } from '../deals/deal';
import { crmRecordSchema } from '../sites/extraction-schema';
import { CRM_SITE_IDS } from '../sites/hosts';
import { isQuotaError, isStorageError } from '../db/storage-health';

const touchSchema = z.object({
  id: z.number().int().optional(),
  contactId: z.string().min(1),
  at: z.number(),
  direction: z.enum(['outbound', 'inbound']),
  channel: z.enum(['linkedin', 'email', 'phone', 'meeting', 'other']),
  note: z.string().max(2000).optional(),
  messageKey: z.string().max(300).optional(),
  text: z.string().max(2000).optional(),
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
  snooze: z.object({ until: z.number(), at: z.number() }).optional(),
  stageHistory: z.array(z.object({ stage: z.string().max(200), at: z.number() })).max(50).optional(),
  statusAt: z.number().optional(),
});

const trackUseSchema = z.object({ contactId: z.string().min(1), objection: z.enum(OBJECTION_IDS), trackId: z.string().min(1).max(200), at: z.number() });
const drillAnswerSchema = z.object({ at: z.number(), questionId: z.string().min(1).max(200), correct: z.boolean() });
const readingSchema = z.enum([...OBJECTION_IDS, 'none']);
// A correction's words are the reply as the rep saw it, stored unbounded: no tighter limit here than the file's own, or an export would be refused on the way back.
const correctionFields = { at: z.number(), text: z.string().min(1), from: readingSchema, to: readingSchema, contactId: z.string().min(1).optional() };
const correctionSchema = z.object({ ...correctionFields, replaced: z.array(z.object(correctionFields)).optional() });

// Where the panel put a person or a deal over time (`judgedPaths`): a key of Today's index, each stage from its date (null: a CRM stage the playbook does not map).
// A path is as long as the store made it (merges and imports join two people's), so no limit tighter than the file's own: an export is never refused on the way back.
const judgedPathSchema = z.object({
  key: z.string().regex(/^(?:contact|deal):./).max(300),
  path: z.array(z.object({ stage: z.enum([...STAGE_IDS, 'lost']).nullable(), at: z.number() })).min(1),
});

/**
 * The format this version writes. 1: contacts, touches, notes, deals; 2 adds the rep's reading
 * corrections, talk-track uses and drill answers; 3 adds where the panel put each person and deal over
 * time (the dashboard's funnel follows it: restored from the records alone, a stage the conversation
 * reached would be dated the day of the restore).
 */
export const BACKUP_VERSION = 3;
/** Marks the refusal of a file from a newer version, so it is described as that and not as a wrong number. */
const NEWER_FORMAT = 'newer-format';

export const backupSchema = z.object({
  format: z.literal('sop-copilot-data'),
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  exportedAt: z.number(),
  contacts: z.array(contactSchema),
  touches: z.array(touchSchema),
  notes: z.array(noteSchema).default([]),
  /** CRM deals and accounts (absent in files from before CRM support). */
  deals: z.array(dealSchema).default([]),
  /** Since version 2 (absent in a version 1 file, which says nothing about them). */
  readerCorrections: z.array(correctionSchema).default([]),
  trackUses: z.array(trackUseSchema).default([]),
  drillAnswers: z.array(drillAnswerSchema).default([]),
  /** Since version 3 (absent before: the paths are made again from the records as Today's index judges them). */
  judgedPaths: z.array(judgedPathSchema).default([]),
});
export type Backup = z.infer<typeof backupSchema>;

/**
 * The file's format and version are read first: a file from a newer version is refused as that
 * (update the extension), not with a list of fields this version does not know.
 */
const backupFileSchema = z
  .looseObject({
    format: z.literal('sop-copilot-data'),
    version: z
      .number()
      .int()
      .min(1)
      .refine((version) => version <= BACKUP_VERSION, { params: { reason: NEWER_FORMAT } }),
  })
  .pipe(backupSchema);

/** Everything the extension stores about people, as one JSON file. */
export async function exportData(db: SopDatabase, now: number): Promise<string> {
  const [contacts, touches, notes, deals, readerCorrections, trackUses, drillAnswers, judgedPaths] = await db.transaction('r', [db.contacts, db.touches, db.notes, db.deals, db.readerCorrections, db.trackUses, db.drillAnswers, db.judgedPaths], () =>
    Promise.all([db.contacts.toArray(), db.touches.toArray(), db.notes.toArray(), db.deals.toArray(), db.readerCorrections.toArray(), db.trackUses.toArray(), db.drillAnswers.toArray(), db.judgedPaths.toArray()]),
  );
  const people = new Set<string>(contacts.map((c) => c.id));
  const rows = new Set<string>([...contacts.map((c) => `contact:${c.id}`), ...deals.map((d) => `deal:${d.id}`)]);
  const backup: Backup = {
    format: 'sop-copilot-data',
    version: BACKUP_VERSION,
    exportedAt: now,
    // A link stored before links were checked would make the file refused on the way back in.
    contacts: contacts.map(withoutContactKeys).map(({ profileUrl, ...contact }) => (profileUrl === undefined || isLinkedInProfileUrl(profileUrl) ? { ...contact, ...(profileUrl ? { profileUrl } : {}) } : contact)),
    touches: touches.map(({ id: _id, ...touch }) => touch),
    notes: notes.map(({ id: _id, ...note }) => note),
    deals,
    readerCorrections: readerCorrections.map(({ id: _id, ...correction }) => correction),
    // A use whose person is gone (deleted before their uses were, or never stored) belongs to no one: the import would refuse it, and the file with it.
    trackUses: trackUses.filter((use) => people.has(use.contactId)).map(({ id: _id, ...use }) => use),
    drillAnswers: drillAnswers.map(({ id: _id, ...answer }) => answer),
    // The paths of people and deals the file has (one of a row deleted since would be refused for no one).
    judgedPaths: judgedPaths.filter((row) => rows.has(row.key)),
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export type ImportMode = 'merge' | 'replace';
/** `merged`: contacts of the file and of the store that turned out to be one person with another. */
export type DataImport = { ok: true; contacts: number; touches: number; merged: number; corrections: number; trackUses: number; drillAnswers: number } | { ok: false; problems: string[] };

const CHUNK = 500;
/** Above this many people or message ids in a file, one read of the table beats a lookup each. */
const FEW_KEYS = 2_000;

/** A refused profile link says why; every other problem is described by `parseJsonFile`. */
function problemMessage(locale: Locale) {
  return (issue: z.core.$ZodIssue) => {
    const reason = issue.code === 'custom' ? (issue.params as { reason?: unknown } | undefined)?.reason : undefined;
    if (reason === NEWER_FORMAT) return translate(locale, 'issue.newerBackup', { version: String(issue.input), supported: String(BACKUP_VERSION) });
    if (reason !== UNSAFE_LINK) return undefined;
    const value = typeof issue.input === 'string' ? issue.input : '';
    return translate(locale, 'data.unsafeLink', { field: String(issue.path.at(-1) ?? ''), value: value.length > 80 ? `${value.slice(0, 79)}…` : value });
  };
}

const touchKey = (t: Pick<StoredTouch, 'contactId' | 'at' | 'direction' | 'messageKey'>) => `${t.contactId}|${String(t.at)}|${t.direction}|${t.messageKey ?? ''}`;
const noteKey = (n: Pick<Note, 'contactId' | 'at' | 'text'>) => `${n.contactId}|${String(n.at)}|${n.text}`;
const trackUseKey = (u: Omit<TrackUse, 'id'>) => `${u.contactId}|${u.objection}|${u.trackId}|${String(u.at)}`;
const drillAnswerKey = (a: Omit<DrillAnswer, 'id'>) => `${a.questionId}|${String(a.at)}|${String(a.correct)}`;
type Correction = Omit<ReaderCorrection, 'id' | 'replaced'>;
const correctionKey = (c: Correction) => `${String(c.at)}|${c.from}|${c.to}|${c.contactId ?? ''}|${c.text}`;

/**
 * Reads a backup file. Every problem is listed by path and nothing is written unless the whole
 * file is valid; the write is one transaction, so a failure half-way (a full disk) leaves the
 * data as it was. `merge` keeps what is here and adds or updates what the file has; `replace`
 * makes the data exactly the file's. Either way contacts go in through {@link storeContacts}: the
 * records of one person (by identity, in the file or already here) become one contact, and the
 * file's touches, notes and deals follow the contact they named.
 */
export async function importData(db: SopDatabase, text: string, mode: ImportMode, onProgress: (done: number, total: number) => void = () => undefined, locale: Locale = 'en', startedAt = Date.now()): Promise<DataImport> {
  const parsed = parseJsonFile(text, backupFileSchema, { locale, limit: 200, message: problemMessage(locale) });
  if (!parsed.ok) return parsed;
  const { contacts, touches, notes, trackUses } = parsed.data;
  // Two records under one id would be stored as one person, the second's name and links on the first.
  const duplicates = duplicateIds(contacts, locale);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  const ids = new Set<string>(contacts.map((c) => c.id));
  // Touches and notes must belong to someone: in the file, or (when merging) here already; else they would be stored where no one sees them.
  const known = mode === 'merge' ? await knownContactIds(db, [...touches, ...notes, ...trackUses].map((r) => r.contactId).filter((id) => !ids.has(id))) : new Set<string>();
  const orphanTouches = touches.filter((t) => !ids.has(t.contactId) && !known.has(t.contactId)).length;
  const orphanNotes = notes.filter((n) => !ids.has(n.contactId) && !known.has(n.contactId)).length;
  const orphanUses = trackUses.filter((u) => !ids.has(u.contactId) && !known.has(u.contactId)).length;
  const orphans = [
    ...(orphanTouches > 0 ? [`touches: ${translate(locale, 'issue.orphanTouches', { count: orphanTouches })}`] : []),
    ...(orphanNotes > 0 ? [`notes: ${translate(locale, 'issue.orphanNotes', { count: orphanNotes })}`] : []),
    ...(orphanUses > 0 ? [`trackUses: ${translate(locale, 'issue.orphanTrackUses', { count: orphanUses })}`] : []),
  ];
  if (orphans.length > 0) return { ok: false, problems: orphans };
  const total = contacts.length + touches.length;
  try {
    return await writeBackup(db, parsed.data, mode, total, onProgress, startedAt);
  } catch (error) {
    // The transaction was aborted whole: nothing of the file is here, nothing here was lost.
    if (!isStorageError(error)) throw error;
    const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);
    return { ok: false, problems: [translate(locale, isQuotaError(error) ? 'issue.storageFull' : 'issue.storageFailed', { detail })] };
  }
}

/** Every contact of the file whose id an earlier one already has, by path and naming the earlier one. */
function duplicateIds(contacts: readonly Pick<Contact, 'id' | 'name'>[], locale: Locale): string[] {
  const first = new Map<string, number>();
  return contacts.flatMap((contact, index) => {
    const earlier = first.get(contact.id);
    if (earlier === undefined) {
      first.set(contact.id, index);
      return [];
    }
    const other = `contacts[${String(earlier)}] (${contacts[earlier]?.name ?? ''})`;
    return [`contacts[${String(index)}].id: ${translate(locale, 'issue.duplicateId', { value: contact.id, other })}`];
  });
}

/** Which of these ids are contacts stored here. */
async function knownContactIds(db: SopDatabase, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)] as ContactId[];
  const found = await db.contacts.bulkGet(unique);
  return new Set(unique.filter((_, i) => found[i] !== undefined));
}

/**
 * One deal from two copies (the one here and the file's): the newer read's record, the people of
 * both, the ticks of both, the stages of both each at its first date, the later snooze. A file
 * exported before the deal was read again must not take back what the rep did since.
 */
export function mergeDeal(here: StoredDeal | undefined, file: StoredDeal): StoredDeal {
  if (!here) return file;
  const [older, newer] = here.capturedAt > file.capturedAt ? [file, here] : [here, file];
  const stages = new Map<string, number>();
  for (const { stage, at } of [...(older.stageHistory ?? []), ...(newer.stageHistory ?? [])]) stages.set(stage, Math.min(at, stages.get(stage) ?? Infinity));
  const ticks = [...new Set([...(older.exitCriteriaMet ?? []), ...(newer.exitCriteriaMet ?? [])])];
  const snooze = [older.snooze, newer.snooze].filter((s) => s !== undefined).sort((a, b) => b.at - a.at)[0];
  return {
    ...newer,
    createdAt: Math.min(here.createdAt, file.createdAt),
    contactIds: [...new Set([...newer.contactIds, ...older.contactIds])],
    ...(stages.size > 0 ? { stageHistory: [...stages].map(([stage, at]) => ({ stage, at })).sort((a, b) => a.at - b.at) } : {}),
    ...(ticks.length > 0 ? { exitCriteriaMet: ticks } : {}),
    ...(snooze ? { snooze } : {}),
  };
}

/**
 * What pages read since the import began put here: the people and deals captured, their touches
 * and notes, and what the tabs show. They are open in the rep's tabs, so a replace keeps them.
 */
async function readSince(db: SopDatabase, since: number) {
  const contacts = await db.contacts.where('capturedAt').aboveOrEqual(since).toArray();
  const ids = contacts.map((c) => c.id);
  const [touches, notes, deals, tabStates] = await Promise.all([
    ids.length > 0 ? db.touches.where('contactId').anyOf(ids).toArray() : [],
    ids.length > 0 ? db.notes.where('contactId').anyOf(ids).toArray() : [],
    db.deals.where('capturedAt').aboveOrEqual(since).toArray(),
    db.tabStates.filter((s) => s.updatedAt >= since).toArray(),
  ]);
  return { contacts, touches, notes, deals, tabStates };
}

async function writeBackup(db: SopDatabase, backup: Backup, mode: ImportMode, total: number, onProgress: (done: number, total: number) => void, startedAt: number): Promise<DataImport> {
  const { contacts, touches, notes, deals } = backup;
  const merged = await db.transaction('rw', [db.contacts, db.touches, db.tabStates, db.notes, db.deals, db.trackUses, db.merges, db.readerCorrections, db.drillAnswers, db.judgedPaths, db.meta], async () => {
    // After a replace that kept pages read meanwhile, the file is merged over what was kept.
    let merging = mode === 'merge';
    if (mode === 'replace') {
      // A page read while the file was being read and checked would vanish from its tab's panel: it stays.
      const kept = await readSince(db, startedAt);
      // Undo records of earlier merges would bring back contacts the file does not have; where the panel put the old data's rows, stages the new data never had.
      await Promise.all([db.contacts.clear(), db.touches.clear(), db.tabStates.clear(), db.notes.clear(), db.deals.clear(), db.merges.clear(), db.judgedPaths.clear()]);
      await Promise.all([db.contacts.bulkPut(kept.contacts), db.touches.bulkPut(kept.touches), db.notes.bulkPut(kept.notes), db.deals.bulkPut(kept.deals), db.tabStates.bulkPut(kept.tabStates)]);
      merging = kept.contacts.length + kept.deals.length > 0;
      // A version 1 file says nothing of corrections, talk-track uses and drill answers: they stay (the uses of people it no longer has are removed below). From version 2 the file has them all.
      if (backup.version >= 2) await Promise.all([db.readerCorrections.clear(), db.trackUses.clear(), db.drillAnswers.clear()]);
    }
    const { mergedInto } = await storeContacts(db, contacts, { onProgress: (done, of) => onProgress(Math.round((done / of) * contacts.length), total) });
    const to = (id: string) => mergedInto.get(id as ContactId) ?? (id as ContactId);
    await writeRepWork(db, backup, mode, to);
    const fileDeals = deals.map((d) => ({ ...d, id: d.id as StoredDeal['id'], contactIds: [...new Set(d.contactIds.map(to))] }));
    const here = merging ? await db.deals.bulkGet(fileDeals.map((d) => d.id)) : [];
    await db.deals.bulkPut(fileDeals.map((deal, i) => mergeDeal(here[i], deal)));
    await writeJudgedPaths(db, backup.judgedPaths, merging, to);
    // The duplicate checks read only what the file can collide with (by index), never a whole table:
    // the notes and touches of the people the file names, and stored touches with the file's message ids.
    const named = (ids: Iterable<string>) => [...new Set([...ids].map(to))];
    // One `equals` per key, all in flight together (`anyOf` walks a cursor key by key); a file naming
    // thousands of people is checked against one read of the table instead (cheaper than that many lookups).
    const byKeys = async <T,>(keys: readonly string[], read: (key: string) => Promise<T[]>, all: () => Promise<T[]>) =>
      !merging ? [] : keys.length > FEW_KEYS ? all() : (await Promise.all(keys.map(read))).flat();
    const noteKeys = new Set((await byKeys(named(notes.map((n) => n.contactId)), (id) => db.notes.where('contactId').equals(id).toArray(), () => db.notes.toArray())).map(noteKey));
    const freshNotes = notes
      .map((n) => ({ ...n, contactId: to(n.contactId) }))
      .filter((n) => {
        if (noteKeys.has(noteKey(n))) return false;
        noteKeys.add(noteKey(n));
        return true;
      });
    await db.notes.bulkAdd(freshNotes);
    const touchedIds = named(touches.map((t) => t.contactId));
    const stored = await byKeys(touchedIds, (id) => db.touches.where('contactId').equals(id).toArray(), () => db.touches.toArray());
    const keys = new Set(stored.map(touchKey));
    const messageKeys = new Set(stored.flatMap((t) => t.messageKey ?? []));
    // A message stored under another contact (the unique index would refuse it).
    const fileMessageKeys = [...new Set(touches.flatMap((t) => t.messageKey ?? []))];
    // (Already complete when every stored touch was read.)
    if (touchedIds.length <= FEW_KEYS) {
      for (const key of await byKeys(fileMessageKeys, (messageKey) => db.touches.where('messageKey').equals(messageKey).keys(), () => db.touches.orderBy('messageKey').keys())) if (typeof key === 'string') messageKeys.add(key);
    }
    // A touch read from a page is one message: the same message twice (two records of one person) is one touch.
    const fresh = touches
      .map(({ id: _id, ...t }) => ({ ...t, contactId: to(t.contactId) }) as StoredTouch)
      .filter((t) => {
        if (keys.has(touchKey(t)) || (t.messageKey !== undefined && messageKeys.has(t.messageKey))) return false;
        keys.add(touchKey(t));
        if (t.messageKey !== undefined) messageKeys.add(t.messageKey);
        return true;
      });
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await db.touches.bulkAdd(fresh.slice(i, i + CHUNK));
      onProgress(contacts.length + Math.min(i + CHUNK, fresh.length), total);
    }
    // Today's index is to be built again for all the file brought, stored with the data: a page
    // closed before the build below starts leaves it to the next page's upkeep, and whoever reads
    // the index's state meanwhile sees it building, never done over rows the file replaced.
    await db.meta.put({ key: 'queue', state: 'building', indexed: 0, total: await db.contacts.count(), at: Date.now() });
    return mergedInto.size;
  });
  onProgress(total, total);
  // The build runs after the import returns (resumable, in chunks that each read and write in one transaction).
  void import('../situation/queue-index')
    .then(({ ensureQueueBuilt }) => ensureQueueBuilt(db))
    .catch((error: unknown) => console.error('Today index', error));
  return { ok: true, contacts: contacts.length, touches: touches.length, merged, corrections: backup.readerCorrections.length, trackUses: backup.trackUses.length, drillAnswers: backup.drillAnswers.length };
}

/**
 * Where the panel put each person and deal (version 3), under the contact each was stored as. A row
 * with a path here already (a merge, two records of one person) keeps every change of both, in time
 * order, a stage repeated after itself once, and never a stage twice at one instant (the same file
 * imported again changes nothing): Today's index goes on from the last as it re-judges.
 */
async function writeJudgedPaths(db: SopDatabase, paths: readonly JudgedPath[], merging: boolean, to: (id: string) => ContactId): Promise<void> {
  if (paths.length === 0) return;
  const byKey = new Map<string, JudgedEntry[]>();
  const keyOf = (key: string) => (key.startsWith('contact:') ? `contact:${to(key.slice('contact:'.length))}` : key);
  for (const { key, path } of paths) byKey.set(keyOf(key), [...(byKey.get(keyOf(key)) ?? []), ...path]);
  const keys = [...byKey.keys()];
  const here = merging ? await db.judgedPaths.bulkGet(keys) : [];
  await db.judgedPaths.bulkPut(
    keys.map((key, i) => {
      return { key, path: normalJudgedPath([...(here[i]?.path ?? []), ...(byKey.get(key) ?? [])]) };
    }),
  );
}

/**
 * The rep's own work (version 2): talk-track uses follow their contact as touches do; what is
 * here already is not added twice; drill answers are added likewise. Corrections of the same words
 * keep the newest as the reader's, the others ride on it as what it replaced (its undo brings them
 * back), as a correction made here would: none is dropped. A correction made for a person no longer
 * anywhere keeps its words and loses only the link.
 */
async function writeRepWork(db: SopDatabase, backup: Backup, mode: ImportMode, to: (id: string) => ContactId): Promise<void> {
  const fresh = mode === 'replace' && backup.version >= 2;
  if (mode === 'replace' && backup.version < 2) {
    // The people a version 1 file replaced took their talk-track uses with them (they would be counted for no one).
    const uses = await db.trackUses.toArray();
    const people = [...new Set(uses.map((u) => u.contactId))];
    const found = await db.contacts.bulkGet(people);
    const gone = new Set(people.filter((_, i) => found[i] === undefined));
    await db.trackUses.bulkDelete(uses.filter((u) => gone.has(u.contactId)).flatMap((u) => u.id ?? []));
  }
  const uses = backup.trackUses.map((u) => ({ ...u, contactId: to(u.contactId) }));
  const people = [...new Set(uses.map((u) => u.contactId))];
  const useKeys = new Set(fresh ? [] : (await Promise.all(people.map((id) => db.trackUses.where('contactId').equals(id).toArray()))).flat().map(trackUseKey));
  await db.trackUses.bulkAdd(uses.filter((u) => !useKeys.has(trackUseKey(u)) && Boolean(useKeys.add(trackUseKey(u)))));

  const answerKeys = new Set((fresh ? [] : await db.drillAnswers.toArray()).map(drillAnswerKey));
  await db.drillAnswers.bulkAdd(backup.drillAnswers.filter((a) => !answerKeys.has(drillAnswerKey(a)) && Boolean(answerKeys.add(drillAnswerKey(a)))));

  if (backup.readerCorrections.length === 0) return;
  const linked = [...new Set(backup.readerCorrections.flatMap((c) => [c, ...(c.replaced ?? [])]).flatMap((c) => (c.contactId ? [to(c.contactId)] : [])))];
  const present = await db.contacts.bulkGet(linked);
  const alive = new Set(linked.filter((_, i) => present[i] !== undefined));
  const link = ({ contactId, ...c }: Omit<Correction, 'contactId'> & { contactId?: string | undefined }): Correction => {
    const id = contactId === undefined ? undefined : to(contactId);
    return id !== undefined && alive.has(id) ? { ...c, contactId: id } : c;
  };
  const stored = fresh ? [] : await db.readerCorrections.toArray();
  const byText = new Map<string, { rows: number[]; versions: Map<string, Correction> }>();
  const versionsOf = (text: string) => {
    const entry = byText.get(text) ?? { rows: [], versions: new Map<string, Correction>() };
    byText.set(text, entry);
    return entry;
  };
  for (const { id, replaced, ...row } of stored) {
    const entry = versionsOf(row.text);
    if (id !== undefined) entry.rows.push(id);
    for (const version of [row, ...(replaced ?? [])]) entry.versions.set(correctionKey(version), version);
  }
  const storedKeys = new Set([...byText].flatMap(([, { versions }]) => [...versions.keys()]));
  for (const { replaced, ...row } of backup.readerCorrections) {
    const entry = versionsOf(row.text.trim());
    for (const version of [row, ...(replaced ?? [])].map(link)) entry.versions.set(correctionKey({ ...version, text: version.text.trim() }), { ...version, text: version.text.trim() });
  }
  for (const { rows, versions } of byText.values()) {
    // Nothing the file brought that is not here already: the stored row stays as it is.
    if ([...versions.keys()].every((key) => storedKeys.has(key))) continue;
    const ordered = [...versions.values()].sort((a, b) => a.at - b.at);
    const newest = ordered.at(-1);
    if (!newest) continue;
    const earlier = ordered.slice(0, -1);
    await db.readerCorrections.bulkDelete(rows);
    await db.readerCorrections.add({ ...newest, ...(earlier.length > 0 ? { replaced: earlier } : {}) });
  }
}

/** Deletes one contact and everything about them (touches, notes, the rep's corrections of their replies' readings, what open tabs show, their line on CRM deals). */
export async function deleteContact(db: SopDatabase, id: Contact['id']): Promise<void> {
  const dealIds: StoredDeal['id'][] = [];
  const formerly: Contact[] = [];
  await db.transaction('rw', [db.contacts, db.touches, db.tabStates, db.notes, db.trackUses, db.deals, db.crmOutbox, db.judgedPaths, db.readerCorrections], async () => {
    const contact = await db.contacts.get(id);
    if (contact) formerly.push(contact);
    const identities = new Set(contact?.identities ?? []);
    for (const deal of await db.deals.where('contactIds').equals(id).toArray()) {
      const people = deal.record.contacts.filter((p) => !(p.identity && identities.has(p.identity)) && !(p.email && contact?.email === p.email));
      await db.deals.put({ ...deal, contactIds: deal.contactIds.filter((c) => c !== id), record: { ...deal.record, contacts: people } });
      dealIds.push(deal.id);
    }
    await db.contacts.delete(id);
    // Where the panel put them over time goes with them (a deal's stays with the deal).
    await db.judgedPaths.delete(`contact:${id}`);
    await db.touches.where('contactId').equals(id).delete();
    await db.notes.where('contactId').equals(id).delete();
    await db.trackUses.where('contactId').equals(id).delete();
    await deleteCorrectionsOf(db, id);
    // Our copy of what was (or was to be) logged to the CRM about them; the CRM's own record is the team's.
    await db.crmOutbox.filter((row) => row.activity.contact.id === id).delete();
    await db.tabStates.filter((s) => s.status === 'captured' && s.contactId === id).delete();
  });
  // (a profile that read them as its person's other record is judged without them)
  await afterWrite(db, { contactIds: [id], dealIds, formerly });
}

/**
 * The rep's corrections made on a person's replies hold their words: they go with the person, and
 * with them the steps of undo that were theirs. A correction of the same words made for someone else
 * stays; when it was the one of this person's that stood, the latest earlier one of another stands
 * again (with its own steps). Call inside the delete's transaction. (Not indexed by person: a rep
 * makes tens or hundreds of corrections, never a table's worth.)
 */
async function deleteCorrectionsOf(db: SopDatabase, id: ContactId): Promise<void> {
  const theirs = await db.readerCorrections.filter((c) => c.contactId === id || (c.replaced ?? []).some((r) => r.contactId === id)).toArray();
  for (const { id: row, replaced, ...correction } of theirs) {
    if (row === undefined) continue;
    const kept = [...(replaced ?? []), correction].filter((c) => c.contactId !== id);
    const standing = kept.at(-1);
    // Under the same id: an undo link still showing for it goes on working.
    if (standing) await db.readerCorrections.put({ ...standing, id: row, ...(kept.length > 1 ? { replaced: kept.slice(0, -1) } : {}) });
    else await db.readerCorrections.delete(row);
  }
}

/** Deletes every contact, touch and page state, the rep's reading corrections (their replies' words), the team playbook, the CRM outbox (queued activities too) and the team's activities read back from the CRM. Settings and CRM connections stay. */
export async function deleteEverything(db: SopDatabase): Promise<void> {
  await db.transaction('rw', [db.contacts, db.touches, db.tabStates, db.playbooks, db.merges, db.notes, db.trackUses, db.drillAnswers, db.readerCorrections, db.deals, db.queue, db.judgedPaths, db.crmOutbox, db.teamActivities, db.teamSyncs, db.teamDays], async () => {
    await Promise.all([db.contacts.clear(), db.touches.clear(), db.tabStates.clear(), db.playbooks.clear(), db.merges.clear(), db.notes.clear(), db.trackUses.clear(), db.drillAnswers.clear(), db.readerCorrections.clear(), db.deals.clear(), db.queue.clear(), db.judgedPaths.clear(), db.crmOutbox.clear(), db.teamActivities.clear(), db.teamSyncs.clear(), db.teamDays.clear()]);
  });
}
