import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { salesforceAdapter } from '@/lib/sites/salesforce';

export default defineContentScript({
  matches: matchPatternsFor('salesforce'),
  runAt: 'document_idle',
  // WXT's start-up message would tell the page our extension id; capture does not depend on it anyway.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, salesforceAdapter);
  },
});
