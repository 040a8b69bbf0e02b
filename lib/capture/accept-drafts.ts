import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { SelectorList } from '../dom/query';
import { onMessage } from '../messaging/protocol';
import { insertIntoCompose, trackComposeFocus } from './compose';

const RUNNING = Symbol.for('sop-copilot.accept-drafts');

/**
 * Lets the panel put drafts into this page's compose boxes (and only our extension may). Like
 * capture, it lives as long as the page and the extension, whatever the page dispatches; a second
 * injection into the same frame does nothing.
 */
export function acceptDrafts(_ctx: ContentScriptContext, composeBodies: SelectorList): void {
  const scope = globalThis as { [RUNNING]?: boolean };
  if (scope[RUNNING]) return;
  scope[RUNNING] = true;
  const lastCompose = trackComposeFocus(document, composeBodies, new AbortController().signal);
  onMessage('insertDraft', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || typeof data.text !== 'string') return { ok: false, reason: 'no-compose' } as const;
    return insertIntoCompose(document, composeBodies, data.text.slice(0, 20_000), lastCompose());
  });
}
