import { startCapture } from '@/lib/capture/start-capture';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { pipedriveAdapter } from '@/lib/sites/pipedrive';

export default defineContentScript({
  matches: matchPatternsFor('pipedrive'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, pipedriveAdapter);
  },
});
