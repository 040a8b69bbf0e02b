import { useEffect, useMemo, useState } from 'react';
import type { CrmId } from '@/lib/crm/types';
import type { Period } from '@/lib/dashboard/input';
import type { Playbook } from '@/lib/playbook/schema';
import { computeTeamDashboard, teamReadFrom, type TeamDashboard } from '@/lib/team/dashboard';
import { teamActivitiesIn } from '@/lib/team/store';
import type { TeamActivity } from '@/lib/team/types';

/**
 * The dashboard's charts over the team's cached activities (the period and the look-back before
 * it), for the team or one rep (`owner`; '' for records with no owner, undefined for all), read
 * again after every sync (`version`). Null while they load; the failure's text if the cache fails.
 */
export function useTeamCharts(crm: CrmId, period: Period, version: number, playbook: Playbook, owner: string | undefined): { charts: TeamDashboard | null; failed: string | null } {
  const [activities, setActivities] = useState<{ version: number; list: TeamActivity[] } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    teamActivitiesIn(crm, { from: teamReadFrom(period), to: period.to }).then(
      (list) => live && setActivities({ version, list }),
      (error: unknown) => live && setFailed(String(error)),
    );
    return () => {
      live = false;
    };
  }, [crm, period.from, period.to, version]); // eslint-disable-line react-hooks/exhaustive-deps -- the period is its two numbers
  const charts = useMemo(() => (activities ? computeTeamDashboard(activities.list, playbook, period, owner) : null), [activities, playbook, period.from, period.to, owner]); // eslint-disable-line react-hooks/exhaustive-deps -- the period is its two numbers
  return { charts, failed };
}
