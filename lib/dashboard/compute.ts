import { computeCadence, type Cadence } from './cadence';
import { computeDrills, type Drills } from './drills';
import { computeFunnel, type Funnel } from './funnel';
import type { DashboardInput } from './input';
import { computeKpis, type Kpis } from './kpis';
import { pathKeysOfContacts, stagePaths } from './paths';
import { computeTracks, DEFAULT_MIN_SAMPLE, type Tracks } from './tracks';

export interface Dashboard {
  funnel: Funnel;
  cadence: Cadence;
  tracks: Tracks;
  drills: Drills;
  kpis: Kpis;
}

/** Default days without a stage move before a contact or deal counts as stalled. */
export const DEFAULT_STALLED_DAYS = 30;

/** The whole dashboard from the data of a period. Pure: the page and the bench run the same code. */
export function computeDashboard(input: DashboardInput): Dashboard {
  const { playbook, period } = input;
  const paths = stagePaths(input.contacts, input.deals, playbook, input.judged);
  return {
    funnel: computeFunnel(paths, period, playbook.triggers.stalledAfterDays ?? DEFAULT_STALLED_DAYS),
    cadence: computeCadence(input.contacts, input.touches, playbook, period),
    tracks: computeTracks(input.trackUses, input.touches, input.contacts, paths, pathKeysOfContacts(input.deals), period, playbook.triggers.trackMinUses ?? DEFAULT_MIN_SAMPLE, input.readObjection, input.heard),
    drills: computeDrills(input.drillAnswers, period),
    kpis: computeKpis(paths, input.deals, input.touches, period),
  };
}
