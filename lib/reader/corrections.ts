/**
 * The rep's corrections of the reply reader, kept in the local database: "not price: budget" in
 * one click, read back at once as nearest examples (see `nearest.ts`), undoable, and exportable into
 * the team's case library (the playbook's `cases`). The app adds and undoes them through `./store`.
 */
import type { SopDatabase } from '../db/database';
import type { ReaderCorrection } from '../db/records';
import type { Playbook } from '../playbook/schema';

/** Every correction, newest first (a rep makes tens or hundreds, never a table's worth). */
export function allCorrections(db: SopDatabase): Promise<ReaderCorrection[]> {
  return db.readerCorrections.orderBy('at').reverse().limit(5000).toArray();
}

/**
 * The playbook with the rep's corrections added to its case library (a correction replaces a case
 * with the same words), for a team lead to review and share as the team's playbook.
 */
export function playbookWithCorrections(playbook: Playbook, corrections: readonly ReaderCorrection[]): Playbook {
  // Within what the playbook's schema takes, or the file would be refused by every rep who imports it:
  // a case's words cut to its longest (a reply can be longer), each words once (the newest correction), and
  // the case count bounded: over it, the team's cases at the end of its list give way to the rep's corrections.
  const seen = new Set<string>();
  const corrected = corrections.flatMap((c) => {
    const text = c.text.slice(0, CASE_TEXT_MAX).trim();
    if (!text || seen.has(text)) return [];
    seen.add(text);
    return [{ category: c.to, text }];
  }).slice(0, CASES_MAX);
  const team = (playbook.cases ?? []).filter((c) => !seen.has(c.text)).slice(0, CASES_MAX - corrected.length);
  return { ...playbook, cases: [...team, ...corrected] };
}

/** The playbook schema's bounds on its case library. */
const CASE_TEXT_MAX = 4000;
const CASES_MAX = 5000;
