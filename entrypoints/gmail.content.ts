import { acceptDrafts } from '@/lib/capture/accept-drafts';
import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { gmailAdapter } from '@/lib/sites/gmail';
import { threadSelectors } from '@/lib/sites/gmail/selectors';

export default defineContentScript({
  matches: matchPatternsFor('gmail'),
  runAt: 'document_idle',
  // WXT's start-up message would tell the page our extension id; capture does not depend on it anyway.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, gmailAdapter);
    acceptDrafts(ctx, threadSelectors.composeBody);
  },
});
