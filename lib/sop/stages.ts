/** The eight SOP stages of the default pipeline, in order (DOMAIN.md § 2). Ids are stable. */
export const STAGE_IDS = [
  'prospect',
  'qualify',
  'discover',
  'present',
  'negotiate',
  'close',
  'deliver',
  'retain',
] as const;

export type StageId = (typeof STAGE_IDS)[number];
