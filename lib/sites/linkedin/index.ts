import type { SiteAdapter } from '../extraction';
import { extractLinkedInProfile } from './extract-profile';
import { parseProfileUrl } from './url';

/** Sub-pages of a profile that still render the profile beneath them. */
const PROFILE_REST = /^\/(overlay\/[^/]+\/?)?$/;

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  label: 'LinkedIn',
  detect(url) {
    const ref = parseProfileUrl(url);
    return ref && PROFILE_REST.test(ref.rest) ? 'linkedin-profile' : null;
  },
  extract(document, url) {
    return extractLinkedInProfile(document, url);
  },
};
