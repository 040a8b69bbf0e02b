import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { salesforceAdapter } from '@/lib/sites/salesforce';

export default defineContentScript({
  matches: matchPatternsFor('salesforce'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, salesforceAdapter);
  },
});
