import { acceptDrafts } from '@/lib/capture/accept-drafts';
import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { outlookAdapter } from '@/lib/sites/outlook';
import { outlookSelectors } from '@/lib/sites/outlook/selectors';

export default defineContentScript({
  matches: matchPatternsFor('outlook'),
  runAt: 'document_idle',
  // WXT's start-up message would tell the page our extension id; capture does not depend on it anyway.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, outlookAdapter);
    acceptDrafts(ctx, outlookSelectors.composeBody);
  },
});
