import type { SiteAdapter } from '../extraction';
import { extractLinkedInMessaging } from './extract-messaging';
import { extractLinkedInProfile } from './extract-profile';
import { extractSalesNavigatorLead } from './extract-sales-navigator';
import { parseProfileUrl } from './url';

/** Sub-pages of a profile that still render the profile beneath them. */
const PROFILE_REST = /^\/(overlay\/[^/]+\/?)?$/;
/** `/messaging/thread/2-MTcx…/`: one conversation open. */
const MESSAGING_THREAD = /^\/messaging\/thread\/[^/]+\/?$/;
/** `/sales/lead/ACwAAB…,NAME_SEARCH,x1y2`: a Sales Navigator lead. */
const SALES_LEAD = /^\/sales\/lead\/[^/]+/;

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  label: 'LinkedIn',
  detect(url) {
    if (MESSAGING_THREAD.test(url.pathname)) return 'linkedin-messaging';
    if (SALES_LEAD.test(url.pathname)) return 'linkedin-sales-lead';
    const ref = parseProfileUrl(url);
    return ref && PROFILE_REST.test(ref.rest) ? 'linkedin-profile' : null;
  },
  extract(document, url) {
    if (MESSAGING_THREAD.test(url.pathname)) return extractLinkedInMessaging(document, url);
    if (SALES_LEAD.test(url.pathname)) return extractSalesNavigatorLead(document, url);
    return extractLinkedInProfile(document, url);
  },
};
