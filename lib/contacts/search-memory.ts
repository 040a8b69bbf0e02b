import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { SopDatabase } from '../db/database';
import { yieldToUser } from '../db/user-input';
import type { BantFacts } from '../engine/bant';
import type { Playbook } from '../playbook/schema';
import type { TierId } from '../playbook/ids';
import type { StageId } from '../sop/stages';
import { searchWordsOfContact } from './contact-keys';
import { listedTier } from './tier';
import type { Contact, ContactId } from './schema';
import { BUCKETS, columnOf, finishSave, indexOfItem, indexOfSorted, itemOf, judgedStageAt, judgedStageIndex, keptAt, keptIndex, marksNow, marksOnly, PART, partKey, readSnapshot, SLOTS_CHUNK, slotsKey, stageAt, stageIndex, startOf, writePart, MARK_ALL, type LoadedBuckets, type Marked, type SnapshotBuckets, type SnapshotHead, type SnapshotPart, type SnapshotSlots } from './search-snapshot';

/** What the Contacts list shows of a contact and filters by: all a search answered from memory holds of it. */
export type ListedContact = Pick<Contact, 'id' | 'name' | 'company' | 'email' | 'capturedAt' | 'stage' | 'bant' | 'tier' | 'judgedStage'>;

/** Contacts read per step of the build: one short IndexedDB request, a few milliseconds of the page's time. */
const STEP = 500;
/**
 * A write that names more contacts than this is read again by a rebuild, not one by one: the
 * same bound as a write's marks (`lib/db/contact-search-marks.ts`), above which it marks
 * everything, so the rebuild reads after that mark and its save may remove it.
 */
const MOST_NAMED = 100;
/** Separates a contact's words in its key string, so `\u0001word` finds a word that starts with `word`. */
const SEP = '\u0001';
/** A one-word search that more contacts than this match walks every contact newest first until its page is full. */
const SCAN_NEWEST = 5_000;
/** Words are indexed by their first one, two and three letters. */
const PREFIX = 3;
/**
 * A step waits this long at most for an idle moment: none, only for the next task (input and
 * paints go first). A panel busy painting (Today, a contact) has few idle moments: waiting for
 * them (up to 150 ms a step) was about 7 s of a 21 s build at 100,000 contacts, against 4.5 s of
 * reads and 1.6 s of its own work (load 9.6), and the build was not done when the rep typed.
 */
const IDLE_TIMEOUT_MS = 0;
/** Contacts of a step held per task. */
const PUT_SLICE = 125;
/** The next task: input and paints that are due go first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Quiet this long after a write of a range before everything is read again. */
const REBUILD_AFTER_MS = 2_000;
/**
 * Slots merged per task while building: the steps' sorted runs are merged as a binary counter
 * adds, so at 100,000 contacts one merge takes up to 65,536 slots (about 30–48 ms in one task,
 * next to a long task, more on a loaded machine); merged this many at a time, with {@link yieldToUser} between.
 */
const MERGE_SLICE = 4_096;
/**
 * Contacts written since a snapshot's save (or while it loads) above which a part, as it comes, is
 * walked contact by contact to pass them over, rather than searched for each of them.
 */
const FEW_WRITTEN = 32;
/**
 * The next task, ahead of other work but after input and paints: `scheduler.yield()` where the
 * browser has it, else a message to ourselves (no 4 ms clamp, as nested `setTimeout`s get).
 */
function yieldTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
/** Buckets written into a snapshot per task while saving. */
const SAVE_SLICE = 2_000;
/**
 * Without a snapshot, the build's reads start no sooner than this after the page opened (its time
 * origin): the panel's first reads and paint go first (a snapshot is loaded at once: one read).
 */
const BUILD_NOT_BEFORE_MS = 1_000;
/** Quiet this long after the build (or after many writes) before the memory is saved. */
const SAVE_AFTER_MS = 3_000;
/** Writes read in since the last save after which it is saved again (a load reads every marked contact). */
const SAVE_AFTER_WRITES = 300;


function listed(contact: Contact): ListedContact {
  const { id, name, company, email, capturedAt, stage, bant, tier, judgedStage } = contact;
  return { id, name, capturedAt, stage, ...(company === undefined ? {} : { company }), ...(email === undefined ? {} : { email }), ...(bant === undefined ? {} : { bant }), ...(tier === undefined ? {} : { tier }), ...(judgedStage === undefined ? {} : { judgedStage }) };
}

/** The primary keys a write names, or null when it names a range (a `clear()`, a bulk write of 50 or more, a `modify()`). */
function namedKeys(tree: IntervalTree | undefined): ContactId[] | null {
  const keys: ContactId[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    keys.push(node.from as ContactId);
    return walk(node.l) && walk(node.r);
  };
  return walk(tree) ? keys : null;
}

/** What the build measured of itself, for the bench: steps, IndexedDB reads and own work (ms), the time it stepped aside, and of that the time it was held by typing and by page loads. */
interface BuildTook {
  steps: number;
  longestRead: number;
  longestWork: number;
  read: number;
  work: number;
  waited: number;
  typing: number;
  pageLoads: number;
}

/** Slots: a loaded snapshot's buckets stay typed arrays (the slots written since are kept beside them). */
type Slots = number[] | Int32Array;
const plain = (slots: Slots): number[] => (Array.isArray(slots) ? slots : Array.from(slots));

export interface MemoryQuery {
  words: readonly string[];
  stage?: StageId | undefined;
  tier?: TierId | undefined;
}

/**
 * The Contacts search held in the panel's memory: per contact what its list row shows and its
 * search words (one string), per first one, two and three letters of a word the contacts with such
 * a word, and every contact newest seen first.
 * Search as you type then asks IndexedDB nothing: a keystroke is a few milliseconds of the page's
 * own work, where a read of a word's range (up to 1,500 index keys and a page of records) was tens
 * of milliseconds on a busy machine. Loaded from the snapshot an earlier page saved when there is
 * one (`search-snapshot.ts`: one read transaction, right after the panel's first paint), else built
 * once per page (from a second after the panel opens: `prepareContactSearch`) and then saved, in steps of {@link STEP} contacts that step aside while the rep
 * types or a page loads ({@link yieldToUser}); until it is built the list searches through the
 * index in IndexedDB ({@link ContactSearch}). Kept current by every write to contacts from any
 * context (Dexie's `storagemutated`): the contacts a write names are read again, one request; a
 * write of a whole range (a bulk write, a deletion of everything) rebuilds it. At 100,000
 * contacts: built in about 10 s on the shared machine, about 45 MB of heap (README, "The bench at scale").
 */
