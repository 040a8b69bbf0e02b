import type { SiteAdapter } from './extraction';
import type { SiteId } from './hosts';
import { fxiaokeAdapter } from './fxiaoke';
import { gmailAdapter } from './gmail';
import { hubspotAdapter } from './hubspot';
import { linkedinAdapter } from './linkedin';
import { outlookAdapter } from './outlook';
import { pipedriveAdapter } from './pipedrive';
import { salesforceAdapter } from './salesforce';
import { zohoAdapter } from './zoho';

/** Every site we read, keyed by id; the compiler makes sure no site lacks an adapter. */
export const SITE_ADAPTERS: Record<SiteId, SiteAdapter> = {
  linkedin: linkedinAdapter,
  gmail: gmailAdapter,
  outlook: outlookAdapter,
  salesforce: salesforceAdapter,
  hubspot: hubspotAdapter,
  zoho: zohoAdapter,
  pipedrive: pipedriveAdapter,
  fxiaoke: fxiaokeAdapter,
};

/** Where a record was seen, by the sites' names ("LinkedIn, Gmail"). */
export const siteLabels = (sources: readonly SiteId[]): string => sources.map((s) => SITE_ADAPTERS[s].label).join(', ');
