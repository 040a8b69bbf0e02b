import { createContext, useContext } from 'react';
import type { StageId } from '@/lib/sop/stages';

/** Opens the playbook view at a stage's section (a trainee's one click from the contact in front of them). */
export const OpenPlaybookContext = createContext<(stage: StageId) => void>(() => undefined);

export function useOpenPlaybook(): (stage: StageId) => void {
  return useContext(OpenPlaybookContext);
}