export class ContactMemory {
  /** The current slot of each contact. */
  private readonly slots = new Map<ContactId, number>();
  /**
   * Per slot, as columns (no object per contact: a load of 100,000 made 20–30 MB of small objects
   * in under a second, and the collection after it fell on keystrokes): the contact's id, or
   * undefined once it changed (a new slot) or was deleted; what its list row shows; a row object is
   * made only for the contacts a page of results shows ({@link rowAt}). Item `i` is slot
   * {@link snapshotSlots} `+ i`: a loaded snapshot's contacts are read from its parts, and these
   * hold only those written since (sizing seven plain arrays to 100,000 slots at the load took
   * 165–290 ms in one task on the shared machine, and left them slow dictionaries: session 14b).
   */
  private readonly ids: (ContactId | undefined)[] = [];
  private readonly names: string[] = [];
  private readonly companies: (string | null | undefined)[] = [];
  private readonly emails: (string | null | undefined)[] = [];
  private readonly bants: (BantFacts | null | undefined)[] = [];
  /** Per slot: its stage's index in {@link STAGE_IDS} (a typed array: a snapshot's part is copied in at once). */
  private stages = new Uint8Array(1_024);
  /** Per slot: the tier the judgment kept on the contact ({@link keptIndex}; 0: none, the record's score is it). */
  private kept = new Uint8Array(1_024);
  /** Per slot: the stage the judgment kept on the contact ({@link judgedStageIndex}; 0: none, the recorded stage is it). */
  private judgedStages = new Uint8Array(1_024);
  /** Per slot: when the contact was last seen (a typed array: a plain array boxes every such number). */
  private seen = new Float64Array(1_024);
  /** Per slot: SEP + its search words joined by SEP. */
  private readonly words: string[] = [];
  /**
   * Per first letter, first two and first three letters of a word: the slots with such a word that
   * were built, or written since a snapshot's load. With a snapshot loaded these are only the
   * slots added beside its buckets ({@link loaded}), merged with them when a search asks for that
   * bucket ({@link bucketOf}) or a save writes it: copying a loaded bucket to add one slot, for
   * each of a written contact's twenty-odd prefixes, held one contact written since the save in
   * about 120 ms of one task while the panel loaded (`docs/bench-log.md`, session 14b).
   */
  private readonly buckets = new Map<string, number[]>();
  /** The loaded snapshot's buckets ({@link SnapshotBuckets}: its keys sorted, found by a binary search); the slots in {@link buckets} are added to them. */
  private loaded: LoadedBuckets | undefined;
  /** A loaded bucket merged with the slots added to it, as a search last asked for it (made again once more are added). */
  private readonly mergedBuckets = new Map<string, { added: number[]; length: number; slots: Int32Array }>();
  /**
   * A loaded snapshot's parts, kept as read (its columns: a few objects a part, where a contact each
   * made half a million at 100,000, and the collections after them were long tasks while the rep
   * typed): the contact in slot `start + i` is item `i` of the part's columns. Slots below
   * {@link snapshotSlots} are the snapshot's; a contact written since is held in the columns above.
   */
  private blocks: { start: number; part: SnapshotPart }[] = [];
  private snapshotSlots = 0;
  /** Per slot of the snapshot: 1 once the contact there changed (held again above) or was deleted. */
  private gone = new Uint8Array(1_024);
  /** How many of the snapshot's contacts are held (in parts read, not gone). */
  private snapshotHeld = 0;
  /** The tier of a slot by the playbook it was scored with. */
  private tiers = new WeakMap<Playbook, Map<number, TierId | null>>();
  /** The last search's words and every slot matching them (null when it walked the newest): a search that only grows narrows it. */
  private last: { words: readonly string[]; slots: number[] | null } | undefined;
  /** Every held slot, newest seen first (changed and deleted ones dropped at the next merge, passed over until then). */
  private order: number[] = [];
  /** Slots written while building (not read by it), merged into {@link order} at its end. */
  private unordered: number[] = [];
  /** While building: the contacts a write was read in for (held or removed as it left them; the build passes them over). */
  private readonly written = new Set<ContactId>();
  /** While building: the steps read so far, as sorted runs (each at most half the one below it). */
  private runs: number[][] = [];
  private generation = 0;
  /** While a snapshot is loaded: how many of its contacts' slots are held so far (the newest first); 0 otherwise. */
  private loading = 0;
  /** Whether an answer was given from a snapshot partly loaded that may miss matches (told again as more is held). */
  private answeredPartly = false;
  private building: Promise<void> | undefined;
  private built = false;
  private readonly listeners = new Set<() => void>();
  private readonly part: string;
  private stopFollowing: (() => void) | undefined;
  private rebuild: ReturnType<typeof setTimeout> | undefined;

  private readonly rebuildAfterMs: number;
  private readonly scanNewest: number;
  private readonly mergeSlice: number;
  private readonly saveAfterMs: number;
  private readonly slotsChunk: number;
  /** The marks the memory answers (read before the build began, or with the snapshot loaded): a save need not read their contacts, and may remove them. */
  private covered = new Map<string, number>();
  /** Writes read in since the memory was last saved or loaded. */
  private writesSinceSave = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving = false;

  constructor(
    private readonly db: SopDatabase,
    options: { rebuildAfterMs?: number; scanNewest?: number; mergeSlice?: number; saveAfterMs?: number; slotsChunk?: number } = {},
  ) {
    this.part = `idb://${db.name}/contacts/`;
    this.rebuildAfterMs = options.rebuildAfterMs ?? REBUILD_AFTER_MS;
    this.scanNewest = options.scanNewest ?? SCAN_NEWEST;
    this.mergeSlice = options.mergeSlice ?? MERGE_SLICE;
    this.saveAfterMs = options.saveAfterMs ?? SAVE_AFTER_MS;
    this.slotsChunk = options.slotsChunk ?? SLOTS_CHUNK;
  }

  /** Whether every contact is held (searches can be answered from memory). */
  get ready(): boolean {
    return this.built;
  }

  /**
   * Whether a search can be answered from memory: every contact is held, or a snapshot is being
   * loaded and some of its parts are held ({@link find} says when such an answer may be incomplete).
   */
  get answering(): boolean {
    return this.built || this.loading > 0;
  }

  /** How many contacts are held. */
  get size(): number {
    return this.slots.size + this.snapshotHeld;
  }

  /** Calls `listener` whenever what is held changed (after a write was read in, or the build finished). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts building (once) and following writes; resolves when built. */
  build(): Promise<void> {
    if (!this.stopFollowing) {
      const listener = (parts: ObservabilitySet) => this.onWrite(parts);
      Dexie.on('storagemutated', listener);
      this.stopFollowing = () => Dexie.on('storagemutated').unsubscribe(listener);
    }
    this.building ??= this.readAll();
    return this.building;
  }

