import type { ContactId } from '../contacts/schema';
import type { DealId } from '../deals/deal';
import type { ExtractionError } from '../sites/extraction';
import type { SiteId } from '../sites/hosts';

/** What the panel needs of a conversation on the page: its subject and the prospect's last words. */
export interface ConversationSummary {
  subject?: string;
  lastInbound?: { text: string; at?: number; fromName?: string };
  /** The thread's newest messages, oldest first (dates resolved; text bounded), for the judgment. */
  messages?: { direction: 'inbound' | 'outbound'; at: number | null; text: string }[];
}

/** What the page in one tab amounts to, as last reported by its content script. */
export type TabState =
  | { tabId: number; url: string; site: SiteId; updatedAt: number; status: 'loading' | 'reading' | 'unsupported' }
  | { tabId: number; url: string; site: SiteId; updatedAt: number; status: 'captured'; contactId?: ContactId; dealId?: DealId; conversation?: ConversationSummary }
  | { tabId: number; url: string; site: SiteId; updatedAt: number; status: 'failed'; error: ExtractionError };
