import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { zohoAdapter } from '@/lib/sites/zoho';

export default defineContentScript({
  matches: matchPatternsFor('zoho'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, zohoAdapter);
  },
});
