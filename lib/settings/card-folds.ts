import { storage } from 'wxt/utils/storage';

/** The panel's cards that fold to one line, by the name their open/closed choice is kept under. */
export const CARD_NAMES = ['next-step', 'reply', 'draft', 'contact', 'spin', 'bant', 'stage', 'notes', 'deal-record', 'deal-stage', 'deal-bant', 'deal-contract', 'deal-people'] as const;
export type CardName = (typeof CARD_NAMES)[number];

/** The rep's own choice per card (open or closed); a card without one follows the situation. */
export type CardFolds = Partial<Record<CardName, boolean>>;

/** Local only, like the settings: a layout preference of this browser. */
export const cardFoldsItem = storage.defineItem<CardFolds>('local:cardFolds', { fallback: {} });

/** The stored choices, card by card; anything else (an older name, a hand edit) is dropped. */
export function parseCardFolds(value: unknown): CardFolds {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const folds: CardFolds = {};
  for (const name of CARD_NAMES) {
    const open = record[name];
    if (typeof open === 'boolean') folds[name] = open;
  }
  return folds;
}
