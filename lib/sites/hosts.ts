/**
 * The hosts we read, one row per site. The manifest's host permissions, the content-script
 * matches, the background's sender check and the demo's host mapping all derive from this table,
 * so a site is added in one place. `*.` stands for any subdomain (a company's own Salesforce org,
 * its Pipedrive account), exactly as in a Chrome match pattern.
 */
export const SITE_HOSTS = {
  linkedin: ['www.linkedin.com'],
  gmail: ['mail.google.com'],
  outlook: ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com'],
  salesforce: ['*.lightning.force.com', '*.my.salesforce.com'],
  hubspot: ['app.hubspot.com', 'app-eu1.hubspot.com'],
  zoho: ['crm.zoho.com', 'crm.zoho.com.cn', 'crm.zoho.eu', 'crm.zoho.in'],
  pipedrive: ['*.pipedrive.com'],
  fxiaoke: ['www.fxiaoke.com'],
} as const satisfies Record<string, readonly string[]>;

export type SiteId = keyof typeof SITE_HOSTS;

export const SITE_IDS = Object.keys(SITE_HOSTS) as SiteId[];

/** The CRMs among the sites: their pages are records (people, deals), not conversations. */
export const CRM_SITE_IDS = ['salesforce', 'hubspot', 'zoho', 'pipedrive', 'fxiaoke'] as const satisfies readonly SiteId[];
export type CrmSiteId = (typeof CRM_SITE_IDS)[number];

export function isCrmSite(site: SiteId): site is CrmSiteId {
  return (CRM_SITE_IDS as readonly SiteId[]).includes(site);
}

/** `https://<host>/*` for every host of a site. */
export function matchPatternsFor(site: SiteId): string[] {
  return SITE_HOSTS[site].map((host) => `https://${host}/*`);
}

export const SUPPORTED_HOST_PERMISSIONS: readonly string[] = SITE_IDS.flatMap(matchPatternsFor);

/** Whether `hostname` is `host`, or, for `*.example.com`, a subdomain of it (not the bare domain). */
function hostMatches(hostname: string, host: string): boolean {
  if (!host.startsWith('*.')) return hostname === host;
  const suffix = host.slice(1);
  return hostname.endsWith(suffix) && hostname.length > suffix.length && !hostname.slice(0, -suffix.length).includes('..');
}

/** The site a URL belongs to, or null when we do not read that host. */
export function siteForUrl(url: string | URL): SiteId | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  for (const site of SITE_IDS) {
    if ((SITE_HOSTS[site] as readonly string[]).some((host) => hostMatches(parsed.hostname, host))) return site;
  }
  return null;
}
