import { acceptDrafts } from '@/lib/capture/accept-drafts';
import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { outlookAdapter } from '@/lib/sites/outlook';
import { outlookSelectors } from '@/lib/sites/outlook/selectors';

export default defineContentScript({
  matches: matchPatternsFor('outlook'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, outlookAdapter);
    acceptDrafts(ctx, outlookSelectors.composeBody);
  },
});
