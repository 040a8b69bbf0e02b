import { startCapture } from '@/lib/capture/start-capture';
import { onMessage } from '@/lib/messaging/protocol';
import { matchPatternsFor } from '@/lib/sites/hosts';
import { gmailAdapter } from '@/lib/sites/gmail';
import { insertIntoCompose, trackComposeFocus } from '@/lib/sites/gmail/compose';

export default defineContentScript({
  matches: matchPatternsFor('gmail'),
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx, gmailAdapter);
    const lastCompose = trackComposeFocus(document, ctx.signal);
    const stop = onMessage('insertDraft', ({ data, sender }) => {
      // Only our own extension pages may write into the user's email.
      if (sender.id !== browser.runtime.id || typeof data.text !== 'string') return { ok: false, reason: 'no-compose' } as const;
      return insertIntoCompose(document, data.text.slice(0, 20_000), lastCompose());
    });
    ctx.onInvalidated(stop);
  },
});
