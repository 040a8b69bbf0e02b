import { acceptDrafts } from '@/lib/capture/accept-drafts';
import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { messagingSelectors } from '@/lib/sites/linkedin/selectors';

export default defineContentScript({
  matches: matchPatternsFor('linkedin'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, linkedinAdapter);
    acceptDrafts(ctx, messagingSelectors.composeBody);
  },
});
