/** Stable ids of the playbook's parts; kept apart from the schema so code that only needs ids stays free of zod. */
export const OBJECTION_IDS = [
  'price',
  'budget',
  'value',
  'competitor',
  'status_quo',
  'timing',
  'authority',
  'need',
  'trust',
  'fit',
  'contract',
  'brush_off',
] as const;
export type ObjectionId = (typeof OBJECTION_IDS)[number];

export const SPIN_TYPES = ['situation', 'problem', 'implication', 'needPayoff'] as const;
export type SpinType = (typeof SPIN_TYPES)[number];

export const TIER_IDS = ['A', 'B', 'C'] as const;
export type TierId = (typeof TIER_IDS)[number];

export const BANT_KEYS = ['budget', 'authority', 'need', 'timeline'] as const;
export type BantKey = (typeof BANT_KEYS)[number];

