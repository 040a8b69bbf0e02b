import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { SelectorList } from '../dom/query';
import { onMessage } from '../messaging/protocol';
import { insertIntoCompose, trackComposeFocus } from './compose';

/** Lets the panel put drafts into this page's compose boxes (and only our extension may). */
export function acceptDrafts(ctx: ContentScriptContext, composeBodies: SelectorList): void {
  const lastCompose = trackComposeFocus(document, composeBodies, ctx.signal);
  const stop = onMessage('insertDraft', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || typeof data.text !== 'string') return { ok: false, reason: 'no-compose' } as const;
    return insertIntoCompose(document, composeBodies, data.text.slice(0, 20_000), lastCompose());
  });
  ctx.onInvalidated(stop);
}
