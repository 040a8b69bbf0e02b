import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { zohoAdapter } from '@/lib/sites/zoho';

export default defineContentScript({
  matches: matchPatternsFor('zoho'),
  runAt: 'document_idle',
  // WXT's start-up message would tell the page our extension id; capture does not depend on it anyway.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, zohoAdapter);
  },
});
