import Dexie from 'dexie';
import type { Contact, ContactId } from '../contacts/schema';
import { samePersonReaders, type NamesakesLeft } from '../contacts/named';
import { stageToKeep } from '../contacts/listed-stage';
import { tierToKeep } from '../contacts/tier';
import type { RecordFields } from '../contacts/same-person';
import type { SopDatabase } from '../db/database';
import type { QueueEntry } from '../db/records';
import type { DealId, StoredDeal } from '../deals/deal';
import { getTeamPlaybook } from '../playbook/active-playbook';
import type { Locale } from '../i18n/locales';
import type { TierId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { allCorrections } from '../reader/corrections';
import type { ReplyReading } from '../reader/read-reply';
import { yieldToUser } from '../db/user-input';
import { dayOf } from './format';
import { gatherSamePeople, gatherSituation, lastWordOf, mayReadSamePerson, mayUseSamePerson, samePersonInput, situationInputOf, storedThread, TOUCH_WINDOW, type GatheredSituation } from './gather';
import { judgeSituation } from './judge';
import { STAGE_IDS, type StageId } from '../sop/stages';
import type { Situation } from './types';
import { unmappedCrmStage } from './unmapped-stage';
import { recordJudgedStages, type JudgedRow } from '../dashboard/judged-paths';
import { stagePaths } from '../dashboard/paths';

const DAY = 86_400_000;
const TIER_RANK = { A: 0, B: 1, C: 2 } as const;

/** What Today's index is kept for: the contacts and deals a write touched. */
export interface QueueRefs {
  contactIds?: readonly ContactId[];
  dealIds?: readonly DealId[];
  /**
   * Records as they were before the write, when it renamed, merged away or deleted them (or changed
   * what ties them to another record: company, email, phone): the rows that read them as their
   * person's other record are re-judged too, though the record now reads otherwise or is gone.
   */
  formerly?: readonly RecordFields[];
}

type Read = (text: string, at: number) => ReplyReading;

export interface JudgeContext {
  playbook: Playbook;
  now: number;
  /** Reads their last words; loaded on first need when absent. */
  read?: Read;
}

export const contactKey = (id: ContactId) => `contact:${id}`;
export const dealKey = (id: DealId) => `deal:${id}`;

/** An open deal: a deal record (not an account). A person on one appears in Today as the deal. */
const isOpenDeal = (deal: StoredDeal) => deal.record.type === 'deal';

/**
 * The row of Today's index for a judged contact or deal: the day its next action falls due (a
 * snooze: the day it ends, when it comes back to be judged again), or null when it never does
 * (they asked us to stop). A close date in the future turns the action due the day after it
 * passes, so the row is looked at again then.
 */
export function queueEntryOf(key: string, refs: Pick<QueueEntry, 'contactId' | 'dealId'>, situation: Situation, deal: StoredDeal | null): QueueEntry | null {
  const { action } = situation;
  if (action.kind === 'stop') return null;
  let due = action.kind === 'snooze' ? (action.until ?? action.due) : action.due;
  const closeAt = deal?.record.type === 'deal' ? deal.record.closeAt : undefined;
  if (closeAt !== undefined && !situation.flags.closeDatePassed) due = Math.min(due, dayOf(closeAt + DAY));
  return { key, ...refs, tier: TIER_RANK[situation.tier ?? 'C'], due: dayOf(due), ...stageOfRow(situation, deal) };
}

/**
 * Where the panel puts the row, for the dashboard to count as the panel shows it: the judgment's
 * stage, or on a deal the CRM stage the playbook does not map (named, never counted as
 * Prospecting); and the stage its conversation shows when the record is behind it (a deal's CRM
 * stage, which the deal keeps; a person's recorded stage, which the judgment already passes).
 */
export function stageOfRow(situation: Situation, deal: StoredDeal | null): Pick<QueueEntry, 'stage' | 'ahead' | 'unmapped'> {
  const { id, stored, crmBehind } = situation.stage;
  // (a record at another record's stage until the two are merged counts at its own: the funnel does not count the person twice at negotiation)
  if (situation.stage.samePerson && stored !== null) return { stage: stored };
  const unmapped = unmappedCrmStage(situation, deal);
  const behind = deal ? crmBehind?.stage : stored !== null && id !== 'lost' && STAGE_IDS.indexOf(id) > STAGE_IDS.indexOf(stored) ? id : undefined;
  return { ...(unmapped ? { unmapped } : { stage: id }), ...(behind && behind !== 'lost' ? { ahead: behind } : {}) };
}

let readerModule: Promise<typeof import('../reader/read-reply')> | undefined;
/**
 * The reply reader (loaded once, its own chunk in the panel) with what it follows before its model:
 * the rep's corrections and the playbook's case library, as on the page.
 */
async function loadReader(db: SopDatabase, playbook: Playbook): Promise<Read> {
  readerModule ??= import('../reader/read-reply');
  const [module, corrections] = await Promise.all([readerModule, allCorrections(db)]);
  const examples = module.readerExamples(corrections, playbook.cases ?? []);
  return (text, at) => module.readReply(text, at, examples);
}

async function playbookOf(db: SopDatabase): Promise<Playbook> {
  const team = await getTeamPlaybook(db);
  if (team) return team.playbook;
  return (await import('../playbook/default-playbook')).DEFAULT_PLAYBOOK;
}

/** The judgment of what was gathered, exactly as the panel makes it (their last words read first). */
export function judgeGathered(gathered: GatheredSituation, context: Required<JudgeContext>, locale: Locale = 'en'): Situation {
  const { playbook, now, read } = context;
  const word = gathered.lastWord;
  const reading = word ? read(word.text, word.at ?? Math.floor(now / 3_600_000) * 3_600_000) : null;
  return judgeSituation(situationInputOf(gathered, reading, { playbook, now, locale }, samePersonInput(gathered, (other) => judgeGathered(other, context, locale))));
}

/** The reader is loaded only when some situation judged has words to read (`withReader`): loading it is the heaviest step of a small re-judging. */
async function contextOf(db: SopDatabase, context: Partial<JudgeContext>, withReader = true): Promise<Required<JudgeContext>> {
  const playbook = context.playbook ?? (await playbookOf(db));
  const unread: Read = () => {
    throw new Error('the reply reader was not loaded');
  };
  return { playbook, now: context.now ?? Date.now(), read: context.read ?? (withReader ? await loadReader(db, playbook) : unread) };
}

/** The first of a deal's people who is stored (the person its row shows). */
async function firstPerson(db: SopDatabase, deal: StoredDeal): Promise<ContactId | undefined> {
  const people = await db.contacts.bulkGet(deal.contactIds);
  return people.find((c): c is Contact => c !== undefined)?.id;
}

/** A row of Today to judge: what was gathered for it (null: not in Today). */
interface RowToJudge {
  key: string;
  refs: Pick<QueueEntry, 'contactId' | 'dealId'>;
  gathered: GatheredSituation | null;
  deal: StoredDeal | null;
  /**
   * A person on an open deal: no row of their own in Today (the deal has it), judged only for the stage and tier
   * their header shows (`gathered`: their own page's gathering, the deal it judges among theirs).
   */
  onDeal?: true;
}

/** What the row of one deal is judged from, by the same reads as the panel showing it (not in Today unless open). */
async function dealRow(db: SopDatabase, deal: StoredDeal): Promise<RowToJudge> {
  if (!isOpenDeal(deal)) return { key: dealKey(deal.id), refs: { dealId: deal.id }, gathered: null, deal };
  const contactId = await firstPerson(db, deal);
  const gathered = await gatherSituation(db, { dealId: deal.id, contactId });
  return { key: dealKey(deal.id), refs: { dealId: deal.id, ...(contactId ? { contactId } : {}) }, gathered, deal };
}

/**
 * What the row of one contact is judged from, as their own page gathers it (not in Today when gone, nor on an open
 * deal, which has the row: then judged for their header's stage and tier alone).
 */
async function contactRow(db: SopDatabase, id: ContactId, withSamePerson = true): Promise<RowToJudge> {
  const gathered = await gatherSituation(db, { contactId: id }, withSamePerson);
  if (!gathered.contact) return { key: contactKey(id), refs: { contactId: id }, gathered: null, deal: null };
  // (on a deal their other record is never read past, they have an exchange of their own: not judged for nothing)
  return gathered.deal ? { key: contactKey(id), refs: { contactId: id }, gathered: { ...gathered, samePerson: null }, deal: null, onDeal: true } : { key: contactKey(id), refs: { contactId: id }, gathered, deal: null };
}

/**
 * The tier and stage a person's header shows, for their Contacts filters and the dashboard's cadence. A person on an
 * open deal is shown at the deal's (the newest read of their open deals: its CRM stage, or their thread's when further
 * on; the tier of its record's BANT), as their Contacts row is, so that is what is kept on them; the deal's own row
 * keeps nothing (its first person's page is not every person's).
 */
interface KeptOfRow {
  contactIds: readonly ContactId[];
  tier?: TierId | null;
  stage?: StageId;
}

/** What judging a row yields: its entry in Today, where the panel puts it (none for a person on a deal: the deal's row counts), and the tier its people are shown at. */
interface RowJudged {
  entry: QueueEntry | null;
  judged: JudgedRow | null;
  tier: KeptOfRow;
}

/**
 * A row's entry in Today (null: not in Today, as when they asked us to stop), where the panel
 * puts it, for its judged path, and its person's tier and stage (null: nothing to judge, the record is gone).
 */
function entryOf(row: RowToJudge, context: Required<JudgeContext>): RowJudged | null {
  if (!row.gathered) return null;
  const situation = judgeGathered(row.gathered, context);
  const { contact } = row.gathered;
  // (the header's stage: `situation.stage.id`, never lost; another record of theirs further on included, as their Contacts row shows it)
  const shown = situation.stage.id === 'lost' ? undefined : situation.stage.id;
  const tier: KeptOfRow = row.deal ? { contactIds: [] } : { contactIds: contact ? [contact.id] : [], tier: situation.tier, ...(shown ? { stage: shown } : {}) };
  if (row.onDeal) return { entry: null, judged: null, tier };
  const entry = queueEntryOf(row.key, row.refs, situation, row.deal);
  const recorded = (row.deal ? stagePaths([], [row.deal], context.playbook) : stagePaths(contact ? [contact] : [], [], context.playbook)).get(row.key) ?? [];
  return { entry, judged: { key: row.key, stage: stageOfRow(situation, row.deal).stage ?? null, recorded, moment: situation.last.at ?? context.now, firstRead: row.deal?.createdAt }, tier };
}

/**
 * Keeps on each person the tier the judgment gives them where their record alone scores another
 * (`Contact.tier`, lib/contacts/tier.ts), and the stage it shows them at where it is not the recorded
 * one (`Contact.judgedStage`, lib/contacts/listed-stage.ts): the Contacts filters and the dashboard's
 * cadence read them without judging. A person on an open deal keeps what their own header shows, the
 * deal's stage and tier ({@link KeptOfRow}). Only a person whose kept tier or stage changes is written
 * (most keep none: no write). Call inside the transaction that writes Today's rows, with `contacts` in it.
 */
async function keepJudged(db: SopDatabase, rows: readonly KeptOfRow[], playbook: Playbook, known: ReadonlyMap<ContactId, Contact> = new Map()): Promise<void> {
  const keptOf = new Map<ContactId, KeptOfRow>();
  for (const row of rows) for (const id of row.contactIds) keptOf.set(id, row);
  const ids = [...keptOf.keys()];
  const unknown = ids.filter((id) => !known.has(id));
  const read = unknown.length > 0 ? await db.contacts.bulkGet(unknown) : [];
  const people = [...ids.flatMap((id) => known.get(id) ?? []), ...read.filter((c): c is Contact => c !== undefined)];
  const changed: Contact[] = [];
  for (const contact of people) {
    const judged = keptOf.get(contact.id)?.tier;
    const keep = judged === undefined ? undefined : tierToKeep(contact, judged, playbook);
    const stage = stageToKeep(contact, keptOf.get(contact.id)?.stage);
    if (keep === contact.tier && stage === contact.judgedStage) continue;
    const { tier: _dropped, judgedStage: _moved, ...rest } = contact;
    changed.push({ ...rest, ...(keep === undefined ? {} : { tier: keep }), ...(stage === undefined ? {} : { judgedStage: stage }) });
  }
  if (changed.length > 0) await db.contacts.bulkPut(changed);
}

/** The row of one deal (null: not in Today), by the same reads and judgment as the panel showing it. */
async function dealEntry(db: SopDatabase, deal: StoredDeal, context: Required<JudgeContext>): Promise<RowJudged | null> {
  return entryOf(await dealRow(db, deal), context);
}

/** Rows re-judged per transaction by {@link refreshQueue}: its reads, judgment and write hold the tables it reads, so briefly. */
const REFRESH_STEP = 20;

/**
 * Keeps Today's index current after a write: re-judges each contact and deal named, the deals
 * their people are on and the people of those deals (a touch on a person moves their deal; a
 * person joining a deal leaves Today as a contact). Call it after the write's transaction.
 *
 * Each step of up to {@link REFRESH_STEP} contacts and deals is read, judged and written in one
 * read-write transaction: two refreshes at once (the panel's and another page's, after two writes)
 * are ordered by the store, so the one that writes last read last; never a judgment of what was
 * read before another refresh wrote the newer one (the reader's first load, hundreds of
 * milliseconds, used to lie between the reads and the write). The reader is loaded between
 * transactions, only when a step has words to read: that step is then read again.
 *
 * @returns how many rows were judged (the rows that read a written record as their person's other record among them).
 */
export async function refreshQueue(db: SopDatabase, refs: QueueRefs, given: Partial<JudgeContext> = {}): Promise<number> {
  const contactIds = [...new Set(refs.contactIds ?? [])];
  const dealIds = [...new Set(refs.dealIds ?? [])];
  const formerly = refs.formerly ?? [];
  if (contactIds.length === 0 && dealIds.length === 0 && formerly.length === 0) return 0;
  let context = await contextOf(db, given, false);
  let withReader = given.read !== undefined;
  // (an async callback: Dexie keeps its transaction across the native awaits of the gathering only for one)
  let judged = 0;
  const run = async (step: Step) => {
    for (;;) {
      const done = await db.transaction('rw', [db.contacts, db.touches, db.deals, db.trackUses, db.queue, db.judgedPaths], async () => refreshStep(db, step, context, withReader));
      if (done) {
        judged += done.rows;
        return done.left;
      }
      context = { ...context, read: await loadReader(db, context.playbook) };
      withReader = true;
    }
  };
  let left: NamesakesLeft[] = [];
  for (let from = 0; from < Math.max(contactIds.length, dealIds.length, 1); from += REFRESH_STEP) {
    left.push(...(await run({ contactIds: contactIds.slice(from, from + REFRESH_STEP), dealIds: dealIds.slice(from, from + REFRESH_STEP), formerly: from === 0 ? formerly : [] })));
  }
  // A name more people hold than a window and a page: its other holders a page a step, each in its own transaction.
  while (left.length > 0) left = await run({ contactIds: [], dealIds: [], formerly: [], namesakes: left });
  return judged;
}

/** What one step of {@link refreshQueue} re-judges: the rows named, or (`namesakes`) the readers among a page of a name's holders each. */
type Step = Required<QueueRefs> & { namesakes?: readonly NamesakesLeft[] };

/**
 * One step of {@link refreshQueue}, inside its transaction: null (nothing written) when a row has
 * words to read and the reader is not loaded; else the names with holders left to read for readers.
 */
async function refreshStep(db: SopDatabase, refs: Step, context: Required<JudgeContext>, withReader: boolean): Promise<{ left: NamesakesLeft[]; rows: number } | null> {
  const contactIds = new Set(refs.contactIds);
  const dealIds = new Set(refs.dealIds);
  for (const id of contactIds) for (const key of await db.deals.where('contactIds').equals(id).primaryKeys()) dealIds.add(key);
  const deals = (await db.deals.bulkGet([...dealIds])).filter((d): d is StoredDeal => d !== undefined);
  for (const deal of deals) for (const id of deal.contactIds) contactIds.add(id);
  // The rows that read one of these people as their person's other record (a profile with no
  // exchange of its own beside this thread, this deal): judged from it, so re-judged with it; and
  // those that read one as it was (renamed, merged away, deleted). By the name indexes.
  const people = (await db.contacts.bulkGet([...contactIds])).filter((c): c is Contact => c !== undefined);
  const found = await samePersonReaders(db, [...people, ...refs.formerly], refs.namesakes);
  const readers = found.readers.filter((c) => !contactIds.has(c.id));
  // (only those whose judgment can read it: no exchange of their own, no open deal)
  const reading = await Promise.all(readers.map((c) => mayReadSamePerson(db, c)));
  for (const [i, reader] of readers.entries()) if (reading[i]) contactIds.add(reader.id);
  const rows: RowToJudge[] = [];
  const gone: string[] = [];
  for (const id of dealIds) {
    const deal = deals.find((d) => d.id === id);
    if (deal) rows.push(await dealRow(db, deal));
    else gone.push(dealKey(id));
  }
  for (const id of contactIds) rows.push(await contactRow(db, id));
  // Gathered first, judged after: the reader loads only if someone's last words are to be read.
  if (!withReader && rows.some((row) => row.gathered?.lastWord || row.gathered?.samePerson?.gathered.lastWord)) return null;
  const put: QueueEntry[] = [];
  const judged: JudgedRow[] = [];
  const tiers: KeptOfRow[] = [];
  for (const row of rows) {
    const result = entryOf(row, context);
    // A row that leaves Today (they asked us to stop, the deal is lost) still has where the panel puts it, and a tier.
    if (result) {
      if (result.judged) judged.push(result.judged);
      tiers.push(result.tier);
    }
    if (result?.entry) put.push(result.entry);
    else gone.push(row.key);
  }
  // Only what changed is written: a write wakes every live query on Today's ranges.
  const stored = await db.queue.bulkGet([...gone, ...put.map((e) => e.key)]);
  const have = new Map(stored.filter((e): e is QueueEntry => e !== undefined).map((e) => [e.key, e]));
  await db.queue.bulkDelete(gone.filter((key) => have.has(key)));
  await db.queue.bulkPut(put.filter((e) => !sameEntry(have.get(e.key), e)));
  // Where the panel puts each row, when that changed: the dashboard's funnel and KPIs follow it.
  await recordJudgedStages(db, judged, context.now);
  await keepJudged(db, tiers, context.playbook);
  return { left: found.left, rows: rows.length };
}

const sameEntry = (a: QueueEntry | undefined, b: QueueEntry) => a !== undefined && a.due === b.due && a.tier === b.tier && a.contactId === b.contactId && a.dealId === b.dealId && a.stage === b.stage && a.ahead === b.ahead && a.unmapped === b.unmapped;

/** Contacts judged per step: a step is one task of the page building it, short enough not to hold up its input. */
const CHUNK = 100;

/**
 * Builds Today's index for every contact and deal: contacts walked in id order, 100 at a time,
 * with their newest touches read as one [contactId+at] range per chunk (the same window the
 * panel reads), progress kept in `meta` so an interrupted build resumes where it stopped.
 * Each chunk, and each deal, is read, judged and written in one transaction: the build yields to
 * the rep between them, and a write made meanwhile (a stage moved, a CRM read, a merge, a deletion)
 * is what the next one reads, never overwritten by the record as it was when the build began.
 */
export async function buildQueue(db: SopDatabase, given: Partial<JudgeContext> = {}, onProgress: (indexed: number, total: number) => void = () => undefined): Promise<void> {
  const context = await contextOf(db, given);
  const meta = await db.meta.get('queue');
  let after = meta?.state === 'building' ? meta.after : undefined;
  let indexed = meta?.state === 'building' ? meta.indexed : 0;
  // A build the keys' fill handed over (or one resumed) keeps its start: the progress line is one update.
  const at = meta?.state === 'building' ? meta.at : context.now;
  if (after === undefined) await db.queue.clear();
  const total = await db.contacts.count();
  await db.meta.put({ key: 'queue', state: 'building', indexed, total, ...(after !== undefined ? { after } : {}), at });
  // Another build took over when the progress stored is not where this one left it (an import
  // made since marks the index to build again from its start): this one stops, the other goes on.
  const ours = async () => {
    const now = await db.meta.get('queue');
    return now?.state === 'building' && now.at === at && now.after === after && now.indexed === indexed;
  };
  for (;;) {
    const through = await db.transaction('rw', [db.contacts, db.touches, db.deals, db.trackUses, db.queue, db.meta, db.judgedPaths], async () => {
      if (!(await ours())) return null;
      const contacts = await (after === undefined ? db.contacts.orderBy('id') : db.contacts.where('id').above(after)).limit(CHUNK).toArray();
      const first = contacts[0];
      const last = contacts.at(-1);
      if (!first || !last) return undefined;
      const [touches, deals] = await Promise.all([
        db.touches.where('[contactId+at]').between([first.id, Dexie.minKey], [last.id, Dexie.maxKey]).toArray(),
        db.deals.where('contactIds').anyOf(contacts.map((c) => c.id)).toArray(),
      ]);
      const onDeal = new Set<string>();
      for (const deal of deals) if (isOpenDeal(deal)) for (const id of deal.contactIds) onDeal.add(id);
      const byContact = new Map<string, { at: number; direction: 'inbound' | 'outbound' }[]>();
      for (const touch of touches) {
        const list = byContact.get(touch.contactId);
        if (list) list.push({ at: touch.at, direction: touch.direction });
        else byContact.set(touch.contactId, [{ at: touch.at, direction: touch.direction }]);
      }
      const rows = contacts
        .filter((contact) => !onDeal.has(contact.id))
        .map((contact): GatheredSituation & { contact: Contact } => {
          // Ascending by the index: the newest window is the tail.
          const own = (byContact.get(contact.id) ?? []).slice(-TOUCH_WINDOW).reverse();
          const conversation = storedThread(contact);
          return { contact, deal: null, touches: own, conversation, ...lastWordOf(contact, null, conversation), chosenTrack: null };
        });
      // Another record of the person, as the panel's gathering finds it, for those whose judgment can read one: one indexed read for their names, only strong matches gathered.
      const samePeople = await gatherSamePeople(db, rows.filter(mayUseSamePerson).map((row) => row.contact));
      const put: QueueEntry[] = [];
      const judged: JudgedRow[] = [];
      const tiers: KeptOfRow[] = [];
      for (const row of rows) {
        const { contact } = row;
        const gathered: GatheredSituation = { ...row, samePerson: samePeople.get(contact.id) ?? null };
        const result = entryOf({ key: contactKey(contact.id), refs: { contactId: contact.id }, gathered, deal: null }, context);
        if (result) {
          if (result.judged) judged.push(result.judged);
          tiers.push(result.tier);
        }
        if (result?.entry) put.push(result.entry);
      }
      indexed += contacts.length;
      await db.queue.bulkPut(put);
      await recordJudgedStages(db, judged, context.now);
      await keepJudged(db, tiers, context.playbook, new Map(contacts.map((c) => [c.id, c])));
      await db.meta.put({ key: 'queue', state: 'building', indexed, total, after: last.id, at });
      return last.id;
    });
    if (through === null) return;
    if (through === undefined) break;
    after = through;
    onProgress(indexed, total);
    // The page that builds stays responsive: its input and paints go between the steps, and while the rep types the build waits.
    await yieldToUser();
  }
  // The people of open deals, the contacts' walk passed over: each judged once, after the deals' rows.
  const onDeals = new Set<ContactId>();
  for (const id of await db.deals.toCollection().primaryKeys()) {
    const stopped = await db.transaction('rw', [db.contacts, db.touches, db.trackUses, db.deals, db.queue, db.meta, db.judgedPaths], async () => {
      // Another build took over: its judgment (at its own now) is the one kept.
      if (!(await ours())) return true;
      // As it is now: gone since the build began, nothing to write (its deletion took its row).
      const deal = await db.deals.get(id);
      const result = deal ? await dealEntry(db, deal, context) : null;
      if (deal && isOpenDeal(deal)) for (const contactId of deal.contactIds) onDeals.add(contactId);
      if (!deal || !result) return false;
      if (result.entry) await db.queue.put(result.entry);
      if (result.judged) await recordJudgedStages(db, [result.judged], context.now);
      return false;
    });
    if (stopped) return;
  }
  // Their people, passed over with the contacts: the stage and tier their own headers show (their newest open deal's),
  // each gathered once however many deals they are on (no other record of theirs gathered: on a deal they have an
  // exchange of their own, which the judgment never reads past). A person on no open deal now was judged with the contacts.
  const people = [...onDeals];
  for (let from = 0; from < people.length; from += CHUNK) {
    const stopped = await db.transaction('rw', [db.contacts, db.touches, db.trackUses, db.deals, db.queue, db.meta, db.judgedPaths], async () => {
      if (!(await ours())) return true;
      const rows = await Promise.all(people.slice(from, from + CHUNK).map((contactId) => contactRow(db, contactId, false)));
      await keepJudged(db, rows.flatMap((row) => entryOf(row, context)?.tier ?? []), context.playbook);
      return false;
    });
    if (stopped) return;
  }
  const done = await db.transaction('rw', db.meta, async () => {
    if (!(await ours())) return false;
    await db.meta.put({ key: 'queue', state: 'done', indexed, total, at: context.now });
    return true;
  });
  if (done) onProgress(indexed, total);
}

/** Builds Today's index if it is not built (a store upgraded from before it, an import, another playbook); resumes a build cut short. */
export async function ensureQueueBuilt(db: SopDatabase, onProgress?: (indexed: number, total: number) => void): Promise<void> {
  const meta = await db.meta.get('queue');
  if (meta?.state === 'done') return;
  await buildQueue(db, {}, onProgress);
}
