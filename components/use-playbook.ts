import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { teamPlaybook } from '@/lib/playbook/store';
import type { Playbook } from '@/lib/playbook/schema';

/**
 * The playbook in force, live: the team's imported one, else the built-in one. The built-in
 * playbook (three languages, ~115 kB) loads as its own chunk so the panel paints first.
 */
export function usePlaybook(): Playbook | undefined {
  const [builtIn, setBuiltIn] = useState<Playbook>();
  useEffect(() => {
    void import('@/lib/playbook/default-playbook').then((module) => setBuiltIn(module.DEFAULT_PLAYBOOK));
  }, []);
  const team = useLiveQuery(() => teamPlaybook(), [], undefined);
  return team?.playbook ?? (team === undefined ? undefined : builtIn);
}
