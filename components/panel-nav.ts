import { createContext, useContext } from 'react';
import type { ContactId } from '@/lib/contacts/schema';
import type { DealId } from '@/lib/deals/deal';

/** Moves within the panel: a contact to its deals, a deal to its people (Back returns). */
export interface PanelNav {
  openContact: (id: ContactId) => void;
  openDeal: (id: DealId) => void;
}

export const PanelNavContext = createContext<PanelNav | null>(null);

/** The panel's navigation; null outside the panel (the links are then not offered). */
export function usePanelNav(): PanelNav | null {
  return useContext(PanelNavContext);
}
