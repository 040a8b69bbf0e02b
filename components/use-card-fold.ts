import { useEffect, useSyncExternalStore } from 'react';
import { cardFoldsItem, parseCardFolds, type CardFolds, type CardName } from '@/lib/settings/card-folds';

/** The rep's open/closed choices, shared by every card of the panel and kept in local storage. */
let folds: CardFolds = {};
let loaded = false;
const listeners = new Set<() => void>();

function publish(next: CardFolds): void {
  folds = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(): void {
  if (loaded) return;
  loaded = true;
  void cardFoldsItem.getValue().then((value) => publish({ ...parseCardFolds(value), ...folds }));
  cardFoldsItem.watch((value) => publish(parseCardFolds(value)));
}

/**
 * Opens or closes a card and remembers it. A choice that cannot be stored (a full disk) still
 * holds for this panel; nothing else depends on it.
 */
export function setCardOpen(name: CardName, open: boolean): void {
  publish({ ...folds, [name]: open });
  void cardFoldsItem.setValue(folds).catch((error: unknown) => console.warn('[SOP Copilot] the card layout was not saved', error));
}

/** Whether a card is open: the rep's choice if they made one, else what the situation says. */
export function useCardOpen(name: CardName, openByDefault: boolean): [boolean, (open: boolean) => void] {
  useEffect(load, []);
  const choice = useSyncExternalStore(subscribe, () => folds[name]);
  return [choice ?? openByDefault, (open) => setCardOpen(name, open)];
}
