import type { SiteAdapter } from '../extraction';
import { extractOutlookThread } from './extract-thread';

/** `/mail/inbox/id/AAQkAG…`, `/mail/0/id/…`, `/mail/sentitems/id/…`: a conversation open in the reading pane. */
const THREAD_PATH = /^\/mail\/(?:\d+\/)?(?:[^/]+\/)*id\/[^/]+/;

export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  label: 'Outlook',
  detect(url) {
    return THREAD_PATH.test(url.pathname) ? 'outlook-thread' : null;
  },
  extract(document, url) {
    return extractOutlookThread(document, url);
  },
};
