import type { SiteAdapter } from '../extraction';
import { extractGmailThread } from './extract-thread';

/** `#inbox/FMfcgz…`, `#label/Deals/FMfcgz…`, `#search/orchid/18f3a1b2…`: a view, then a thread id. */
const THREAD_HASH = /^#[a-z-]+(?:\/[^/]+)*\/([A-Za-z0-9]{16,})$/;

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  label: 'Gmail',
  detect(url) {
    return url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/') && THREAD_HASH.test(url.hash) ? 'gmail-thread' : null;
  },
  extract(document, url) {
    return extractGmailThread(document, url);
  },
};
