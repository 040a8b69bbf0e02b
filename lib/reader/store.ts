/**
 * The rep's corrections of the reply reader (the `readerCorrections` table): read, add, undo, on
 * the app's database. What they mean to the reader is `./corrections` and `./nearest`.
 */
import type { ContactId } from '../contacts/schema';
import { getDatabase, type SopDatabase } from '../db/database';
import { markForRecount } from '../db/dashboard-marks';
import type { ReaderCorrection } from '../db/records';
import type { ReplyCategory } from './classify-reply';
import { withoutActivityLabel } from '../situation/activity-voice';
import { allCorrections as allCorrectionsIn } from './corrections';

/** Every correction, newest first. */
export function allCorrections(db: SopDatabase = getDatabase()): Promise<ReaderCorrection[]> {
  return allCorrectionsIn(db);
}

type Earlier = NonNullable<ReaderCorrection['replaced']>[number];

/**
 * Whether two texts a correction may be keyed on are one note: the same words, or the one the other with its label dropped
 * (a CRM note corrected once as it was read whole, "Customer: not now, thanks", and once as it is read now, "not now,
 * thanks"). Each is the key of one correction: the newer replaces the older, whichever text either was saved on.
 */
function sameNote(a: string, b: string): boolean {
  return a === b || (a.includes(b) && withoutActivityLabel(a) === b) || (b.includes(a) && withoutActivityLabel(b) === a);
}

/**
 * Stores a correction; returns its id (for undo). A later correction of the same words replaces the
 * earlier one, which rides on it with the ones it replaced, oldest first: each undo goes back one
 * correction, the last to the reader's own reading. A CRM note's words with and without their label are the
 * same words ({@link sameNote}): a correction of one replaces a correction of the other.
 */
export async function addCorrection(correction: { text: string; from: ReplyCategory; to: ReplyCategory; contactId?: ContactId; at?: number }, db: SopDatabase = getDatabase()): Promise<number> {
  const text = correction.text.trim();
  const id = await db.transaction('rw', db.readerCorrections, async () => {
    // (the same note keyed on its whole text or on its words without the label: one correction, the newest)
    const earlier = (await db.readerCorrections.filter((c) => sameNote(c.text, text)).toArray()).sort((a, b) => a.at - b.at);
    await db.readerCorrections.bulkDelete(earlier.flatMap((c) => c.id ?? []));
    const replaced: Earlier[] = earlier.flatMap(({ id: _id, replaced: before, ...rest }) => [...(before ?? []), rest]);
    return (await db.readerCorrections.add({ ...correction, text, at: correction.at ?? Date.now(), ...(replaced.length > 0 ? { replaced } : {}) })) ?? 0;
  });
  await recountSimilar(db, text);
  await rejudge(db, correction.contactId);
  return id;
}

/** The correction an undo brought back (what the reply reads as now, and the id that undoes it in turn). */
export interface Restored {
  id: number;
  to: ReplyCategory;
}

/**
 * The rep's correction of these words, for the panel to offer its undo wherever and whenever the
 * reply is shown again (a reopened panel, another tab); null when the words read as the reader reads
 * them. One row per words (a later correction replaces the earlier), matched as `addCorrection` stores them.
 */
export async function correctionOf(text: string, db: SopDatabase = getDatabase()): Promise<Restored | null> {
  const words = text.trim();
  if (!words) return null;
  // (a correction made before the label was dropped from a CRM note's words read, "Customer: …", "Per Jane: …", is of these words too)
  // (and one made on the words without the label is of the note shown whole)
  const latest = (await db.readerCorrections.filter((c) => sameNote(c.text, words)).toArray()).sort((a, b) => b.at - a.at)[0];
  return latest?.id === undefined ? null : { id: latest.id, to: latest.to };
}

/**
 * Takes a correction back, and brings back the correction of the same words it replaced, with the
 * ones before that riding on it (one transaction); null when it replaced none: the reader's own
 * reading is back.
 */
export async function undoCorrection(id: number, db: SopDatabase = getDatabase()): Promise<Restored | null> {
  const { row, restored } = await db.transaction('rw', db.readerCorrections, async () => {
    const row = await db.readerCorrections.get(id);
    await db.readerCorrections.delete(id);
    const previous = row?.replaced?.at(-1);
    if (!previous) return { row, restored: null };
    const before = row?.replaced?.slice(0, -1) ?? [];
    const back = await db.readerCorrections.add({ ...previous, ...(before.length > 0 ? { replaced: before } : {}) });
    return { row, restored: back === undefined ? null : { id: back, to: previous.to } };
  });
  if (row) await recountSimilar(db, row.text);
  await rejudge(db, row?.contactId);
  // The contact the brought-back correction was made for reads it again too.
  const back = row?.replaced?.at(-1)?.contactId;
  if (back && back !== row.contactId) await rejudge(db, back);
  return restored;
}

/** How far back a reply is looked for when a correction changes how similar ones read: past the dashboard's longest period. */
const RECOUNT_DAYS = 400;

/**
 * A correction reads every similar reply its way (./nearest), not only the one it was made on: the
 * people who sent one within the dashboard's periods have their part of its aggregates counted
 * again (the correction's own person is marked by its write, lib/db/dashboard-marks.ts).
 */
async function recountSimilar(db: SopDatabase, text: string, now = Date.now()): Promise<void> {
  // (Loaded here: the reader's features are no part of the panel's first load.)
  const { NearestExamples } = await import('./nearest');
  const examples = new NearestExamples([{ text, category: 'none', source: 'correction' }]);
  if (examples.size === 0) return;
  const people = new Set<string>();
  await db.touches
    .where('at')
    .above(now - RECOUNT_DAYS * 86_400_000)
    .each((touch) => {
      if (touch.direction === 'inbound' && touch.text && !people.has(touch.contactId) && examples.nearest(touch.text)) people.add(touch.contactId);
    });
  await markForRecount(db, [...people].map((id) => `contact:${id}`));
}

/** Today's index follows the new reading of the contact's words (loaded lazily: the index pulls in the judgment). */
async function rejudge(db: SopDatabase, contactId: ContactId | undefined): Promise<void> {
  if (!contactId) return;
  const { afterWrite } = await import('../situation/refresh-queue');
  await afterWrite(db, { contactIds: [contactId] });
}
