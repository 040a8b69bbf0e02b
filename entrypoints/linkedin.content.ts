import { watchPage } from '@/lib/capture/watch-page';
import { sendMessage } from '@/lib/messaging/protocol';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { linkedinAdapter } from '@/lib/sites/linkedin';

export default defineContentScript({
  matches: matchPatternsFor('linkedin'),
  runAt: 'document_idle',
  main(ctx) {
    watchPage(linkedinAdapter, {
      document,
      location: () => location.href,
      now: () => Date.now(),
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (id) => clearTimeout(id),
      onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
      onInvalidated: (callback) => ctx.onInvalidated(callback),
      report: (url, report) => {
        sendMessage('reportPage', { url, report }).catch((error: unknown) => {
          // The background rejected the report or is gone (extension updated): nothing to show here.
          if (!ctx.isInvalid) console.warn('[SOP Copilot] report not delivered', error);
        });
      },
    });
  },
});
