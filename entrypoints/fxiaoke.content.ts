import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { fxiaokeAdapter } from '@/lib/sites/fxiaoke';

export default defineContentScript({
  matches: matchPatternsFor('fxiaoke'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, fxiaokeAdapter);
  },
});
