import { parseProfileUrl } from '../sites/linkedin/url';

/**
 * Whether a profile link is one the panel may render as a link: an https LinkedIn profile
 * (`https://www.linkedin.com/in/<slug>/`, or another linkedin.com host the readers canonicalise),
 * no credentials or port. Anything else (`javascript:`, `data:`, `http:`, another host) could run
 * script or lead anywhere when the rep clicks it.
 *
 * @example isLinkedInProfileUrl('javascript:alert(1)//www.linkedin.com/in/x') // false
 */
export function isLinkedInProfileUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && !url.username && !url.password && !url.port && parseProfileUrl(url) !== null;
}