  /** Stops following writes and lets go of everything held. */
  close(): void {
    clearTimeout(this.rebuild);
    clearTimeout(this.saveTimer);
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.reset();
  }

  private reset(): void {
    if (this.building) performance.mark('contact-memory-reset');
    this.generation++;
    this.clearHeld();
    this.building = undefined;
    this.covered = new Map();
    this.writesSinceSave = 0;
  }

  /** Lets go of every contact held (and of a snapshot partly loaded). */
  private clearHeld(): void {
    this.slots.clear();
    for (const column of [this.ids, this.names, this.companies, this.emails, this.bants]) column.length = 0;
    this.seen = new Float64Array(1_024);
    this.stages = new Uint8Array(1_024);
    this.kept = new Uint8Array(1_024);
    this.judgedStages = new Uint8Array(1_024);
    this.words.length = 0;
    this.buckets.clear();
    this.mergedBuckets.clear();
    this.loaded = undefined;
    this.blocks = [];
    this.snapshotSlots = 0;
    this.gone = new Uint8Array(1_024);
    this.snapshotHeld = 0;
    this.order = [];
    this.unordered = [];
    this.runs = [];
    this.written.clear();
    this.tiers = new WeakMap();
    this.last = undefined;
    this.built = false;
    this.loading = 0;
    this.answeredPartly = false;
  }

  private async readAll(): Promise<void> {
    const generation = this.generation;
    const started = performance.now();
    if (await this.loadSnapshot(generation, started)) return;
    if (generation !== this.generation) return;
    const early = BUILD_NOT_BEFORE_MS - performance.now();
    if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
    if (generation !== this.generation) return;
    // A write of a range marked before the build reads anything is answered by it: a save may remove that mark.
    const before = await marksOnly(this.db);
    if (generation !== this.generation) return;
    this.covered = new Map(before.map((mark) => [mark.key, mark.at]));
    // For the bench: steps, and the longest wait for a step's read and its longest own work.
    const took: BuildTook = { steps: 0, longestRead: 0, longestWork: 0, read: 0, work: 0, waited: 0, typing: 0, pageLoads: 0 };
    // In the order of the keys (a read along the store, about twice as fast as along the capturedAt index); each step's
    // contacts sorted newest first and merged with the steps before as a binary counter merges, so no step sorts or merges
    // more than its share (sorting 100,000 at the end took 200–340 ms in one task; merging each step into the whole order
    // was quadratic, up to 333 ms a step).
    let after: ContactId | undefined;
    for (;;) {
      await this.stepAside(took);
      if (generation !== this.generation) return;
      const asked = performance.now();
      const step = await (after === undefined ? this.db.contacts.toCollection() : this.db.contacts.where(':id').above(after)).limit(STEP).toArray();
      if (generation !== this.generation) return;
      const read = performance.now();
      took.steps++;
      took.longestRead = Math.max(took.longestRead, read - asked);
      took.read += read - asked;
      // Held a slice a task (500 contacts in one task was up to 60 ms under load): a write read in between is newer than the
      // step's copy, which is then passed over (the build reads each contact once).
      const slots: number[] = [];
      for (let i = 0; i < step.length; i += PUT_SLICE) {
        if (i > 0) {
          await nextTask();
          if (generation !== this.generation) return;
        }
        const sliced = performance.now();
        for (const contact of step.slice(i, i + PUT_SLICE)) if (!this.written.has(contact.id)) slots.push(this.put(contact, true));
        took.longestWork = Math.max(took.longestWork, performance.now() - sliced);
        took.work += performance.now() - sliced;
      }
      const sorting = performance.now();
      let run = slots.sort(this.newer);
      took.work += performance.now() - sorting;
      while (this.runs.length > 0 && (this.runs.at(-1)?.length ?? 0) <= run.length) {
        const merged = await this.mergedInSlices(this.runs.pop() ?? [], run, generation, took);
        if (merged === undefined) return;
        run = merged;
      }
      this.runs.push(run);
      after = step.at(-1)?.id;
      if (step.length < STEP) break;
    }
    let all: number[] = [];
    for (let run = this.runs.pop(); run !== undefined; run = this.runs.pop()) {
      const merged = await this.mergedInSlices(run, all, generation, took);
      if (merged === undefined) return;
      all = merged;
    }
    await this.stepAside(took);
    if (generation !== this.generation) return;
    this.order = all;
    // Contacts written while building, in their places.
    this.mergeIntoOrder();
    this.built = true;
    this.written.clear();
    this.last = undefined;
    // How long the build took, for the bench (`performance.getEntriesByName('contact-memory-built')`).
    const ms = (value: number) => Math.round(value);
    performance.measure('contact-memory-built', { start: started, detail: { contacts: this.size, ...took, read: ms(took.read), work: ms(took.work), waited: ms(took.waited), typing: ms(took.typing), pageLoads: ms(took.pageLoads) } });
    this.tell();
    this.saveSoon();
  }

