import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { linkedinAdapter } from '@/lib/sites/linkedin';

export default defineContentScript({
  matches: matchPatternsFor('linkedin'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, linkedinAdapter);
  },
});
