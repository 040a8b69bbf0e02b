import type { SiteAdapter } from '../extraction';
import { extractLinkedInMessaging } from './extract-messaging';
import { extractLinkedInProfile } from './extract-profile';
import { parseProfileUrl } from './url';

/** Sub-pages of a profile that still render the profile beneath them. */
const PROFILE_REST = /^\/(overlay\/[^/]+\/?)?$/;
/** `/messaging/thread/2-MTcx…/`: one conversation open. */
const MESSAGING_THREAD = /^\/messaging\/thread\/[^/]+\/?$/;

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  label: 'LinkedIn',
  detect(url) {
    if (MESSAGING_THREAD.test(url.pathname)) return 'linkedin-messaging';
    const ref = parseProfileUrl(url);
    return ref && PROFILE_REST.test(ref.rest) ? 'linkedin-profile' : null;
  },
  extract(document, url) {
    return MESSAGING_THREAD.test(url.pathname) ? extractLinkedInMessaging(document, url) : extractLinkedInProfile(document, url);
  },
};