  /**
   * Holds the saved snapshot ({@link readSnapshot}: one read transaction with the marks written
   * since and the contacts they name), its parts held as they come, newest first, a task each
   * (kept as read: {@link blocks}): a search meanwhile is answered from the parts held
   * ({@link answering}). False when there is none to use (then the memory is built by reading every
   * contact).
   */
  private async loadSnapshot(generation: number, started: number): Promise<boolean> {
    const queue: SnapshotPart[] = [];
    let begun: { head: SnapshotHead; marked: Marked } | undefined;
    let bucketsIn: LoadedBuckets | undefined;
    let wake: (() => void) | undefined;
    const arrived = () => {
      const waiting = wake;
      wake = undefined;
      waiting?.();
    };
    let outcome: { read: Awaited<ReturnType<typeof readSnapshot>> } | { error: unknown } | undefined;
    readSnapshot(this.db, {
      begin: (head, marked) => {
        begun = { head, marked };
        arrived();
      },
      buckets: (buckets) => {
        bucketsIn = buckets;
        arrived();
      },
      part: (part) => {
        queue.push(part);
        arrived();
      },
    }).then(
      (read) => {
        outcome = { read };
        arrived();
      },
      (error: unknown) => {
        outcome = { error };
        arrived();
      },
    );
    const took = { read: 0, work: 0, begin: 0, slices: 0, longestSlice: 0 };
    let position = 0;
    let held = false;
    for (;;) {
      if (generation !== this.generation) return true;
      if (begun && !held) {
        held = true;
        const sliced = performance.now();
        this.beginLoad(begun.head, begun.marked);
        // In the success event of the marks' read (a task no yield of ours can cut): measured apart.
        took.begin = performance.now() - sliced;
        took.work += took.begin;
        continue;
      }
      if (held && bucketsIn && this.loaded === undefined) {
        // Searched through from now on; until now a search looked at every contact held (the newest part: a few thousand).
        this.loaded = bucketsIn;
        this.mergedBuckets.clear();
        continue;
      }
      const part = held ? queue.shift() : undefined;
      if (part) {
        if (!(await this.holdPart(part, position, generation, took))) return true;
        position += part.count;
        const first = this.loading === 0;
        this.loading = position;
        // The first part held: the list may ask the memory from now on (marked for the bench). An answer given from fewer parts may
        // have missed a match: asked again.
        if (first) performance.mark('contact-memory-answering');
        if (first || this.answeredPartly) {
          this.answeredPartly = false;
          this.last = undefined;
          this.tell();
        }
        continue;
      }
      if (outcome) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if ('error' in outcome) {
      if (held) this.clearHeld();
      throw outcome.error;
    }
    const snapshot = outcome.read;
    if (snapshot === undefined) {
      // Of no use after all (a part of another save): what was held of it goes, the memory is built from the contacts.
      if (held) {
        this.clearHeld();
        this.tell();
      }
      return false;
    }
    took.read = performance.now() - started;
    this.loaded ??= snapshot.buckets;
    this.mergeIntoOrder();
    this.built = true;
    this.loading = 0;
    this.answeredPartly = false;
    this.written.clear();
    this.last = undefined;
    this.writesSinceSave = snapshot.marked.marks.length;
    this.covered = new Map(snapshot.marked.marks.map((mark) => [mark.key, mark.at]));
    const ms = (value: number) => Math.round(value);
    performance.measure('contact-memory-built', { start: started, detail: { contacts: this.size, snapshot: true, marks: snapshot.marked.marks.length, read: ms(took.read), work: ms(took.work), begin: Math.round(took.begin * 10) / 10, slices: took.slices, longestSlice: ms(took.longestSlice) } });
    this.tell();
    if (this.writesSinceSave >= SAVE_AFTER_WRITES) this.saveSoon();
    return true;
  }

  /** A snapshot's load begins: its slots made room for, the contacts written since its save held (its buckets come later). */
  private beginLoad(head: SnapshotHead, marked: Marked): void {
    // A contact's slot is its place in the snapshot (the buckets name those); a contact written since is held after them,
    // and so is one a write read in before the load began (held again, after).
    const early = [...this.slots.values()].flatMap((slot) => {
      const row = this.rowAt(slot);
      return row ? [{ row, text: this.wordsAt(slot) }] : [];
    });
    if (this.ids.length > 0) {
      this.slots.clear();
      for (const column of [this.ids, this.names, this.companies, this.emails, this.bants, this.words]) column.length = 0;
      this.buckets.clear();
      this.mergedBuckets.clear();
      this.order = [];
      this.unordered = [];
    }
    const total = head.contacts;
    this.room(total);
    this.snapshotSlots = total;
    this.loaded = undefined;
    for (const { row, text } of early) this.hold(row, text, false);
    // The contacts written since the save, as read with it (a write read in meanwhile is newer still: kept).
    for (const [id, contact] of marked.contacts) {
      if (this.written.has(id)) continue;
      this.written.add(id);
      if (contact) this.put(contact);
    }
  }

  /**
   * Holds one part of a snapshot (its contacts from slot `position`) as read, in a task of its own:
   * its columns kept ({@link blocks}), its numbers copied, the contacts written since its save
   * (or while it loads) passed over; false when the memory was reset meanwhile.
   */
  private async holdPart(part: SnapshotPart, position: number, generation: number, took: { work: number; slices: number; longestSlice: number }): Promise<boolean> {
    await yieldTask();
    if (generation !== this.generation) return false;
    const slice = performance.now();
    const count = part.count;
    this.blocks.push({ start: position, part });
    this.seen.set(part.seen.subarray(0, count), position);
    this.stages.set(part.stages.subarray(0, count), position);
    this.kept.set(part.kept.subarray(0, count), position);
    this.judgedStages.set(part.judgedStages.subarray(0, count), position);
    for (let i = 0; i < count; i++) this.order.push(position + i);
    this.snapshotHeld += count;
    // The contacts held again since (a newer copy): their places here are gone.
    if (this.written.size <= FEW_WRITTEN) {
      for (const id of this.written) {
        const i = indexOfItem(part.ids, id);
        if (i >= 0) this.leave(position + i);
      }
    } else {
      for (let i = 0; i < count; i++) if (this.written.has((itemOf(part.ids, i) ?? '') as ContactId)) this.leave(position + i);
    }
    const ms = performance.now() - slice;
    took.work += ms;
    took.slices++;
    took.longestSlice = Math.max(took.longestSlice, ms);
    return true;
  }

  /** The snapshot's contact in `slot` is no longer held here. */
  private leave(slot: number): void {
    if (this.gone[slot] === 1) return;
    this.gone[slot] = 1;
    this.snapshotHeld--;
  }

  /** The part of the snapshot that holds `slot`, and its place in it; undefined when that part is not read yet, or it left. */
  private blockOf(slot: number): { part: SnapshotPart; i: number } | undefined {
    if (slot >= this.snapshotSlots || this.gone[slot] === 1) return undefined;
    const { blocks } = this;
    // Parts are PART contacts each, but the last: the guess is right but for a save of other parts.
    let k = Math.min(blocks.length - 1, Math.floor(slot / PART));
    let block = blocks[k];
    if (block === undefined || slot < block.start || slot >= block.start + block.part.count) {
      let [low, high] = [0, blocks.length];
      while (low < high) {
        const middle = (low + high) >>> 1;
        const at = blocks[middle];
        if (at !== undefined && at.start + at.part.count <= slot) low = middle + 1;
        else high = middle;
      }
      k = low;
      block = blocks[k];
      if (block === undefined || slot < block.start) return undefined;
    }
    return { part: block.part, i: slot - block.start };
  }

  /** The id of the contact held in `slot`; undefined when none is. */
  private idAt(slot: number): ContactId | undefined {
    if (slot >= this.snapshotSlots) return this.ids[slot - this.snapshotSlots];
    const block = this.blockOf(slot);
    return block ? ((itemOf(block.part.ids, block.i) ?? undefined) as ContactId | undefined) : undefined;
  }

  /** Whether a contact is held in `slot` (nothing made). */
  private holds(slot: number): boolean {
    return slot >= this.snapshotSlots ? this.ids[slot - this.snapshotSlots] !== undefined : this.blockOf(slot) !== undefined;
  }

  /** The search words of `slot` (SEP before each): made from its part for a snapshot's contact. */
  private wordsAt(slot: number): string {
    if (slot >= this.snapshotSlots) return this.words[slot - this.snapshotSlots] ?? '';
    const block = this.blockOf(slot);
    return block ? (itemOf(block.part.words, block.i) ?? '') : '';
  }

  /** Whether every one of `needles` (SEP + a word) starts one of the words of the contact held in `slot`: no string made. */
  private wordsHave(slot: number, needles: readonly string[]): boolean {
    if (slot >= this.snapshotSlots) {
      const text = this.words[slot - this.snapshotSlots];
      return this.ids[slot - this.snapshotSlots] !== undefined && text !== undefined && needles.every((needle) => text.includes(needle));
    }
    const block = this.blockOf(slot);
    if (!block) return false;
    const { text, ends } = block.part.words;
    const [from, to] = [startOf(block.part.words, block.i), ends[block.i] ?? 0];
    // Each word starts with SEP, so a needle can only start at one: from SEP to SEP within the contact's words.
    return needles.every((needle) => {
      for (let at = from; at >= 0 && at < to; at = text.indexOf(SEP, at + 1)) if (at + needle.length <= to && text.startsWith(needle, at)) return true;
      return false;
    });
  }

  /** The BANT facts of `slot` (parsed from its part for a snapshot's contact); undefined when none. */
  private bantAt(slot: number): BantFacts | undefined {
    if (slot >= this.snapshotSlots) return this.bants[slot - this.snapshotSlots] ?? undefined;
    const block = this.blockOf(slot);
    const json = block ? itemOf(block.part.bants, block.i) : null;
    return json === null ? undefined : (JSON.parse(json) as BantFacts);
  }

  /** Saves the memory once things have been quiet for a moment ({@link save}). */
  private saveSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.save().catch((error: unknown) => console.error('contact search', error));
    }, this.saveAfterMs);
  }

  /**
   * Saves what is held as a snapshot (`search-snapshot.ts`): first the marked contacts are read
   * again with the marks (one transaction), so the state saved answers every mark it removes; the
   * parts are written one a transaction, stepping aside between them; the head and the removal of
   * the answered marks last, together. A write meanwhile keeps its mark (its `at` changed). The
   * memory saves itself after a build and after many writes; call it to save now.
   */
  async save(): Promise<void> {
    if (this.saving || !this.built) return;
    this.saving = true;
    try {
      const generation = this.generation;
      // Reset (and maybe building again) since the save began.
      const moved = () => generation !== this.generation || !this.ready;
      const took: BuildTook = { steps: 0, longestRead: 0, longestWork: 0, read: 0, work: 0, waited: 0, typing: 0, pageLoads: 0 };
      await this.stepAside(took);
      if (moved()) return;
      const started = performance.now();
      const marked = await marksNow(this.db, this.covered);
      if (moved()) return;
      // A write of a range since the build began: the rebuild it started saves.
      const all = marked.marks.find((mark) => mark.key === MARK_ALL);
      if (all && this.covered.get(all.key) !== all.at) return;
      for (const [id, contact] of marked.contacts) {
        if (contact) this.put(contact);
        else this.remove(id);
      }
      this.last = undefined;
      this.writesSinceSave = 0;
      const save = `${String(Date.now())}-${Math.random().toString(36).slice(2)}`;
      // Made a part a task from the order as it is now: a contact written meanwhile keeps its mark (written after the marks were
      // read), so a load reads it again whichever copy the parts hold; a slot added meanwhile has no place (passed over).
      const order = [...this.order];
      const positions = new Int32Array(this.snapshotSlots + this.ids.length).fill(-1);
      /** A part being made: plain arrays until it is full ({@link SnapshotPart}'s are columns and typed arrays). */
      interface Making {
        key: SnapshotPart['key'];
        ids: string[];
        names: string[];
        companies: (string | null)[];
        emails: (string | null)[];
        stages: number[];
        kept: number[];
        judgedStages: number[];
        seen: number[];
        bants: (string | null)[];
        words: string[];
      }
      const making: Making[] = [];
      let part: Making | undefined;
      let count = 0;
      for (let from = 0; from < order.length; from += PART) {
        await this.stepAside(took);
        if (generation !== this.generation) return;
        for (const slot of order.slice(from, from + PART)) {
          const row = this.rowAt(slot);
          if (row === undefined) continue;
          if (part === undefined || part.ids.length >= PART) {
            part = { key: partKey(making.length), ids: [], names: [], companies: [], emails: [], stages: [], kept: [], judgedStages: [], seen: [], bants: [], words: [] };
            making.push(part);
          }
          positions[slot] = count++;
          part.ids.push(row.id);
          part.names.push(row.name);
          part.companies.push(row.company ?? null);
          part.emails.push(row.email ?? null);
          part.stages.push(stageIndex(row.stage));
          part.kept.push(keptIndex(row.tier));
          part.judgedStages.push(judgedStageIndex(row.judgedStage));
          part.seen.push(row.capturedAt);
          part.bants.push(row.bant ? JSON.stringify(row.bant) : null);
          part.words.push(this.wordsAt(slot));
        }
      }
      const parts: SnapshotPart[] = making.map((made) => ({
        key: made.key,
        save,
        count: made.ids.length,
        ids: columnOf(made.ids),
        names: columnOf(made.names),
        companies: columnOf(made.companies),
        emails: columnOf(made.emails),
        stages: Uint8Array.from(made.stages),
        kept: Uint8Array.from(made.kept),
        judgedStages: Uint8Array.from(made.judgedStages),
        seen: Float64Array.from(made.seen),
        bants: columnOf(made.bants),
        words: columnOf(made.words),
      }));
      const buckets = await this.bucketsOf(save, positions, generation, took);
      if (buckets === undefined) return;
      for (const written of [...parts, buckets.buckets, ...buckets.rows]) {
        await this.stepAside(took);
        if (generation !== this.generation) return;
        await writePart(this.db, written);
      }
      if (generation !== this.generation) return;
      await finishSave(this.db, { save, parts: parts.length, chunks: buckets.rows.length, contacts: count, at: Date.now() }, marked.marks);
      this.covered = new Map();
      performance.measure('contact-memory-saved', { start: started, detail: { contacts: count, parts: parts.length, marks: marked.marks.length, waited: Math.round(took.waited) } });
    } finally {
      this.saving = false;
    }
  }

  /**
   * The buckets by place in the snapshot ({@link SAVE_SLICE} a task), their slots in rows of whole
   * buckets ({@link SLOTS_CHUNK}); undefined when the memory was reset meanwhile.
   */
  private async bucketsOf(save: string, positions: Int32Array, generation: number, took: BuildTook): Promise<{ buckets: SnapshotBuckets; rows: SnapshotSlots[] } | undefined> {
    // Each bucket as the loaded snapshot's slots and those added since (merged here, as they are written).
    const all = new Map<string, Slots[]>([...this.buckets].map(([key, added]) => [key, [added]]));
    const loadedKeys = this.loaded?.keys;
    for (let k = 0; loadedKeys && k < loadedKeys.ends.length; k++) {
      const key = itemOf(loadedKeys, k) ?? '';
      const loaded = this.loadedBucket(key) ?? new Int32Array(0);
      all.set(key, [loaded, ...(all.get(key) ?? [])]);
    }
    // Sorted: a load finds a key by a binary search.
    const sorted = [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const keys: string[] = [];
    const offsets = new Int32Array(sorted.length + 1);
    const slots = new Int32Array(sorted.reduce((sum, [, runs]) => runs.reduce((inBucket, run) => inBucket + run.length, sum), 0));
    let at = 0;
    for (let from = 0; from < sorted.length; from += SAVE_SLICE) {
      await this.stepAside(took);
      if (generation !== this.generation) return undefined;
      for (const [key, runs] of sorted.slice(from, from + SAVE_SLICE)) {
        const before = at;
        for (const run of runs) {
          for (const slot of run) {
            const position = positions[slot] ?? -1;
            if (position >= 0) slots[at++] = position;
          }
        }
        if (at === before) continue;
        keys.push(key);
        offsets[keys.length] = at;
      }
    }
    // Cut into rows at the ends of buckets.
    const starts = [0];
    for (let k = 1; k <= keys.length; k++) {
      const end = offsets[k] ?? 0;
      const start = starts[starts.length - 1] ?? 0;
      if (end - start > this.slotsChunk && (offsets[k - 1] ?? 0) > start) starts.push(offsets[k - 1] ?? 0);
    }
    starts.push(at);
    const rows = starts.slice(0, -1).map((start, c) => ({ key: slotsKey(c), save, slots: slots.slice(start, starts[c + 1]) }));
    return { buckets: { key: BUCKETS, save, keys: columnOf(keys), offsets: offsets.slice(0, keys.length + 1), starts: Int32Array.from(starts) }, rows };
  }

  /** Between two steps of the build: the page's pending tasks first, and none while the rep types or a page loads ({@link yieldToUser}). */
  private async stepAside(took: BuildTook): Promise<void> {
    const start = performance.now();
    const held = await yieldToUser({ pageLoads: true, idleTimeoutMs: IDLE_TIMEOUT_MS });
    took.waited += performance.now() - start;
    took.typing += held.typingMs;
    took.pageLoads += held.pageLoadMs;
  }

  private tell(): void {
    for (const listener of this.listeners) listener();
  }

  private onWrite(parts: ObservabilitySet): void {
    if (!Object.keys(parts).some((part) => part.startsWith(this.part))) return;
    const named = namedKeys(parts[this.part]);
    if (named === null || named.length > MOST_NAMED) {
      // A write of a range: read everything again once such writes have stopped for a moment (the upgrade's backfill writes
      // a batch a second); the list searches IndexedDB meanwhile.
      this.reset();
      this.tell();
      clearTimeout(this.rebuild);
      this.rebuild = setTimeout(() => {
        if (this.stopFollowing) void this.build().catch((error: unknown) => console.error('contact search', error));
      }, this.rebuildAfterMs);
      return;
    }
    if (named.length === 0) return;
    const generation = this.generation;
    this.db.contacts.bulkGet(named).then(
      (contacts) => {
        if (generation !== this.generation) return;
        let deleted = false;
        for (const [i, id] of named.entries()) {
          const contact = contacts[i];
          if (!this.built) this.written.add(id);
          if (contact) this.put(contact);
          else {
            this.remove(id);
            deleted = true;
          }
        }
        // A deletion removed the saved snapshot (lib/db/contact-search-marks.ts): saved again for the next panel.
        if (deleted && this.built) this.saveSoon();
        this.last = undefined;
        this.writesSinceSave += named.length;
        if (this.built && this.writesSinceSave >= SAVE_AFTER_WRITES) this.saveSoon();
        this.tell();
      },
      (error: unknown) => console.error('contact search', error),
    );
  }

  private remove(id: ContactId): void {
    // A contact of the snapshot: found in the parts read (a scan of their ids: a write names a few).
    for (const { start, part } of this.blocks) {
      const i = indexOfItem(part.ids, id);
      if (i >= 0 && this.gone[start + i] !== 1) {
        this.leave(start + i);
        break;
      }
    }
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    const i = slot - this.snapshotSlots;
    this.ids[i] = undefined;
    this.names[i] = '';
    this.companies[i] = undefined;
    this.emails[i] = undefined;
    this.bants[i] = undefined;
    this.words[i] = '';
    this.slots.delete(id);
  }

  /** Holds a contact (a changed one in a new slot; its old slot is left empty); `byBuild` when the build read it. Its slot. */
  private put(contact: Contact, byBuild = false): number {
    const words = searchWordsOfContact(contact);
    // One flat string (a concatenation would be flattened, a copy, by the first search that reads it).
    return this.hold(listed(contact), ['', ...words].join(SEP), byBuild, words);
  }

  /** Makes {@link seen} (and {@link gone}, {@link stages}) hold at least `slots` slots (doubling). */
  private room(slots: number): void {
    if (slots <= this.seen.length) return;
    let length = this.seen.length;
    while (length < slots) length *= 2;
    const seen = new Float64Array(length);
    seen.set(this.seen);
    this.seen = seen;
    const gone = new Uint8Array(length);
    gone.set(this.gone.subarray(0, Math.min(this.gone.length, length)));
    this.gone = gone;
    const stages = new Uint8Array(length);
    stages.set(this.stages.subarray(0, Math.min(this.stages.length, length)));
    this.stages = stages;
    const kept = new Uint8Array(length);
    kept.set(this.kept.subarray(0, Math.min(this.kept.length, length)));
    this.kept = kept;
    const judgedStages = new Uint8Array(length);
    judgedStages.set(this.judgedStages.subarray(0, Math.min(this.judgedStages.length, length)));
    this.judgedStages = judgedStages;
  }

  /** The contact in `slot` as the list shows it (made for a page of results only); undefined when none is held there. */
  private rowAt(slot: number): ListedContact | undefined {
    if (slot < this.snapshotSlots) {
      const block = this.blockOf(slot);
      if (!block) return undefined;
      const { part, i } = block;
      const [company, email, bant] = [itemOf(part.companies, i), itemOf(part.emails, i), this.bantAt(slot)];
      return { id: (itemOf(part.ids, i) ?? '') as ContactId, name: itemOf(part.names, i) ?? '', capturedAt: this.seen[slot] ?? 0, stage: stageAt(this.stages[slot]), ...(company === null ? {} : { company }), ...(email === null ? {} : { email }), ...(bant ? { bant } : {}), ...this.keptOf(slot) };
    }
    const at = slot - this.snapshotSlots;
    const id = this.ids[at];
    if (id === undefined) return undefined;
    const [company, email, bant] = [this.companies[at], this.emails[at], this.bants[at]];
    return { id, name: this.names[at] ?? '', capturedAt: this.seen[slot] ?? 0, stage: stageAt(this.stages[slot]), ...(company === null || company === undefined ? {} : { company }), ...(email === null || email === undefined ? {} : { email }), ...(bant ? { bant } : {}), ...this.keptOf(slot) };
  }

  /** Holds a listed row and its words (SEP before each); `words` split when the caller has them. Its slot. */
  private hold(row: ListedContact, text: string, byBuild: boolean, words: readonly string[] = text.split(SEP).slice(1)): number {
    this.remove(row.id);
    const slot = this.snapshotSlots + this.ids.length;
    this.room(slot + 1);
    this.ids.push(row.id);
    this.names.push(row.name);
    this.companies.push(row.company);
    this.emails.push(row.email);
    this.stages[slot] = stageIndex(row.stage);
    this.kept[slot] = keptIndex(row.tier);
    this.judgedStages[slot] = judgedStageIndex(row.judgedStage);
    this.bants.push(row.bant);
    this.seen[slot] = row.capturedAt;
    this.words.push(text);
    this.slots.set(row.id, slot);
    if (this.built) this.placeInOrder(slot);
    else if (!byBuild) this.unordered.push(slot);
    const seen = new Set<string>();
    for (const word of words) {
      // UTF-16 units, as the search cuts the typed word (a character outside the BMP counts two: the same keys either way).
      for (let length = 1; length <= Math.min(PREFIX, word.length); length++) {
        const head = word.slice(0, length);
        if (seen.has(head)) continue;
        seen.add(head);
        // Beside a loaded bucket, never into a copy of it (tens of thousands of slots for one or two letters).
        const bucket = this.buckets.get(head);
        if (bucket) bucket.push(slot);
        else this.buckets.set(head, [slot]);
      }
    }
    return slot;
  }

  /** The slots with a word starting with `word`'s first {@link PREFIX} letters: exactly its contacts when it is no longer. */
  private bucketOf(word: string): Slots {
    const head = word.slice(0, PREFIX);
    const [loaded, added] = [this.loadedBucket(head), this.buckets.get(head)];
    if (loaded === undefined || added === undefined) return loaded ?? added ?? [];
    // Merged once per slots added (a memory copy: a bucket of 50,000 slots in well under a millisecond).
    const made = this.mergedBuckets.get(head);
    if (made?.added === added && made.length === added.length) return made.slots;
    const slots = new Int32Array(loaded.length + added.length);
    slots.set(loaded);
    slots.set(added, loaded.length);
    this.mergedBuckets.set(head, { added, length: added.length, slots });
    return slots;
  }

  /** A loaded snapshot's bucket, as a view of its slots (made when asked: one object per bucket is tens of thousands at load). */
  private loadedBucket(head: string): Int32Array | undefined {
    const k = this.loaded === undefined ? -1 : indexOfSorted(this.loaded.keys, head);
    if (this.loaded === undefined || k < 0) return undefined;
    const { offsets, starts, slots } = this.loaded;
    const [from, to] = [offsets[k] ?? 0, offsets[k + 1] ?? 0];
    // The row it is in: the last that starts at or before it (a bucket is never cut).
    let [low, high] = [0, slots.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] ?? 0) <= from) low = middle;
      else high = middle - 1;
    }
    const start = starts[low] ?? 0;
    return slots[low]?.subarray(from - start, to - start);
  }

  /** The tier and stage the judgment kept for the contact in `slot`, as a listed row carries them (nothing when none was kept). */
  private keptOf(slot: number): Pick<ListedContact, 'tier' | 'judgedStage'> {
    const [tier, judgedStage] = [keptAt(this.kept[slot]), judgedStageAt(this.judgedStages[slot])];
    return { ...(tier === undefined ? {} : { tier }), ...(judgedStage === undefined ? {} : { judgedStage }) };
  }

  /** The tier the filter lists `slot` under: the one the panel shows (`listedTier`), scored once per playbook. */
  private tierOf(slot: number, playbook: Playbook): TierId | null {
    let tiers = this.tiers.get(playbook);
    if (!tiers) this.tiers.set(playbook, (tiers = new Map<number, TierId | null>()));
    let tier = tiers.get(slot);
    if (tier === undefined) {
      const bant = this.bantAt(slot);
      const kept = keptAt(this.kept[slot]);
      tiers.set(slot, (tier = listedTier({ stage: stageAt(this.stages[slot]), ...(kept === undefined ? {} : { tier: kept }), ...(bant ? { bant } : {}) }, playbook)));
    }
    return tier;
  }

  /** Newest seen first, then the greater id first (as the capturedAt index read backwards gives them). */
  private readonly newer = (a: number, b: number): number => {
    const { seen } = this;
    return (seen[b] ?? 0) - (seen[a] ?? 0) || ((this.idAt(a) ?? '') > (this.idAt(b) ?? '') ? -1 : 1);
  };

  /**
   * Merges the slots written while building into {@link order} (the build reads the contacts newest
   * first: sorting 100,000 at its end took 200–340 ms in one task, and merging each step into the
   * order was quadratic, up to 333 ms a step at 100,000).
   */
  private mergeIntoOrder(): void {
    const fresh = this.unordered.sort(this.newer);
    this.unordered = [];
    // A few each in its place (a merge walks the whole order in one task: 100,000 slots).
    if (fresh.length <= 256) for (const slot of fresh) this.placeInOrder(slot);
    else this.order = this.merged(this.order, fresh);
  }

  /**
   * {@link merged}, {@link MERGE_SLICE} slots a task with {@link yieldToUser} between (a slot changed
   * meanwhile is dropped where the merge meets it); undefined when the memory was reset meanwhile.
   */
  private async mergedInSlices(one: readonly number[], other: readonly number[], generation: number, took: BuildTook): Promise<number[] | undefined> {
    const all: number[] = [];
    const at = { i: 0, j: 0 };
    while (at.i < one.length || at.j < other.length) {
      await this.stepAside(took);
      if (generation !== this.generation) return undefined;
      const started = performance.now();
      this.mergeInto(all, one, other, at, all.length + this.mergeSlice);
      took.longestWork = Math.max(took.longestWork, performance.now() - started);
      took.work += performance.now() - started;
    }
    return all;
  }

  /** Two lists of slots newest first, merged, without the slots no longer held. */
  private merged(one: readonly number[], other: readonly number[]): number[] {
    const all: number[] = [];
    this.mergeInto(all, one, other, { i: 0, j: 0 }, Number.POSITIVE_INFINITY);
    return all;
  }

  /** Merges `one` and `other` from `at` into `all` until it holds `until` slots (or both are done); moves `at`. */
  private mergeInto(all: number[], one: readonly number[], other: readonly number[], at: { i: number; j: number }, until: number): void {
    const held = (slot: number | undefined) => slot !== undefined && this.holds(slot);
    let { i, j } = at;
    while ((i < one.length || j < other.length) && all.length < until) {
      const [a, b] = [one[i], other[j]];
      if (a !== undefined && !held(a)) i++;
      else if (b !== undefined && !held(b)) j++;
      else if (b === undefined || (a !== undefined && this.newer(a, b) <= 0)) all.push(one[i++] ?? 0);
      else all.push(other[j++] ?? 0);
    }
    at.i = i;
    at.j = j;
  }

  /** Puts a slot written after the build in its place in {@link order}. */
  private placeInOrder(slot: number): void {
    let [low, high] = [0, this.order.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.newer(this.order[middle] ?? 0, slot) < 0) low = middle + 1;
      else high = middle;
    }
    this.order.splice(low, 0, slot);
  }

  /**
   * One page of the contacts matching `query` (every word the start of one of their words; stage;
   * tier), newest seen first; `more` when there are more than `limit`. Only once {@link answering}.
   * While a snapshot is being loaded, from the parts held so far: they are the newest contacts (and
   * the contacts written since its save are all held), so a page that fills from them is the page;
   * one that does not is `partial` (a match may be in a part not held yet), and the memory tells
   * its listeners again when more is held.
   * Where it looks: the previous answer when the search only grew (`isga` → `isga o`), else the
   * contacts with a word starting with the first two letters of the typed word that has fewest
   * of them. When that is over {@link SCAN_NEWEST} contacts (one letter typed; `co`, which every
   * `.com` address has), it walks every contact newest first until the page is full instead: the
   * more of them match, the sooner.
   */
  find(query: MemoryQuery, playbook: Playbook, limit: number): { contacts: ListedContact[]; more: boolean; partial?: true } {
    if (this.built) return this.findHeld(query, playbook, limit);
    const found = this.findHeld(query, playbook, limit);
    // What is narrowed from a partial answer would miss what is held later.
    this.last = undefined;
    if (found.more) return found;
    this.answeredPartly = true;
    return { ...found, partial: true };
  }

  /** {@link find} over what is held. */
  private findHeld(query: MemoryQuery, playbook: Playbook, limit: number): { contacts: ListedContact[]; more: boolean } {
    const { stages, judgedStages, seen } = this;
    const words = [...new Set(query.words)];
    const needles = words.map((word) => SEP + word);
    const wordsMatch = (slot: number) => this.wordsHave(slot, needles);
    const wantedStage = query.stage === undefined ? -1 : stageIndex(query.stage);
    // (the stage the panel shows: the judgment's where one is kept, as `listedStage` reads it)
    const stageMatches = (slot: number) => wantedStage < 0 || (judgedStages[slot] ? (judgedStages[slot] ?? 0) - 1 : stages[slot]) === wantedStage;
    const tierMatches = (slot: number) => !query.tier || (this.holds(slot) && this.tierOf(slot, playbook) === query.tier);
    const answer = (page: number[], more: boolean) => ({ contacts: page.slice(0, limit).flatMap((slot) => this.rowAt(slot) ?? []), more });

    // Where to look: the previous answer when the search only grew and it is smaller, else the typed word with the fewest contacts;
    // while a snapshot loads and its buckets are not in yet, every contact held (its newest part, a few thousand), each looked at.
    const short = (word: string) => word.length <= PREFIX;
    const everyHeld = this.built ? this.order : [...this.order, ...this.unordered];
    const unbucketed = this.snapshotSlots > 0 && this.loaded === undefined;
    let [from, exact] = unbucketed
      ? ([everyHeld, false] as const)
      : (words.map((word) => [this.bucketOf(word), words.length === 1 && short(word)] as const).sort((a, b) => a[0].length - b[0].length)[0] ?? ([everyHeld, true] as const));
    const last = this.last;
    if (last?.slots && last.words.length > 0 && last.slots.length < from.length && last.words.every((before) => words.some((word) => word.startsWith(before)))) {
      [from, exact] = [last.slots, false];
    }
    if (exact && from.length > this.scanNewest) {
      // One short word that many contacts have (its bucket is exactly them): the newest first until the page is full.
      let page: number[] = [];
      for (const slot of this.order) {
        if (!wordsMatch(slot) || !stageMatches(slot) || !tierMatches(slot)) continue;
        page.push(slot);
        if (page.length > limit) break;
      }
      // While a snapshot loads, the contacts written since its save are held but not yet in the order.
      if (!this.built && this.unordered.length > 0) {
        page = [...page, ...this.unordered.filter((slot) => wordsMatch(slot) && stageMatches(slot) && tierMatches(slot))].sort(this.newer).slice(0, limit + 1);
      }
      this.last = { words, slots: words.length > 0 ? plain(from) : null };
      return answer(page, page.length > limit);
    }
    // Into a plain array in one pass (a typed array's filter, then copied into a plain one, was two: a measured part of a keystroke).
    const found: number[] = [];
    for (const slot of from) if (exact ? this.holds(slot) : wordsMatch(slot)) found.push(slot);
    this.last = { words, slots: found };
    const filtered = query.stage ? found.filter(stageMatches) : found;
    if (query.tier) {
      // Scored newest first, only until the page is full.
      const page: number[] = [];
      for (const slot of [...filtered].sort(this.newer)) {
        if (tierMatches(slot)) page.push(slot);
        if (page.length > limit) break;
      }
      return answer(page, page.length > limit);
    }
    // The newest `limit + 1` without sorting them all: gathered up to twice the page, then sorted and cut; anything older
    // than the cut's last is passed over from then on.
    let page: number[] = [];
    let oldest = Number.NEGATIVE_INFINITY;
    for (const slot of filtered) {
      if ((seen[slot] ?? 0) < oldest) continue;
      page.push(slot);
      if (page.length < 2 * (limit + 1) + 64) continue;
      page = page.sort(this.newer).slice(0, limit + 1);
      const cut = page[page.length - 1];
      oldest = cut === undefined ? oldest : (seen[cut] ?? oldest);
    }
    return answer(page.sort(this.newer), filtered.length > limit);
  }
}

const held = new Map<string, ContactMemory>();

/** The page's one {@link ContactMemory} of a database. */
export function contactMemoryOf(db: SopDatabase): ContactMemory {
  let memory = held.get(db.name);
  if (!memory) held.set(db.name, (memory = new ContactMemory(db)));
  return memory;
}

