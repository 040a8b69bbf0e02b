const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const PROFILE_PATH = /^\/in\/([^/?#]+)(\/.*)?$/;
/**
 * A member id in place of the vanity slug (`/in/ACoAAB…`, as messaging and Sales Navigator link
 * people): the base64 key of LinkedIn's member URN. Unlike a vanity slug it is case-sensitive, so
 * it is kept exactly as written; lower-cased it names nobody.
 */
const MEMBER_ID = /^AC[ow]AA[A-Za-z0-9_-]{10,}$/;

/** The parts of a LinkedIn profile URL that identify a person. */
export interface LinkedInProfileRef {
  /**
   * Decoded public identifier: a vanity slug lower-cased (`jane-doe-1a2b3c`, `张伟-88a1b2`), a member
   * id as written (`ACoAAB1c2Vy…`).
   */
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
 * parseProfileUrl('https://www.linkedin.com/in/ACoAAB1c2VyLW1laUxpbkNoZW4/').identity
 * // 'linkedin:ACoAAB1c2VyLW1laUxpbkNoZW4' (a member id keeps its case)
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
    const decoded = decodeURIComponent(match[1]).normalize('NFC');
    slug = MEMBER_ID.test(decoded) ? decoded : decoded.toLowerCase();
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
