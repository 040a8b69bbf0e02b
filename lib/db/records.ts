import type { Playbook } from '../playbook/schema';
import type { Contact, ContactId } from '../contacts/schema';
import type { DealId } from '../deals/deal';
import type { ObjectionId } from '../playbook/ids';
import type { MappedStage } from '../playbook/crm-stages';
import type { StageId } from '../sop/stages';

/** A note the rep wrote about a contact. */
export interface Note {
  id?: number;
  contactId: ContactId;
  at: number;
  text: string;
}

/** A talk track picked for an objection. */
export interface TrackUse {
  id?: number;
  contactId: ContactId;
  objection: ObjectionId;
  trackId: string;
  at: number;
}

/** One answer in a drill. */
export interface DrillAnswer {
  id?: number;
  at: number;
  questionId: string;
  correct: boolean;
}

/** The rep told the reply reader what a reply really says; the next similar reply is read the same way. */
export interface ReaderCorrection {
  id?: number;
  at: number;
  /** The reply as the rep saw it (their own words, quoted history and signature already cut). */
  text: string;
  /** What the reader said, and what the rep says it is. */
  from: ObjectionId | 'none';
  to: ObjectionId | 'none';
  contactId?: ContactId;
  /** The earlier corrections of the same words this one replaced (not indexed): its undo puts them back. */
  replaced?: Omit<ReaderCorrection, 'id' | 'replaced'>[];
}

/**
 * One row of Today's index: a deal, or a person on no open deal, with the day its next action
 * falls due (local midnight) and its tier (0 = A, 1 = B, 2 = C or none). Computed by the same
 * judgment as the panel whenever a touch, a stage, BANT, a snooze or a capture changes it; a row
 * whose next action never falls due (they asked us to stop) has no entry.
 */
export interface QueueEntry {
  /** `deal:<id>` or `contact:<id>`. */
  key: string;
  contactId?: ContactId;
  dealId?: DealId;
  tier: 0 | 1 | 2;
  due: number;
  /**
   * Where the panel puts it (the judgment's stage: `lost` included); absent on a deal the panel
   * shows in a CRM stage the playbook does not map (`unmapped` names it). Indexed since schema 12:
   * the dashboard counts the open rows per stage without reading them.
   */
  stage?: MappedStage;
  /** On a deal: the stage its conversation shows when that is past its CRM stage (the record to update). */
  ahead?: StageId;
  /** On a deal: its CRM stage, when the playbook does not map it and nothing else places the deal. */
  unmapped?: string;
}

/**
 * Where the panel put a deal or a person (a row of Today's index, same key) each time that changed,
 * oldest first (schema 13): the judgment's stage, or null for a deal the panel shows in a CRM stage
 * the playbook does not map. Written where Today's index re-judges a row, never by the dashboard,
 * whose funnel and KPIs follow it: a stage recorded before the first entry stands until then.
 */
export interface JudgedPath {
  /** `deal:<id>` or `contact:<id>`, as the row of Today's index and the dashboard's part. */
  key: string;
  path: JudgedEntry[];
}

/** One change of where the panel puts a row: its stage from `at` on (null: a CRM stage not mapped). */
export interface JudgedEntry {
  stage: MappedStage | null;
  at: number;
}

/**
 * How far a build over every contact is: Today's index (`queue`), or the search and merge keys of
 * a store upgraded from before version 8 (`contactKeys`, filled after the store opens). `done`
 * once every contact is in it.
 */
export interface MetaRecord {
  key: 'queue' | 'contactKeys';
  state: 'building' | 'done';
  /** Contacts indexed so far, of `total`, while building. */
  indexed: number;
  total: number;
  /** The last contact id indexed (ids are walked in order, so a build interrupted resumes). */
  after?: string;
  at: number;
}

/** What a merge changed, kept so it can be undone. */
export interface StoredMerge {
  id?: number;
  at: number;
  targetId: ContactId;
  /** The kept contact as it was before the merge. */
  targetBefore: Contact;
  /** The contact folded into it, whole. */
  absorbed: Contact;
  /** Touches that moved from the absorbed contact to the kept one. */
  movedTouchIds: number[];
  /** Notes and talk-track uses that moved likewise (absent in merges made before they moved). */
  movedNoteIds?: number[];
  movedTrackUseIds?: number[];
  /** The people of the deals that named the absorbed contact, as they were. */
  dealsBefore?: { id: DealId; contactIds: ContactId[] }[];
  /** Open tabs that showed the absorbed contact (absent in merges made before they moved back on undo). */
  movedTabIds?: number[];
}

/** The team's playbook as imported (one row, id `team`). */
export interface StoredPlaybook {
  id: 'team';
  playbook: Playbook;
  importedAt: number;
  fileName: string;
  /** Set when the playbook came from the admin's policy (`TeamPlaybookUrl`); absent for a file the rep imported. */
  source?: PolicyPlaybookSource;
}

/** Where a team playbook pushed by policy came from: its address and the SHA-256 of the file taken. */
export interface PolicyPlaybookSource {
  kind: 'policy';
  url: string;
  sha256: string;
}

/**
 * One local day of the dashboard's maintained aggregates (schema 9): named counts that the days of
 * a period sum to the whole dashboard (lib/dashboard/day-cells.ts says what each name counts).
 * `day` is the local day number (`dayNumber`), `at` its local midnight.
 */
export interface DashDay {
  day: number;
  at: number;
  cells: Record<string, number>;
}

/**
 * What one person (`contact:<id>`: the contact, their touches and talk-track uses), deal
 * (`deal:<id>`) or day of drills (`drills:<day>`) adds to the day rows, kept so that a change
 * replaces exactly its own part: `day␂cell␂count` entries joined by `␃` (one string stores and
 * reads far faster than as many small arrays; lib/dashboard/day-cells.ts writes and reads it).
 */
export interface DashContribution {
  key: string;
  cells: string;
}

/**
 * A person, deal or day of drills whose part of the aggregates a write changed, marked in the
 * write's own transaction (lib/db/dashboard-marks.ts); `*` after a table was cleared: rebuild all.
 */
export interface DashDirty {
  key: string;
}

/** How far the dashboard's aggregates are built (row `dashboard` of `meta`). */
export interface DashboardMeta {
  key: 'dashboard';
  state: 'building' | 'done';
  /** The playbook the aggregates were made with (tiers and CRM stage names): another one rebuilds them. */
  playbook: string;
  /** While building: what is walked (people by id, then deals, then drill days, then every part summed into the days) and the last key done. */
  phase?: 'people' | 'deals' | 'drills' | 'sum';
  after?: string;
  done: number;
  total: number;
  at: number;
}

/**
 * A row of Today's index that a write made stale (`stale:contact:<id>`, `stale:deal:<id>`), kept
 * in the `meta` table beside the builds' progress. The background, which does not judge, leaves
 * one in the capture's own transaction; a page that judges (the panel, the dashboard) re-judges
 * the row and removes the mark (lib/situation/stale-rows.ts).
 */
export interface StaleMark {
  key: `stale:${string}`;
  at: number;
}
