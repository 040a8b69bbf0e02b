/**
 * The hosts we read, one row per site. The manifest's host permissions, the content-script
 * matches, the background's sender check and the demo's host mapping all derive from this table,
 * so a site is added in one place.
 */
export const SITE_HOSTS = {
  linkedin: ['www.linkedin.com'],
  gmail: ['mail.google.com'],
  outlook: ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com'],
} as const satisfies Record<string, readonly string[]>;

export type SiteId = keyof typeof SITE_HOSTS;

export const SITE_IDS = Object.keys(SITE_HOSTS) as SiteId[];

/** `https://<host>/*` for every host of a site. */
export function matchPatternsFor(site: SiteId): string[] {
  return SITE_HOSTS[site].map((host) => `https://${host}/*`);
}

export const SUPPORTED_HOST_PERMISSIONS: readonly string[] = SITE_IDS.flatMap(matchPatternsFor);

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
    if ((SITE_HOSTS[site] as readonly string[]).includes(parsed.hostname)) return site;
  }
  return null;
}
