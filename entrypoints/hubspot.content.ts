import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { hubspotAdapter } from '@/lib/sites/hubspot';

export default defineContentScript({
  matches: matchPatternsFor('hubspot'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, hubspotAdapter);
  },
});
