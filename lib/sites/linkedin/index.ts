import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../extraction';
import { loadingSelectors, messagingSelectors } from './selectors';
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
  detect(url, document) {
    if (MESSAGING_THREAD.test(url.pathname)) return 'linkedin-messaging';
    // A conversation open in the chat overlay is what the rep works on, whatever page is beneath.
    if (document && queryFirst(document, messagingSelectors.openOverlay)) return 'linkedin-messaging';
    if (SALES_LEAD.test(url.pathname)) return 'linkedin-sales-lead';
    const ref = parseProfileUrl(url);
    return ref && PROFILE_REST.test(ref.rest) ? 'linkedin-profile' : null;
  },
  extract(document, url) {
    if (MESSAGING_THREAD.test(url.pathname)) return extractLinkedInMessaging(document, url);
    if (queryFirst(document, messagingSelectors.openOverlay)) {
      const chat = extractLinkedInMessaging(document, url);
      // Chatting with the person whose profile is open: the profile, with the conversation.
      const profile = parseProfileUrl(url) ? extractLinkedInProfile(document, url) : null;
      if (chat.ok && profile?.ok && profile.contact && profile.contact.identity === chat.contact?.identity) return { ...profile, ...(chat.conversation ? { conversation: chat.conversation } : {}) };
      return chat;
    }
    if (SALES_LEAD.test(url.pathname)) return extractSalesNavigatorLead(document, url);
    return extractLinkedInProfile(document, url);
  },
  loading(document) {
    return queryFirst(document, loadingSelectors.placeholder) !== null;
  },
};
