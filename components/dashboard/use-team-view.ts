import { useCallback, useEffect, useRef, useState } from 'react';
import type { CrmId } from '@/lib/crm/types';
import type { Period } from '@/lib/dashboard/input';
import type { TeamDay } from '@/lib/team/day-rows';
import { syncTeamNow, teamDaysIn, teamSyncOf } from '@/lib/team/store';
import type { SyncProgress } from '@/lib/team/sync';
import type { TeamSync } from '@/lib/team/types';

export interface TeamViewState {
  /** The read's row (cursor, owners, last sync, failure); undefined before the first read. */
  sync: TeamSync | undefined;
  /** The cached counts per day and owner of the period; null while they load. */
  days: TeamDay[] | null;
  /** All cached activities of the CRM, any period. */
  cached: number;
  /** A read under way, and how far it got. */
  progress: SyncProgress | null;
  /** The last read this page made, once it ended. */
  finished: TeamSync['lastRun'] | null;
  /** Something went wrong outside the CRM (the database): shown as is. */
  crashed: string | null;
  /** The connection or its token went away (disconnected in Settings meanwhile). */
  disconnected: boolean;
  /** Moves on after each read (and its reload of the cache): what else the page computes from the cache follows it. */
  version: number;
  syncNow: () => void;
}

/**
 * The team view's data: the cache first (shown at once), then one read of what changed in the CRM
 * since the last (on open, and on *Sync now*), then the cache again. The page does the reading
 * while it is open, with the rep's connection: the service worker stays out of it.
 */
export function useTeamView(crm: CrmId | null, period: Period): TeamViewState {
  const [sync, setSync] = useState<TeamSync | undefined>();
  const [days, setDays] = useState<TeamDay[] | null>(null);
  const [cached, setCached] = useState(0);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [finished, setFinished] = useState<TeamSync['lastRun'] | null>(null);
  const [crashed, setCrashed] = useState<string | null>(null);
  const [disconnected, setDisconnected] = useState(false);
  const [version, setVersion] = useState(0);
  const running = useRef(false);

  useEffect(() => {
    if (!crm) return;
    let live = true;
    Promise.all([teamSyncOf(crm), teamDaysIn(crm, period)]).then(
      ([row, list]) => {
        if (!live) return;
        setSync(row);
        setDays(list);
        setCached(row?.cached ?? 0);
      },
      (error: unknown) => live && setCrashed(String(error)),
    );
    return () => {
      live = false;
    };
  }, [crm, period.from, period.to, version]); // eslint-disable-line react-hooks/exhaustive-deps -- the period is its two numbers

  const syncNow = useCallback(() => {
    if (!crm || running.current) return;
    running.current = true;
    setProgress({ records: 0, requests: 0 });
    setFinished(null);
    syncTeamNow(crm, { onProgress: setProgress })
      .then(
        (row) => {
          setFinished(row && !row.failure ? (row.lastRun ?? null) : null);
          setDisconnected(row === null);
        },
        (error: unknown) => setCrashed(String(error)),
      )
      .finally(() => {
        running.current = false;
        setProgress(null);
        setVersion((v) => v + 1);
      });
  }, [crm]);

  useEffect(() => {
    if (crm) syncNow();
  }, [crm, syncNow]);

  return { sync, days, cached, progress, finished, crashed, disconnected, version, syncNow };
}
