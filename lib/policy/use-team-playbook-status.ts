import { useEffect, useState } from 'react';
import { parseTeamPlaybookStatus, teamPlaybookStatusItem, type TeamPlaybookStatus } from './team-playbook-status';

/** What the background's last check of the team playbook found, live (undefined while it is read). */
export function useTeamPlaybookStatus(): TeamPlaybookStatus | null | undefined {
  const [status, setStatus] = useState<TeamPlaybookStatus | null>();
  useEffect(() => {
    let live = true;
    void teamPlaybookStatusItem.getValue().then((value) => live && setStatus(parseTeamPlaybookStatus(value)));
    const stop = teamPlaybookStatusItem.watch((value) => setStatus(parseTeamPlaybookStatus(value)));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return status;
}
