const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const PROFILE_PATH = /^\/in\/([^/?#]+)(\/.*)?$/;

/** The parts of a LinkedIn profile URL that identify a person. */
export interface LinkedInProfileRef {
  /** Decoded, lower-cased public identifier, e.g. `jane-doe-1a2b3c` or `张伟-88a1b2`. */
  slug: string;
  /** Canonical identity key used to find the same person again. */
  identity: `linkedin:${string}`;
  /** Canonical profile URL: `https://www.linkedin.com/in/<slug>/`. */
  profileUrl: string;
  /** What follows the slug (`/overlay/contact-info/`, `/details/experience/`…), or `/`. */
  rest: string;
}

/**
 * Parses any spelling of a LinkedIn profile URL (country subdomains, mobile host, percent-encoded
 * or raw Unicode slugs, trailing sub-pages, query strings) into its canonical form.
 *
 * @example
 * parseProfileUrl('https://cn.linkedin.com/in/Jane-Doe-1A2B/?locale=zh_CN').profileUrl
 * // 'https://www.linkedin.com/in/jane-doe-1a2b/'
 */
export function parseProfileUrl(input: string | URL): LinkedInProfileRef | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return null;
  }
  if (!LINKEDIN_HOST.test(url.hostname)) return null;
  const match = PROFILE_PATH.exec(url.pathname);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]).normalize('NFC').toLowerCase();
  } catch {
    return null;
  }
  if (!slug || slug.length > 200 || /[\s/]/.test(slug)) return null;
  return {
    slug,
    identity: `linkedin:${slug}`,
    profileUrl: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
    rest: match[2] ?? '/',
  };
}
