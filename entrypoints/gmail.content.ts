import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { gmailAdapter } from '@/lib/sites/gmail';

export default defineContentScript({
  matches: matchPatternsFor('gmail'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, gmailAdapter);
  },
});
