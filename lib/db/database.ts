import Dexie, { type EntityTable } from 'dexie';
import type { Contact } from '../contacts/schema';
import type { TabState } from './tab-state';

/**
 * The one local database. Only the background and extension pages open it: a content script's
 * IndexedDB would belong to the site's origin. Schema versions are append-only; a new version
 * gets its own `version(n)` call with an `upgrade()` where data must move.
 */
export class SopDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  /** What each open tab shows, so the panel beside it can follow along. Cleared at start-up. */
  tabStates!: EntityTable<TabState, 'tabId'>;

  constructor(name = 'sop-copilot') {
    super(name);
    this.version(1).stores({
      contacts: 'id, *identities, capturedAt, stage, name',
      tabStates: 'tabId',
    });
  }
}

let instance: SopDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): SopDatabase {
  instance ??= new SopDatabase();
  return instance;
}
