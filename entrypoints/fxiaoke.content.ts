import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { fxiaokeAdapter } from '@/lib/sites/fxiaoke';

export default defineContentScript({
  matches: matchPatternsFor('fxiaoke'),
  runAt: 'document_idle',
  // WXT's start-up message would tell the page our extension id; capture does not depend on it anyway.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCapture(ctx, fxiaokeAdapter);
  },
});
