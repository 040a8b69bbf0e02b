import { acceptDrafts } from '@/lib/capture/accept-drafts';
import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { messagingSelectors } from '@/lib/sites/linkedin/selectors';

export default defineContentScript({
  matches: matchPatternsFor('linkedin'),
  runAt: 'document_idle',
  // WXT's start-up message would tell the page our extension id; capture does not depend on it anyway.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, linkedinAdapter);
    acceptDrafts(ctx, messagingSelectors.composeBody);
  },
});
