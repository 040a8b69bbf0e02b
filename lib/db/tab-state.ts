import type { ContactId } from '../contacts/schema';
import type { ExtractionError } from '../sites/extraction';
import type { SiteId } from '../sites/hosts';

/** What the page in one tab amounts to, as last reported by its content script. */
export type TabState =
  | { tabId: number; url: string; site: SiteId; updatedAt: number; status: 'reading' | 'unsupported' }
  | { tabId: number; url: string; site: SiteId; updatedAt: number; status: 'captured'; contactId: ContactId }
  | { tabId: number; url: string; site: SiteId; updatedAt: number; status: 'failed'; error: ExtractionError };
