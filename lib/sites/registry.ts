import type { SiteAdapter } from './extraction';
import type { SiteId } from './hosts';
import { gmailAdapter } from './gmail';
import { linkedinAdapter } from './linkedin';
import { outlookAdapter } from './outlook';

/** Every site we read, keyed by id; the compiler makes sure no site lacks an adapter. */
export const SITE_ADAPTERS: Record<SiteId, SiteAdapter> = {
  linkedin: linkedinAdapter,
  gmail: gmailAdapter,
  outlook: outlookAdapter,
};
