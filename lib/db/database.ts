import Dexie, { type EntityTable } from 'dexie';
import type { Contact } from '../contacts/schema';
import type { StoredMerge } from '../contacts/merge';
import type { StoredPlaybook } from '../playbook/active-playbook';
import type { StoredDeal } from '../deals/deal';
import type { StoredTouch } from '../touches/touch';
import type { TabState } from './tab-state';
import type { DrillAnswer, Note, ReaderCorrection, TrackUse } from './records';

/**
 * The one local database. Only the background and extension pages open it: a content script's
 * IndexedDB would belong to the site's origin. Schema versions are append-only; a new version
 * gets its own `version(n)` call with an `upgrade()` where data must move.
 */
export class SopDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  /** What each open tab shows, so the panel beside it can follow along. Cleared at start-up. */
  tabStates!: EntityTable<TabState, 'tabId'>;
  /** Contact attempts and replies, for cadence tracking. */
  touches!: EntityTable<StoredTouch, 'id'>;
  /** The team's own playbook, when one was imported (id `team`). */
  playbooks!: EntityTable<StoredPlaybook, 'id'>;
  /** Merges of two contacts into one, kept so each can be undone. */
  merges!: EntityTable<StoredMerge, 'id'>;
  /** The rep's notes on a contact. */
  notes!: EntityTable<Note, 'id'>;
  /** Which talk track a rep used for which objection (the dashboard counts wins per track). */
  trackUses!: EntityTable<TrackUse, 'id'>;
  /** A trainee's drill answers. */
  drillAnswers!: EntityTable<DrillAnswer, 'id'>;
  /** CRM deals and accounts as last read. */
  deals!: EntityTable<StoredDeal, 'id'>;
  /** The rep's corrections of the reply reader ("not price: budget"), read as nearest examples. */
  readerCorrections!: EntityTable<ReaderCorrection, 'id'>;

  constructor(name = 'sop-copilot') {
    super(name);
    this.version(1).stores({
      contacts: 'id, *identities, capturedAt, stage, name',
      tabStates: 'tabId',
    });
    this.version(2).stores({
      touches: '++id, contactId, at',
      playbooks: 'id',
    });
    // Touches read from a page carry the site's message id, so a thread re-read adds nothing.
    this.version(3).stores({
      touches: '++id, contactId, at, &messageKey',
    });
    this.version(4).stores({
      merges: '++id, targetId, at',
    });
    this.version(5).stores({
      notes: '++id, contactId, at',
      trackUses: '++id, contactId, trackId, objection, at',
      drillAnswers: '++id, at, questionId',
    });
    this.version(6).stores({
      deals: 'id, capturedAt, *contactIds',
    });
    this.version(7).stores({
      readerCorrections: '++id, at',
    });
  }
}

let instance: SopDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): SopDatabase {
  instance ??= new SopDatabase();
  return instance;
}
